/**
 * Finds text a translation has left untranslated: a paragraph, heading, title or string identical to the
 * source language's, and paragraphs or headings the translation lacks. These are warnings, not errors:
 * a translation in progress is allowed to be incomplete (the check's `--strict` makes them errors).
 */
import { isText } from '../i18n/entries.ts';
import { mdxBlocks, signature, type Block } from '../i18n/mdx-blocks.ts';
import { missingPart } from '../i18n/missing-part.ts';
import { uiTexts } from './ui-keys.ts';
import type { LoadedContent } from '../schemas/content.ts';
import type { Problem } from '../problem.ts';

/** Plain text of a block, for comparing: tags and placeholders out, spaces collapsed. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const same = (a: string, b: string) => isText(plain(a)) && plain(a) === plain(b);

/** Every warning about untranslated or missing text, at its file and line. */
export function untranslatedWarnings(content: LoadedContent): Problem[] {
  const warnings: Problem[] = [];
  const { sourceLocale } = content;
  const localeOf = (id: string) => id.split('/')[0] ?? '';

  for (const page of content.pages) {
    const locale = localeOf(page.id);
    const source = content.pages.find((p) => p.id === `${sourceLocale}/${page.id.slice(locale.length + 1)}`);
    if (locale === sourceLocale || !source) continue;
    for (const field of ['title', 'description']) {
      const mine = page.data[field];
      if (typeof mine === 'string' && mine === source.data[field] && isText(mine)) {
        warnings.push({
          file: page.filePath,
          message: `the ${field} is the same as in ${source.filePath}, still in the source language.`,
          fix: 'translate it.',
        });
      }
    }
    // The source's part a shorter translation has not reached is one warning of the content check (kept-codes.ts).
    const tail = missingPart(page.body ?? '', source.body ?? '')?.line;
    warnings.push(
      ...blockWarnings(page.filePath, mdxBlocks(page.body ?? ''), source.filePath, mdxBlocks(source.body ?? ''), tail),
    );
  }

  for (const entries of Object.values(content.lists)) {
    const copies = new Map<string, { file: string; source: string; same: number; total: number }>();
    for (const entry of entries) {
      const locale = String(entry.data['locale']);
      const source = entries.find((e) => e.id === `${sourceLocale}/${entry.id.slice(locale.length + 1)}`);
      if (locale === sourceLocale || !source) continue;
      const texts = Object.entries(source.data).filter(([, v]) => typeof v === 'string' && isText(v));
      const tally = copies.get(entry.filePath) ?? { file: entry.filePath, source: source.filePath, same: 0, total: 0 };
      tally.total++;
      if (texts.length > 0 && texts.every(([k, v]) => entry.data[k] === v)) tally.same++;
      copies.set(entry.filePath, tally);
    }
    // A whole list file left as the source is one warning, not one per entry.
    const whole = new Set([...copies.values()].filter((t) => t.total > 1 && t.same === t.total).map((t) => t.file));
    for (const file of whole) {
      const t = copies.get(file);
      warnings.push({
        file,
        line: 1,
        message: `the whole file is the same as ${t?.source}, still in the source language.`,
        fix: 'translate it (npm run i18n:status counts it as missing).',
      });
    }
    for (const entry of entries) {
      if (whole.has(entry.filePath)) continue;
      const locale = String(entry.data['locale']);
      const id = entry.id.slice(locale.length + 1);
      const source = entries.find((e) => e.id === `${sourceLocale}/${id}`);
      if (locale === sourceLocale || !source) continue;
      const fields = Object.entries(entry.data)
        .filter(([k, v]) => typeof v === 'string' && v === source.data[k] && isText(v))
        .map(([k]) => k);
      if (fields.length > 0) {
        warnings.push({
          file: entry.filePath,
          line: entry.line ?? 0,
          message: `in "${id}", ${fields.map((f) => `"${f}"`).join(', ')} ${fields.length === 1 ? 'is' : 'are'} the same as in ${source.filePath}:${source.line ?? 0}, still in the source language.`,
          fix: `translate ${fields.length === 1 ? 'it' : 'them'}.`,
        });
      }
    }
  }

  const sourceUi = content.ui.get(sourceLocale);
  for (const [locale, ui] of content.ui) {
    if (locale === sourceLocale || !sourceUi || ui.doc.problem) continue;
    const theirs = uiTexts(sourceUi.doc.data);
    for (const [key, text] of uiTexts(ui.doc.data)) {
      if (typeof text === 'string' && text === theirs.get(key) && isText(plain(text))) {
        warnings.push({
          file: ui.file,
          line: ui.doc.lineOf(key.split('.')),
          message: `the interface string "${key}" is the same as in ${sourceUi.file}, still in the source language.`,
          fix: 'translate it.',
        });
      }
    }
  }
  return warnings;
}

