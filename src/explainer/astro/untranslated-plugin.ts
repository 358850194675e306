/**
 * The Markdown processor's plugin that marks, in a translated page, each heading, paragraph or list item
 * still in the source language (`untranslatedBlocks`): its text goes inside `<Untranslated>`, which labels
 * it for the reader and, when the block is mostly in the source language, gives it that `lang`; its
 * figures (`<Fig>`) are then written as the source language writes them. The source page is read from
 * the source language's folder beside the translation's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { splitMdx } from '../core/frontmatter.ts';
import { localeOfPath } from './typeset-plugin.ts';
import { sourceLocale } from '../content/locales.ts';
import { untranslatedBlocks } from '../core/i18n/untranslated-blocks.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** The lines of each untranslated block, from its first to its last, with whether it is mostly in the source. */
function untranslatedLines(path: string, locale: string): Map<number, boolean> {
  const lines = new Map<number, boolean>();
  const sourcePath = path.replace(/([\\/]content[\\/])[^\\/]+([\\/][^\\/]+)$/, `$1${sourceLocale}$2`);
  if (!existsSync(sourcePath)) return lines;
  const body = splitMdx(readFileSync(path, 'utf8'), path).body;
  const sourceBody = splitMdx(readFileSync(sourcePath, 'utf8'), sourcePath).body;
  for (const block of untranslatedBlocks(body, sourceBody, { source: sourceLocale, target: locale })) {
    const last = block.line + (block.text.match(/\n/g)?.length ?? 0);
    for (let line = block.line; line <= last; line++) lines.set(line, block.mostly);
  }
  return lines;
}

export const untranslatedPlugin: MdastPluginEntry = ({ fileURL }) => {
  const path = fileURL && fileURLToPath(fileURL);
  const locale = localeOfPath(path);
  if (!path || locale === undefined || locale === sourceLocale) return false;
  const lines = untranslatedLines(path, locale);
  if (lines.size === 0) return false;
  const lang = { type: 'mdxJsxAttribute' as const, name: 'lang', value: sourceLocale };
  return {
    name: 'untranslated',
    options: { position: true },
    paragraph(node, context) {
      const mostly = lines.get(node.position?.start.line ?? 0);
      if (mostly === undefined) return;
      context.replaceNode(node, {
        type: 'paragraph',
        children: [
          {
            type: 'mdxJsxTextElement',
            name: 'Untranslated',
            attributes: mostly ? [lang] : [],
            children: node.children,
          },
        ],
      });
    },
    heading(node, context) {
      const mostly = lines.get(node.position?.start.line ?? 0);
      if (mostly === undefined) return;
      context.replaceNode(node, {
        type: 'heading',
        depth: node.depth,
        children: [
          {
            type: 'mdxJsxTextElement',
            name: 'Untranslated',
            attributes: mostly ? [lang] : [],
            children: node.children,
          },
        ],
      });
    },
    mdxJsxTextElement(node, context) {
      if (node.name !== 'Fig' || !lines.get(node.position?.start.line ?? 0)) return;
      if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')) return;
      context.replaceNode(node, { ...node, attributes: [...node.attributes, lang] });
    },
  };
};
