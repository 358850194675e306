/**
 * The part of a source page that a shorter translation has not reached: nothing of the source is lost
 * when a translator has not yet copied, or has deleted, the end of a page. The translation's headings,
 * paragraphs, list items and charts are aligned with the source's in order, by kind and by the
 * `<Fig>`, `<Term>` and `<Chart>` they hold (`alignBlocks`, as the content check does): the source's
 * blocks after the last one the translation answers are the missing part. It is published after the
 * translation, as the source writes it, so that the Markdown processor marks it as every block still in
 * the source language is marked (`untranslated-plugin.ts`: the label, the source's `lang`, its
 * typography and number formats), and the content check warns with the sections it holds.
 */
import { alignBlocks, type PageBlock, pageBlocks } from './page-blocks.ts';

export interface MissingPart {
  /** The source's blocks the translation has not reached, in order. */
  blocks: PageBlock[];
  /** The 1-based line of the source file where the part starts. */
  line: number;
  /** The source's text of the part as written: its lines from `line` to the end. */
  text: string;
  /** The headings of the source that the part holds, as written there. */
  headings: string[];
  /** The heading of the source section the part starts inside, when it starts after a section's first block. */
  within: string | undefined;
}

/** The missing part of a translated body, from both bodies (frontmatter blanked, lines kept); none when complete. */
export function missingPart(body: string, sourceBody: string): MissingPart | undefined {
  const source = pageBlocks(sourceBody);
  const aligned = alignBlocks(source, pageBlocks(body));
  const last = aligned.findLastIndex((j) => j !== -1);
  const blocks = source.slice(last + 1);
  const first = blocks[0];
  if (!first) return undefined;
  const headingText = (b: PageBlock) => b.text.replace(/^#+\s*/, '').trim();
  const before = source.slice(0, last + 1).findLast((b) => b.kind === 'heading');
  return {
    blocks,
    line: first.line,
    text: sourceBody
      .split('\n')
      .slice(first.line - 1)
      .join('\n')
      .trim(),
    headings: blocks.filter((b) => b.kind === 'heading').map(headingText),
    within: first.kind === 'heading' || !before ? undefined : headingText(before),
  };
}

/** The source file of a translated content file: `content/fr/article.mdx` → `content/<source>/article.mdx`. */
export function sourcePathOf(path: string, sourceLocale: string): string {
  return path.replace(/((?:^|[\\/])content[\\/])[^\\/]+([\\/][^\\/]+)$/, `$1${sourceLocale}$2`);
}
