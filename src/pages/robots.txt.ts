import type { APIRoute } from 'astro';
import { withBase } from '../explainer/core/paths.ts';

/** Allows every crawler and points to the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
