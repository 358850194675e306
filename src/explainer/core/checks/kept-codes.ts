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
import type { Problem } from '../problem.ts';
import { alignBlocks, missingCodes, type PageBlock, pageBlocks } from '../i18n/page-blocks.ts';

const WORDS: Record<PageBlock['kind'], string> = { heading: 'heading', paragraph: 'paragraph', chart: 'chart' };

/** The codes a translated page lost: errors where the translation has reached, warnings for the rest. */
export function pageCodeProblems(
  file: string,
  body: string,
  sourceFile: string,
  sourceBody: string,
  reported: (code: string) => boolean = () => false,
): { errors: Problem[]; warnings: Problem[] } {
  const source = pageBlocks(sourceBody);
  const translation = pageBlocks(body);
  const aligned = alignBlocks(source, translation);
  const everywhere = translation.flatMap((b) => b.codes);
  const last = aligned.findLastIndex((j) => j !== -1);
  const errors: Problem[] = [];
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
        errors.push({
          file,
          line: mine.line,
          message: `${code} is missing from this ${WORDS[mine.kind]}: ${sourceFile}:${block.line} has it in the same ${WORDS[block.kind]}.`,
          fix: `put it back in the translated ${WORDS[mine.kind]}, written exactly so${code.startsWith('<Term') ? ' around the translated words, closed by </Term>' : ''}; move it within the ${WORDS[mine.kind]} if your sentence needs.`,
        });
      }
    } else if (i > last) notYet.push(block);
    else {
      const before = translation[aligned.slice(0, i).findLast((x) => x !== -1) ?? -1];
      for (const code of missingCodes(block.codes, everywhere)) {
        if (reported(code)) continue;
        errors.push({
          file,
          line: before?.line ?? 1,
          message: `${code} is missing: ${sourceFile}:${block.line} has it, in a ${WORDS[block.kind]} that has no counterpart ${before ? 'after this line' : 'here'} (skipped, or merged with another).`,
          fix: `translate that ${WORDS[block.kind]} in its place, or put ${code} back where your translation says it.`,
        });
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
  const them = notYet.length === 1 ? 'it' : 'them';
  const warnings: Problem[] =
    notYet.length === 0
      ? []
      : [
          {
            file,
            line: end?.line ?? 1,
            message:
              `the translation ends here, before ${sourceFile} does: its last ${notYet.length} block${notYet.length === 1 ? '' : 's'}, from line ${notYet[0]?.line}` +
              `${parts.length > 0 ? ` (${parts.join(' and ')})` : ''}${pending.length > 0 ? `, with ${summary(pending)},` : ''} ${notYet.length === 1 ? 'is' : 'are'} not translated yet. ` +
              `The page shows ${them} after this line as the source has ${them}, marked as not translated.`,
            fix: `translate ${them}, in order, after this line (copy ${them} from ${sourceFile}:${notYet[0]?.line} on).`,
          },
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
