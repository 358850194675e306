/**
 * The site's languages for Node (the Astro config, scripts, tests), read from the disk: the folders of
 * `content/` that hold a `ui.yaml` (see README, "Adding a language"), ordered as `core/locales.ts` says,
 * and the source language named in `content/data/site.yaml`. Read from the project the build or the check
 * runs in (the working directory). The pages take the same list from the loaded content instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCode, type Locale, orderLocales } from '../core/locales.ts';
import { ProblemError } from '../core/problem.ts';
import { SITE_FILE } from '../core/schemas/registry.ts';
import { readSiteSettings, siteSettingsIn } from './site.ts';

export type { Locale };

/** The source language of the project at `root`, as `content/data/site.yaml` names it (`source:`). */
export function sourceLocaleIn(root: string): Locale {
  const { source } = readSiteSettings(root);
  if (!isCode(source))
    throw new ProblemError({
      file: SITE_FILE,
      message: `"${source}" is not a language code.`,
      fix: 'write the source language as a code, e.g. "fr" or "pt-BR".',
    });
  return source;
}

/** The source language of the site: every other is translated from it. */
export const sourceLocale: Locale = sourceLocaleIn(process.cwd());

/** The codes of the language folders under `root/content`: its source language first, then by code. */
export function localesIn(root: string): Locale[] {
  // A copy whose settings cannot be read is ordered by the site's own source language; the check names the problem.
  const source = siteSettingsIn(root).settings?.source ?? sourceLocale;
  const dir = join(root, 'content');
  const found = existsSync(dir) ? readdirSync(dir).filter((code) => existsSync(join(dir, code, 'ui.yaml'))) : [];
  return orderLocales(found, source);
}

/** The site's languages. */
export const locales: readonly Locale[] = localesIn(process.cwd());

/** Whether `code` is one of the site's languages. */
export function isLocale(code: unknown): code is Locale {
  return typeof code === 'string' && (locales as readonly string[]).includes(code);
}
