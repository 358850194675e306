/**
 * The Vite plugin that gives the MDX compiler a translated page as the site publishes it
 * (`missing-part.ts`): the translation's file, then the part of the source's it has not reached. The
 * source file is watched with the translation, so that `astro dev` updates the page when either changes.
 */
import type { Plugin } from 'vite';
import { localeOfPath } from './typeset-plugin.ts';
import { publishedText } from '../content/missing-part.ts';
import { sourcePathOf } from '../core/i18n/missing-part.ts';

/**
 * The text of the module `id` when it is a translated page with a missing part (null otherwise, for Vite
 * to read the file itself); `watch` is given the source file the text also depends on.
 */
export function publishedModule(id: string, sourceLocale: string, watch: (file: string) => void): string | null {
  const path = id.split('?')[0] ?? id;
  const locale = localeOfPath(path);
  if (locale === undefined || locale === sourceLocale || !path.endsWith('.mdx')) return null;
  watch(sourcePathOf(path, sourceLocale));
  return publishedText(path, sourceLocale) ?? null;
}

export function missingPartPlugin(sourceLocale: string): Plugin {
  return {
    name: 'zoom-explainer:missing-part',
    enforce: 'pre',
    load(id) {
      return publishedModule(id, sourceLocale, (file) => this.addWatchFile(file));
    },
  };
}
