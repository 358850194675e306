/**
 * Which lines of a translated page, as published (`missing-part.ts`), are blocks still in the source
 * language, for the Markdown processor's plugins: `untranslated-plugin.ts` marks them, `typeset-plugin.ts`
 * gives them the source language's typography. Read once per version of the two files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { splitMdx } from '../content/frontmatter.ts';
import { publishedText, sourcePathOf } from './missing-part.ts';
import { untranslatedBlocks } from './untranslated-blocks.ts';

const cache = new Map<string, { key: string; lines: Map<number, boolean> }>();

/**
 * The lines of each untranslated block of the page at `path` (in `locale`), from its first to its last,
 * each with whether the block is mostly in the source language (`sourceLocale`).
 */
export function untranslatedLines(path: string, locale: string, sourceLocale: string): Map<number, boolean> {
  const sourcePath = sourcePathOf(path, sourceLocale);
  if (locale === sourceLocale || !existsSync(sourcePath) || !existsSync(path)) return new Map();
  const key = `${statSync(path).mtimeMs} ${statSync(sourcePath).mtimeMs}`;
  const known = cache.get(path);
  if (known?.key === key) return known.lines;
  const lines = new Map<number, boolean>();
  const text = publishedText(path, sourceLocale) ?? readFileSync(path, 'utf8');
  const body = splitMdx(text, path).body;
  const sourceBody = splitMdx(readFileSync(sourcePath, 'utf8'), sourcePath).body;
  for (const block of untranslatedBlocks(body, sourceBody, { source: sourceLocale, target: locale })) {
    const last = block.line + (block.text.match(/\n/g)?.length ?? 0);
    for (let line = block.line; line <= last; line++) lines.set(line, block.mostly);
  }
  cache.set(path, { key, lines });
  return lines;
}
