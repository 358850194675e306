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

/**
 * The language alternates of the article, as absolute URLs: each translated language, and `x-default`
 * for the root, whose chooser sends a reader of any other language to theirs. Untranslated fallbacks
 * are left out, so search engines meet real translations only.
 */
export function alternateLinks(translated: readonly string[], site: URL, base?: string): Alternate[] {
  const href = (locale: string) => new URL(localePath(locale, base), site).href;
  return [
    ...translated.map((locale) => ({ hreflang: locale, href: href(locale) })),
    { hreflang: 'x-default', href: new URL(withBase('', base), site).href },
  ];
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
  const href = (locale: string) => new URL(sourcesPath(locale, base), site).href;
  return [
    ...translated.map((locale) => ({ hreflang: locale, href: href(locale) })),
    { hreflang: 'x-default', href: href(fallback) },
  ];
}
