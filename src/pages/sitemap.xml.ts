import type { APIRoute } from 'astro';
import { chartLocales } from '../charts/locale-drawing.ts';
import { chartIds } from '../charts/registry.ts';
import { getLocaleData, getSiteData } from '../data/site.ts';
import { locales, sourceLocale } from '../i18n/config.ts';
import { alternateLinks, localePath, sourcesAlternates, sourcesPath } from '../lib/paths.ts';

/**
 * Lists each translated article and sources page with its language alternates (untranslated fallbacks
 * are left out), and each chart page.
 */
export const GET: APIRoute = async ({ site }) => {
  const { pages } = await getSiteData();
  const translated = locales.filter((locale) => pages.some((p) => p.id === `${locale}/article`));
  const url = (locale: string) => new URL(localePath(locale), site).href;
  const updated = (locale: string) =>
    pages
      .find((p) => p.id === `${locale}/article`)
      ?.data.updated.toISOString()
      .slice(0, 10);
  const alternates = alternateLinks(translated, site ?? new URL('http://localhost/'))
    .map(({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}"/>`)
    .join('\n');
  const entries = translated.map(
    (locale) =>
      `  <url>\n    <loc>${url(locale)}</loc>\n    <lastmod>${updated(locale)}</lastmod>\n${alternates}\n  </url>`,
  );
  // The sources page of each language whose method note is translated; x-default is the source language's.
  const withMethod = locales.filter((locale) => pages.some((p) => p.id === `${locale}/method`));
  const sourcesLinks = sourcesAlternates(withMethod, sourceLocale, site ?? new URL('http://localhost/'))
    .map(({ hreflang, href }) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${href}"/>`)
    .join('\n');
  for (const locale of withMethod) {
    const lastmod = pages
      .find((p) => p.id === `${locale}/method`)
      ?.data.updated.toISOString()
      .slice(0, 10);
    entries.push(
      `  <url>\n    <loc>${new URL(sourcesPath(locale), site).href}</loc>\n    <lastmod>${lastmod}</lastmod>\n${sourcesLinks}\n  </url>`,
    );
  }
  // Each chart's own page, on its own: it is not a translation of an article.
  for (const locale of await chartLocales(locales, getLocaleData)) {
    for (const id of chartIds)
      entries.push(`  <url>\n    <loc>${new URL(`${localePath(locale)}charts/${id}/`, site).href}</loc>\n  </url>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
