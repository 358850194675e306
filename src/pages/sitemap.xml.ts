import type { APIRoute } from 'astro';
import { getSiteData } from '../explainer/astro/site.ts';
import { type Alternate, alternateLinks, localePath, sourcesAlternates, sourcesPath } from '../explainer/core/paths.ts';

/**
 * Lists each translated article and sources page with its language alternates (untranslated fallbacks
 * are left out), and each chart page.
 */
export const GET: APIRoute = async ({ site = new URL('http://localhost/') }) => {
  const { pages, charts, sourceLocale, localesWithPage, chartLocales } = await getSiteData();
  const entry = (path: string, lastmod?: string, alternates: Alternate[] = []) =>
    [
      `  <url>\n    <loc>${new URL(path, site).href}</loc>`,
      ...(lastmod ? [`    <lastmod>${lastmod}</lastmod>`] : []),
      ...alternates.map(
        ({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}"/>`,
      ),
      '  </url>',
    ].join('\n');
  /** Each translated language's page made from `name`.mdx, with its date and the alternates they share. */
  const translatedPages = (
    name: string,
    path: (locale: string) => string,
    alternates: (translated: string[]) => Alternate[],
  ) => {
    const translated = localesWithPage(name);
    const lastmod = (locale: string) =>
      pages
        .find((p) => p.id === `${locale}/${name}`)
        ?.data.updated.toISOString()
        .slice(0, 10);
    return translated.map((locale) => entry(path(locale), lastmod(locale), alternates(translated)));
  };
  const entries = [
    ...translatedPages(
      'article',
      (locale) => localePath(locale),
      (translated) => alternateLinks(translated, site),
    ),
    // The sources page of each language whose method note is translated; x-default is the source language's.
    ...translatedPages(
      'method',
      (locale) => sourcesPath(locale),
      (translated) => sourcesAlternates(translated, sourceLocale, site),
    ),
  ];
  // Each chart's own page, on its own: it is not a translation of an article.
  for (const locale of chartLocales()) {
    for (const id of charts.keys()) entries.push(entry(`${localePath(locale)}charts/${id}/`));
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
