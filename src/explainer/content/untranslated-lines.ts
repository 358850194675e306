/**
 * Which lines of a translated page, as published (`missing-part.ts`), are blocks still in the source
 * language, for the Markdown processor's plugins: `untranslated-plugin.ts` marks them, `typeset-plugin.ts`
 * gives them the source language's typography. Read once per version of the two files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { splitMdx } from '../core/frontmatter.ts';
import { sourcePathOf } from '../core/i18n/missing-part.ts';
import { publishedText } from './missing-part.ts';
import { plainText } from '../core/i18n/source-language.ts';
import { untranslatedBlocks } from '../core/i18n/untranslated-blocks.ts';

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

/**
 * The headings of the page at `path` (in `locale`), as published, that are mostly in the source language,
 * as plain text with spaces collapsed (as `headingKey` gives a rendered heading's), so that the table of
 * contents can give them the source's `lang` too.
 */
export function sourceLanguageHeadings(path: string, locale: string, sourceLocale: string): Set<string> {
  const sourcePath = sourcePathOf(path, sourceLocale);
  if (locale === sourceLocale || !existsSync(sourcePath) || !existsSync(path)) return new Set();
  const body = splitMdx(publishedText(path, sourceLocale) ?? readFileSync(path, 'utf8'), path).body;
  const sourceBody = splitMdx(readFileSync(sourcePath, 'utf8'), sourcePath).body;
  return new Set(
    untranslatedBlocks(body, sourceBody, { source: sourceLocale, target: locale })
      .filter((b) => b.kind === 'heading' && b.mostly)
      .map((b) => headingKey(b.text)),
  );
}

/** A heading's text for comparing, written or rendered: tags out, any space (no-break ones too) one space. */
export function headingKey(text: string): string {
  return plainText(text).replace(/\s+/gu, ' ');
}
