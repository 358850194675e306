/**
 * The Markdown processor's plugin that marks, in a translated page, each heading, paragraph or list item
 * still in the source language (`untranslatedBlocks`): its text goes inside `<Untranslated>`, which labels
 * it for the reader and, when the block is mostly in the source language, gives it that `lang`; its
 * figures (`<Fig>`) are then written as the source language writes them. The source page is read from
 * the source language's folder beside the translation's; the page is read as published, with the source's
 * part a shorter translation has not reached after it (`missing-part.ts`), which is marked so too.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { localeOfPath } from './typeset-plugin.ts';
import { sourceLocale } from '../content/locales.ts';
import { untranslatedLines } from '../content/untranslated-lines.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

export const untranslatedPlugin: MdastPluginEntry = ({ fileURL }) => {
  const path = fileURL && fileURLToPath(fileURL);
  const locale = localeOfPath(path);
  if (!path || locale === undefined || locale === sourceLocale) return false;
  const lines = untranslatedLines(path, locale, sourceLocale);
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
