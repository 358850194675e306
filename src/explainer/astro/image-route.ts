/**
 * The prerendered routes of each chart's images, `<locale>/charts/<id>/<name>.svg` and `.png`: their paths
 * from `files.ts` and their content drawn by `render.ts`. Two routes, one per extension, so that the
 * paths are files (no trailing slash) in development as in the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocaleData, getSiteData } from './site.ts';
import { chartFiles, type ChartFile } from '../core/charts/files.ts';
import { localeChart } from './locale-drawing.ts';
import { renderPng, renderSvg } from '../render/render.ts';

export function imagePaths(type: 'svg' | 'png'): GetStaticPaths {
  return async () => {
    const { charts, chartLocales } = await getSiteData();
    return chartLocales().flatMap((locale) =>
      [...charts.keys()].flatMap((chart) =>
        chartFiles(chart)
          .filter((file) => file.type === type)
          .map((file) => ({ params: { locale, chart, image: file.name.replace(/\.\w+$/, '') }, props: { file } })),
      ),
    );
  };
}

export const imageRoute: APIRoute = async ({ params, props }) => {
  const locale = params['locale'];
  if (!(await getSiteData()).isLocale(locale)) throw new Error(`"${locale}" is not a language of the site.`);
  const data = await getLocaleData(locale);
  const { drawing } = localeChart(params['chart'] ?? '', data, 'src/pages/[locale]/charts/[chart]/');
  const { file } = props as { file: ChartFile };
  const options = { layout: file.layout, scheme: file.scheme };
  return file.type === 'png'
    ? new Response(new Uint8Array(renderPng(drawing, options)), { headers: { 'Content-Type': 'image/png' } })
    : new Response(renderSvg(drawing, options), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
