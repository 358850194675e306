/**
 * The Markdown processor's plugin (Sätteri, Astro's own) that gives the prose of
 * `content/<locale>/*.mdx` the spaces its language's typography wants (see typography.ts): writers and
 * translators type ordinary spaces, the page gets the non-breaking ones ("2 giugno", « … », French
 * "Sources :"). Astro's MDX renders with the configured processor, so this one plugin serves both.
 * Typography follows the text's language, not the page's: in a translation, a block still in the source
 * language (published with the source's `lang`, see `src/explainer/content/untranslated-lines.ts`) is typeset as the
 * source language writes it.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { sourceLocale } from '../content/locales.ts';
import { untranslatedLines } from '../content/untranslated-lines.ts';
import { typeset } from '../core/typography.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** The locale of a content file, from its folder: `content/fr/article.mdx` → "fr". */
export function localeOfPath(path: string | undefined): string | undefined {
  return /(?:^|[\\/])content[\\/]([a-z]{2,3}(?:-[A-Za-z0-9]+)*)[\\/][^\\/]+\.mdx?$/.exec(path ?? '')?.[1];
}

/** Per file: the plugin for a content file's language, or none for a file outside `content/<locale>/`. */
export const typesetPlugin: MdastPluginEntry = ({ fileURL }) => {
  const path = fileURL && fileURLToPath(fileURL);
  const locale = localeOfPath(path);
  if (path === undefined || locale === undefined) return false;
  // The lines of blocks still in the source language, mostly: typeset as the source language.
  const inSource = untranslatedLines(path, locale, sourceLocale);
  return {
    name: 'typeset',
    options: { position: true },
    text(node, context) {
      const language = inSource.get(node.position?.start.line ?? 0) ? sourceLocale : locale;
      const value = typeset(node.value, language);
      if (value !== node.value) context.setProperty(node, 'value', value);
    },
  };
};
