/**
 * A page as blocks a translation can be held against: headings, paragraphs, list items and charts, each
 * with its line and the codes it holds (`<Fig>`, `<Chart>`, `<Term>`, `{fig:…}`, placeholders), and the
 * in-order alignment of a translation's blocks with the source's, by kind and by codes. The content check
 * compares codes block by block with it (`checks/kept-codes.ts`); the missing part of a shorter
 * translation is what follows its last aligned block (`missing-part.ts`).
 */
import { mdxBlocks } from './mdx-blocks.ts';

/** Component tags and placeholders, as written in the text. */
const CODE = /<(Fig|Chart|Term)\b[^<>]*?\bid\s*=\s*["']([^"']*)["'][^<>]*>|\{fig:([^{}]*)\}|\{([A-Za-z]+)\}/g;

/** The codes of a text, each written in one canonical way: `<Fig id="x" />`, `<Term id="x">`, `{fig:x}`, `{n}`. */
export function codesIn(text: string): string[] {
  return [...text.matchAll(CODE)].map(([, tag, id, fig, name]) => {
    if (tag === 'Term') return `<Term id="${id}">`;
    if (tag) return `<${tag} id="${id}" />`;
    if (fig !== undefined) return `{fig:${fig.trim()}}`;
    return `{${name}}`;
  });
}

/** The codes of `source` that `translation` lacks, each as often as it lacks it. */
export function missingCodes(source: readonly string[], translation: readonly string[]): string[] {
  const left = [...translation];
  return source.filter((code) => {
    const at = left.indexOf(code);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/** A block of a page: a heading, a paragraph, a list item or a chart, with its line and codes. */
export interface PageBlock {
  kind: 'heading' | 'paragraph' | 'chart';
  line: number;
  codes: string[];
  text: string;
}

/** The blocks of an MDX body (frontmatter blanked, so that lines are the file's). */
export function pageBlocks(body: string): PageBlock[] {
  const blocks: PageBlock[] = mdxBlocks(body).map((b) => ({
    kind: b.kind === 'heading' ? 'heading' : 'paragraph',
    line: b.line,
    codes: codesIn(b.text),
    text: b.text,
  }));
  body.split('\n').forEach((line, i) => {
    if (/^\s*<Chart\b[^<>]*\/>\s*$/.test(line))
      blocks.push({ kind: 'chart', line: i + 1, codes: codesIn(line), text: line.trim() });
  });
  return blocks.sort((a, b) => a.line - b.line);
}

/** How well a translated block answers a source block: 0 when it cannot be its translation. */
function score(source: PageBlock, translation: PageBlock): number {
  if (source.kind !== translation.kind) return 0;
  const common = source.codes.length - missingCodes(source.codes, translation.codes).length;
  if (common === source.codes.length && common === translation.codes.length) return 2 + common;
  if (common > 0) return 1 + common;
  // Same kind, no code in common: a weak match, preferred only where nothing better aligns.
  return source.codes.length === 0 && translation.codes.length === 0 ? 2 : 0.5;
}

/** For each source block, the index of the translation block aligned with it, or -1 (an in-order best alignment). */
export function alignBlocks(source: readonly PageBlock[], translation: readonly PageBlock[]): number[] {
  const n = source.length;
  const m = translation.length;
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number) => best[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = best[i] ?? [];
    for (let j = m - 1; j >= 0; j--) {
      const s = score(source[i] as PageBlock, translation[j] as PageBlock);
      row[j] = Math.max(s > 0 ? s + at(i + 1, j + 1) : 0, at(i + 1, j), at(i, j + 1));
    }
  }
  const aligned = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(source[i] as PageBlock, translation[j] as PageBlock);
    if (s > 0 && at(i, j) === s + at(i + 1, j + 1)) {
      aligned[i] = j;
      i++;
      j++;
    } else if (at(i, j) === at(i + 1, j)) i++;
    else j++;
  }
  return aligned;
}
