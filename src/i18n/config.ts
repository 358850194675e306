/**
 * The site's languages are the folders of `content/` that hold a `ui.yaml`: adding a language is adding
 * its folder (see README, "Adding a language"). Italian is the source language: every other is translated
 * from it. The folders are read from the project the build or the check runs in (the working directory).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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

const SOURCE = 'it';
export const sourceLocale: Locale = isCode(SOURCE)
  ? SOURCE
  : (() => {
      throw new Error(`"${SOURCE}" is not a language code.`);
    })();

/** The codes of the language folders under `root/content`: source language first, then by code. */
export function localesIn(root: string): Locale[] {
  const dir = join(root, 'content');
  const found = existsSync(dir)
    ? readdirSync(dir)
        .filter(isCode)
        .filter((code) => existsSync(join(dir, code, 'ui.yaml')))
    : [];
  return found.toSorted((a, b) => Number(b === sourceLocale) - Number(a === sourceLocale) || a.localeCompare(b));
}

/** The site's languages. */
export const locales: readonly Locale[] = localesIn(process.cwd());

/** Whether `code` is one of the site's languages. */
export function isLocale(code: unknown): code is Locale {
  return typeof code === 'string' && (locales as readonly string[]).includes(code);
}
