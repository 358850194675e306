/**
 * A translated page's text as published, read from the disk: the file, then the part of the source it has
 * not reached (`core/i18n/missing-part.ts`), for the Markdown processor and the article's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { splitMdx } from '../core/frontmatter.ts';
import { missingPart, sourcePathOf } from '../core/i18n/missing-part.ts';

/**
 * A translated page's text as the site publishes it: the file, then the source's missing part, if any.
 * `undefined` when there is nothing to add (no source file, a page that cannot be split, or a complete one).
 */
export function publishedText(path: string, sourceLocale: string): string | undefined {
  const sourcePath = sourcePathOf(path, sourceLocale);
  if (sourcePath === path || !existsSync(sourcePath) || !existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const page = splitMdx(text, path);
  const source = splitMdx(readFileSync(sourcePath, 'utf8'), sourcePath);
  if (page.problems.length > 0 || source.problems.length > 0) return undefined;
  const part = missingPart(page.body, source.body);
  return part && `${text.trimEnd()}\n\n${part.text}\n`;
}
