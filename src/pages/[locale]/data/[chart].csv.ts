/**
 * Each chart's data as a static CSV file per locale, `/<locale>/data/<chart-id>.csv`, so that the
 * download link works without JavaScript and from any copy of the built site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../../explainer/core/charts/csv.ts';
import { buildChart } from '../../../explainer/core/charts/registry.ts';
import { getLocaleData, getSiteData } from '../../../explainer/astro/site.ts';

/** Only locales with their own chart texts: an untranslated page links to the source language's files. */
export const getStaticPaths = (async () => {
  const { charts, chartLocales } = await getSiteData();
  return chartLocales().flatMap((locale) => [...charts.keys()].map((chart) => ({ params: { locale, chart } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'];
  if (!(await getSiteData()).isLocale(locale)) throw new Error(`"${locale}" is not a language of the site.`);
  const data = await getLocaleData(locale);
  const model = buildChart(params['chart'] ?? '', data.charts(), 'src/pages/[locale]/data/[chart].csv.ts');
  const { chart: words } = data.ui;
  const csv = chartCsv(
    model,
    {
      low: words.csvLow,
      high: words.csvHigh,
      approx: words.csvApprox,
      yes: words.csvYes,
      derived: words.csvDerived,
      sources: words.csvSources,
    },
    data.sources,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
