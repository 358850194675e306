/**
 * The site's languages are the folders of `content/` that hold a `ui.yaml`: adding a language is adding
 * its folder (see README, "Adding a language"). The source language, from which every other is
 * translated, is named in `content/data/site.yaml`. Both are read from the project the build or the check
 * runs in (the working directory).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteSettings, siteSettingsIn } from './site.ts';

/**
 * A language code of the site. The codes are only known once the folders are read, so no union of
 * literals can name them: the brand marks a string that a guard has checked (`isLocale` for a code
 * of this site, e.g. a page's `params.locale`), so that a plain string cannot be passed by mistake.
 */
export type Locale = string & { readonly __brand: 'Locale' };

/** A well-formed BCP 47 language code, as the folder names are: `it`, `fr`, `pt-BR`. */
function isCode(code: string): code is Locale {
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code);
}

/** The source language of the project at `root`, as `content/data/site.yaml` names it (`source:`). */
export function sourceLocaleIn(root: string): Locale {
  const { source } = readSiteSettings(root);
  if (!isCode(source)) throw new Error(`content/data/site.yaml: "${source}" is not a language code.`);
  return source;
}

/** The source language of the site: every other is translated from it. */
export const sourceLocale: Locale = sourceLocaleIn(process.cwd());

/** The codes of the language folders under `root/content`: its source language first, then by code. */
export function localesIn(root: string): Locale[] {
  // A copy whose settings cannot be read is ordered by the site's own source language; the check names the problem.
  const source = siteSettingsIn(root).settings?.source ?? sourceLocale;
  const dir = join(root, 'content');
  const found = existsSync(dir)
    ? readdirSync(dir)
        .filter(isCode)
        .filter((code) => existsSync(join(dir, code, 'ui.yaml')))
    : [];
  return found.toSorted((a, b) => Number(b === source) - Number(a === source) || a.localeCompare(b));
}

/** The site's languages. */
export const locales: readonly Locale[] = localesIn(process.cwd());

/** Whether `code` is one of the site's languages. */
export function isLocale(code: unknown): code is Locale {
  return typeof code === 'string' && (locales as readonly string[]).includes(code);
}
