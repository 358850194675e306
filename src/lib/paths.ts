/** Joins the site's base path (`BASE_PATH` at build time) with a path inside the site. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\//, '');
}

/** The URL of a locale's article, e.g. `/en/` or `/zoom-explainer/en/`. */
export function localePath(locale: string, base?: string): string {
  return withBase(`${locale}/`, base);
}
