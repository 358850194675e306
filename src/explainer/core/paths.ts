/** Joins the site's base path (`BASE_PATH` at build time) with a path inside the site. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\//, '');
}

/** The URL of a locale's article, e.g. `/en/` or `/zoom-explainer/en/`. */
export function localePath(locale: string, base?: string): string {
  return withBase(`${locale}/`, base);
}

/** The URL of a locale's sources and method page, e.g. `/en/sources/`. */
export function sourcesPath(locale: string, base?: string): string {
  return `${localePath(locale, base)}sources/`;
}

/**
 * Where a citation of a source leads: the source itself, or its entry in the locale's source list when
 * no public address of it is known.
 */
export function citationHref(source: { id: string; url?: string | undefined }, locale: string, base?: string): string {
  return source.url ?? `${sourcesPath(locale, base)}#source-${source.id}`;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/** A page's language alternates, as absolute URLs: the page in each of `translated`, and `x-default`. */
function alternatesOf(translated: readonly string[], site: URL, path: (locale: string) => string, xDefault: string) {
  return [
    ...translated.map((locale) => ({ hreflang: locale, href: new URL(path(locale), site).href })),
    { hreflang: 'x-default', href: new URL(xDefault, site).href },
  ];
}

/**
 * The language alternates of the article, as absolute URLs: each translated language, and `x-default`
 * for the root, whose chooser sends a reader of any other language to theirs. Untranslated fallbacks
 * are left out, so search engines meet real translations only.
 */
export function alternateLinks(translated: readonly string[], site: URL, base?: string): Alternate[] {
  return alternatesOf(translated, site, (locale) => localePath(locale, base), withBase('', base));
}

/**
 * The language alternates of the sources page: each language whose method note is translated, and
 * `x-default`, the source language's page.
 */
export function sourcesAlternates(
  translated: readonly string[],
  fallback: string,
  site: URL,
  base?: string,
): Alternate[] {
  return alternatesOf(translated, site, (locale) => sourcesPath(locale, base), sourcesPath(fallback, base));
}
