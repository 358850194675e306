/**
 * The site's languages, from the content as loaded: each language folder of `content/` with a `ui.yaml`,
 * the source language (named in `content/data/site.yaml`) first, then by code. The Astro pages take them
 * from the collections (`src/explainer/astro/site.ts`), Node scripts and tests from the disk
 * (`src/explainer/content/locales.ts`): the same rule either way.
 */

/**
 * A language code of the site. The codes are only known once the content is read, so no union of
 * literals can name them: the brand marks a string that a guard has checked (`isLocale` for a code
 * of this site, e.g. a page's `params.locale`), so that a plain string cannot be passed by mistake.
 */
export type Locale = string & { readonly __brand: 'Locale' };

/** A well-formed BCP 47 language code, as the folder names are: `it`, `fr`, `pt-BR`. */
export function isCode(code: string): code is Locale {
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code);
}

/** The language codes among `codes`, the source language first, then by code. */
export function orderLocales(codes: Iterable<string>, source: string): Locale[] {
  return [...codes]
    .filter(isCode)
    .toSorted((a, b) => Number(b === source) - Number(a === source) || a.localeCompare(b));
}
