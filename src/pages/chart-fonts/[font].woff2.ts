/** The font files the charts need besides Roboto (`src/explainer/astro/font-files.ts`), one route per file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fontFiles, readFont } from '../../explainer/astro/font-files.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await fontFiles())].map(([font, path]) => ({ params: { font }, props: { path } }));

export const GET: APIRoute = ({ props }) =>
  new Response(readFont((props as { path: string }).path), { headers: { 'Content-Type': 'font/woff2' } });
