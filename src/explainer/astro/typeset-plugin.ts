/**
 * The Markdown processor's plugin (Sätteri, Astro's own) that gives the prose of
 * `content/<locale>/*.mdx` the spaces its language's typography wants (see typography.ts): writers and
 * translators type ordinary spaces, the page gets the non-breaking ones ("2 giugno", « … », French
 * "Sources :"). Astro's MDX renders with the configured processor, so this one plugin serves both.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { typeset } from '../core/typography.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** The locale of a content file, from its folder: `content/fr/article.mdx` → "fr". */
export function localeOfPath(path: string | undefined): string | undefined {
  return /(?:^|[\\/])content[\\/]([a-z]{2,3}(?:-[A-Za-z0-9]+)*)[\\/][^\\/]+\.mdx?$/.exec(path ?? '')?.[1];
}

/** Per file: the plugin for a content file's language, or none for a file outside `content/<locale>/`. */
export const typesetPlugin: MdastPluginEntry = ({ fileURL }) => {
  const locale = localeOfPath(fileURL && fileURLToPath(fileURL));
  return (
    locale !== undefined && {
      name: 'typeset',
      text(node, context) {
        const value = typeset(node.value, locale);
        if (value !== node.value) context.setProperty(node, 'value', value);
      },
    }
  );
};
