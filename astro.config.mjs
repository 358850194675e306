// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { locales, sourceLocale } from './src/i18n/config.ts';

/**
 * `SITE_URL` (e.g. https://example.org) and `BASE_PATH` (e.g. /zoom-explainer/) are read at build time,
 * so one build serves from a domain root or from a sub-path of any static host.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...locales],
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx()],
});
