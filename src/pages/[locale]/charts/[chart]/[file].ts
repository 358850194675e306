/**
 * Each chart's images, drawn at build time by the chart code itself: `<locale>/charts/<id>/<id>-light.svg`,
 * `-dark.svg`, `-narrow-light.svg`, `-narrow-dark.svg` and `<id>.png` (2×, the embed page's social card).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFiles } from '../../../../charts/files.ts';
import { chartLocales, localeChart } from '../../../../charts/locale-drawing.ts';
import { chartIds } from '../../../../charts/registry.ts';
import { renderPng, renderSvg } from '../../../../charts/render.ts';
import { getLocaleData } from '../../../../data/site.ts';
import { locales } from '../../../../i18n/config.ts';

export const getStaticPaths = (async () => {
  const translated = await chartLocales(locales, getLocaleData);
  return translated.flatMap((locale) => chartIds.flatMap((chart) => chartFiles(chart).map((file) => ({ params: { locale, chart, file: file.name }, props: { file } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const data = await getLocaleData(params['locale'] ?? '');
  const { drawing } = localeChart(params['chart'] ?? '', data, 'src/pages/[locale]/charts/[chart]/[file].ts');
  const { file } = props as { file: ReturnType<typeof chartFiles>[number] };
  const options = { layout: file.layout, scheme: file.scheme };
  return file.type === 'png'
    ? new Response(new Uint8Array(renderPng(drawing, options)), { headers: { 'Content-Type': 'image/png' } })
    : new Response(renderSvg(drawing, options), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
