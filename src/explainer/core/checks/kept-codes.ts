/**
 * The codes a translation must keep, field by field: `<Fig id="…" />`, `<Chart id="…" />`, `<Term id="…">`,
 * `{fig:…}` and placeholders such as `{n}`. A code lost from one field is lost for the reader even when
 * another field, or another paragraph, still has it, so each is compared with the same field of the source.
 *
 * A page is compared paragraph by paragraph: the translation's headings, paragraphs, list items and charts
 * are aligned with the source's in order. A code missing from a block that has its counterpart (or from the
 * paragraphs next to it that have none, where the translation split a paragraph in two) is an error;
 * so is one missing from the whole page where a source block in the middle has no counterpart (a paragraph
 * skipped, or two merged). The source blocks after the translation's last aligned block are the part not
 * translated yet: a work in progress, reported as a warning naming the sections it holds, so that a shorter
 * translation still builds; the site publishes that part from the source, marked (src/explainer/content/missing-part.ts).
 */
import { mdxBlocks } from '../i18n/mdx-blocks.ts';

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

const WORDS: Record<PageBlock['kind'], string> = { heading: 'heading', paragraph: 'paragraph', chart: 'chart' };

/** The codes a translated page lost: errors where the translation has reached, warnings for the rest. */
export function pageCodeProblems(
  file: string,
  body: string,
  sourceFile: string,
  sourceBody: string,
  reported: (code: string) => boolean = () => false,
): { errors: string[]; warnings: string[] } {
  const source = pageBlocks(sourceBody);
  const translation = pageBlocks(body);
  const aligned = alignBlocks(source, translation);
  const everywhere = translation.flatMap((b) => b.codes);
  const last = aligned.findLastIndex((j) => j !== -1);
  const errors: string[] = [];
  const notYet: PageBlock[] = [];
  // A paragraph the translation split in two: the part with no counterpart, next to its aligned block.
  const taken = new Set(aligned);
  const splitFrom = (j: number) => {
    const around: PageBlock[] = [];
    for (let k = j + 1; k < translation.length && !taken.has(k) && translation[k]?.kind === translation[j]?.kind; k++)
      around.push(translation[k] as PageBlock);
    for (let k = j - 1; k >= 0 && !taken.has(k) && translation[k]?.kind === translation[j]?.kind; k--)
      around.push(translation[k] as PageBlock);
    return around;
  };
  source.forEach((block, i) => {
    const j = aligned[i] ?? -1;
    const mine = translation[j];
    if (mine) {
      for (const code of missingCodes(block.codes, [...mine.codes, ...splitFrom(j).flatMap((b) => b.codes)])) {
        if (reported(code)) continue;
        errors.push(
          `${file}:${mine.line}: ${code} is missing from this ${WORDS[mine.kind]}: ${sourceFile}:${block.line} has it in the same ${WORDS[block.kind]}. ` +
            `Fix: put it back in the translated ${WORDS[mine.kind]}, written exactly so${code.startsWith('<Term') ? ' around the translated words, closed by </Term>' : ''}; move it within the ${WORDS[mine.kind]} if your sentence needs.`,
        );
      }
    } else if (i > last) notYet.push(block);
    else {
      const before = translation[aligned.slice(0, i).findLast((x) => x !== -1) ?? -1];
      for (const code of missingCodes(block.codes, everywhere)) {
        if (reported(code)) continue;
        errors.push(
          `${file}:${before?.line ?? 1}: ${code} is missing: ${sourceFile}:${block.line} has it, in a ${WORDS[block.kind]} that has no counterpart ${before ? 'after this line' : 'here'} (skipped, or merged with another). ` +
            `Fix: translate that ${WORDS[block.kind]} in its place, or put ${code} back where your translation says it.`,
        );
      }
    }
  });
  const pending = notYet.flatMap((b) => missingCodes(b.codes, everywhere));
  const heading = (b: PageBlock) => `“${b.text.replace(/^#+\s*/, '').trim()}”`;
  const headings = notYet.filter((b) => b.kind === 'heading').map(heading);
  const within =
    notYet[0]?.kind === 'heading' ? undefined : source.slice(0, last + 1).findLast((b) => b.kind === 'heading');
  const parts = [
    ...(within ? [`the end of the section ${heading(within)}`] : []),
    ...(headings.length > 0 ? [`the section${headings.length === 1 ? '' : 's'} ${headings.join(', ')}`] : []),
  ];
  const end = translation.at(-1);
  const warnings =
    notYet.length === 0
      ? []
      : [
          `${file}:${end?.line ?? 1}: the translation ends here, before ${sourceFile} does: its last ${notYet.length} block${notYet.length === 1 ? '' : 's'}, from line ${notYet[0]?.line}` +
            `${parts.length > 0 ? ` (${parts.join(' and ')})` : ''}${pending.length > 0 ? `, with ${summary(pending)},` : ''} ${notYet.length === 1 ? 'is' : 'are'} not translated yet. ` +
            `The page shows ${notYet.length === 1 ? 'it' : 'them'} after this line as the source has ${notYet.length === 1 ? 'it' : 'them'}, marked as not translated. Fix: translate ${notYet.length === 1 ? 'it' : 'them'}, in order, after this line (copy ${notYet.length === 1 ? 'it' : 'them'} from ${sourceFile}:${notYet[0]?.line} on).`,
        ];
  return { errors, warnings };
}

/** "3 × <Fig>, 1 × <Chart>". */
function summary(codes: readonly string[]): string {
  const counts = Map.groupBy(codes, (c) =>
    c.startsWith('{fig:') ? '{fig:…}' : c.startsWith('<') ? `<${/\w+/.exec(c)?.[0]}>` : c,
  );
  return [...counts].map(([name, list]) => `${list.length} × ${name}`).join(', ');
}