/**
 * The files of the source language that a translation does not have yet, each a problem of its file. Not a
 * problem while a language is being translated file by file (the site shows the source's file in its
 * place, with the notice), so `npm run check` only counts them; `npm run check:strict` lists them as errors.
 */
export function missingFiles(content: LoadedContent): Problem[] {
  const { sourceLocale } = content;
  const sourceFiles = content.files.get(sourceLocale) ?? [];
  return content.locales.flatMap((locale) => {
    if (locale === sourceLocale) return [];
    const mine = new Set(content.files.get(locale) ?? []);
    return sourceFiles
      .filter((name) => !mine.has(name))
      .map(
        (name): Problem => ({
          file: `content/${locale}/${name}`,
          message: `the file is missing, so the site shows content/${sourceLocale}/${name} in its place, untranslated.`,
          fix: `copy content/${sourceLocale}/${name} to content/${locale}/${name} and translate it (or translate it in a CAT tool: npm run i18n:export -- ${locale}, then npm run i18n:import).`,
        }),
      );
  });
}

const WORDS: Record<Block['kind'], string> = { heading: 'heading', paragraph: 'paragraph', item: 'list item' };

/**
 * Blocks identical to the source's, and source blocks with no counterpart when the translation has fewer;
 * those from the line `tailFrom` of the source on (the part the translation has not reached) are left to
 * the warning about that part.
 */
export function blockWarnings(
  file: string,
  blocks: Block[],
  sourceFile: string,
  sourceBlocks: Block[],
  tailFrom = Number.POSITIVE_INFINITY,
): Problem[] {
  const warnings: Problem[] = [];
  for (const block of blocks) {
    const twin = sourceBlocks.find((s) => s.kind === block.kind && same(block.text, s.text));
    if (twin) {
      warnings.push({
        file,
        line: block.line,
        message: `this ${WORDS[block.kind]} is the same as ${sourceFile}:${twin.line}, still in the source language.`,
        fix: 'translate it.',
      });
    }
  }
  for (const missing of unmatched(sourceBlocks, blocks).filter((b) => b.line < tailFrom)) {
    const words = plain(missing.text).split(' ').slice(0, 8).join(' ');
    const before = blocks.filter((b) => b.line < (missing.mappedLine ?? Infinity)).at(-1);
    warnings.push({
      file,
      line: before?.line ?? 1,
      message: `a ${WORDS[missing.kind]} is missing${before ? ' after this line' : ''}: ${sourceFile}:${missing.line} (“${words}…”) has no counterpart here.`,
      fix: `translate it and put it in its place (${sourceBlocks.filter((b) => b.kind === missing.kind).length} in the source, ${blocks.filter((b) => b.kind === missing.kind).length} here).`,
    });
  }
  return warnings;
}

/**
 * The source blocks a translation lacks: the blocks are aligned in order by kind and tags (a longest
 * common subsequence), and of each kind the translation has fewer of, that many unaligned source
 * blocks are reported, each with the line of the translation's block it would follow.
 */
function unmatched(source: Block[], translation: Block[]): (Block & { mappedLine?: number | undefined })[] {
  const key = (b: Block) => `${b.kind === 'item' ? 'paragraph' : b.kind}|${signature(b.text)}`;
  const n = source.length;
  const m = translation.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      const next = table[i + 1] as number[];
      row[j] =
        key(source[i] as Block) === key(translation[j] as Block)
          ? (next[j + 1] ?? 0) + 1
          : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lost: (Block & { mappedLine?: number | undefined })[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    const s = source[i] as Block;
    if (j < m && key(s) === key(translation[j] as Block)) {
      i++;
      j++;
    } else if (j < m && (table[i + 1]?.[j] ?? 0) < (table[i]?.[j + 1] ?? 0)) j++;
    else {
      lost.push({ ...s, mappedLine: translation[j]?.line });
      i++;
    }
  }
  const deficit = (kind: string) =>
    source.filter((b) => key(b).startsWith(`${kind}|`)).length -
    translation.filter((b) => key(b).startsWith(`${kind}|`)).length;
  const budget = new Map([
    ['heading', deficit('heading')],
    ['paragraph', deficit('paragraph')],
  ]);
  return lost.filter((b) => {
    const kind = b.kind === 'item' ? 'paragraph' : b.kind;
    const left = budget.get(kind) ?? 0;
    budget.set(kind, left - 1);
    return left > 0;
  });
}
