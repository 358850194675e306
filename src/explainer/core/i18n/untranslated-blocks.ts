/**
 * What a translation still has in the source language, block by block and entry by entry, for the pages
 * (which mark it) and the translation status (which counts it). Pure functions over loaded texts.
 */
import { parse } from 'yaml';
import { entriesOf, isText } from './entries.ts';
import { mdxBlocks, type Block } from './mdx-blocks.ts';
import { missingPart } from './missing-part.ts';
import { plainSet, plainText, sourceShare, type SourceShare } from './source-language.ts';

export interface Languages {
  /** The source language's code, e.g. "it". */
  source: string;
  /** The translation's code, e.g. "fr". */
  target: string;
}

/**
 * The blocks of a translated MDX page (headings, paragraphs, list items) that are still in the source
 * language; a frontmatter, if there, is left out, its lines kept.
 */
export function untranslatedBlocks(body: string, sourceBody: string, langs: Languages): (Block & SourceShare)[] {
  const sourceTexts = plainSet(mdxBlocks(blankFrontmatter(sourceBody)).map((b) => b.text));
  return mdxBlocks(blankFrontmatter(body)).flatMap((block) => {
    const share = sourceShare(block.text, langs.source, langs.target, sourceTexts);
    return share.untranslated ? [{ ...block, ...share }] : [];
  });
}

/** The strings a reader reads in a list entry's data, by field. */
export function entryTexts(data: Record<string, unknown>, codes: ReadonlySet<string>): [string, string][] {
  return Object.entries(data).filter(
    (e): e is [string, string] => !codes.has(e[0]) && typeof e[1] === 'string' && isText(plainText(e[1])),
  );
}

/** The fields of a translated list entry still in the source language (identical to the source's, or read as it). */
export function untranslatedFields(
  entry: Record<string, unknown>,
  sourceEntry: Record<string, unknown> | undefined,
  codes: ReadonlySet<string>,
  langs: Languages,
): string[] {
  return entryTexts(entry, codes).flatMap(([field, text]) => {
    const theirs = sourceEntry?.[field];
    const sourceTexts = plainSet(typeof theirs === 'string' ? [theirs] : []);
    return sourceShare(text, langs.source, langs.target, sourceTexts).untranslated ? [field] : [];
  });
}

export interface UntranslatedTally {
  /** What is counted: the blocks of a page, the entries of a list, the strings of the interface. */
  unit: 'blocks' | 'entries' | 'strings';
  /** How many there are in the translation. */
  total: number;
  /** Those still in the source language: "paragraph at line 16", an entry's id, a string's key. */
  items: string[];
}

const CODE_FIELDS = new Set(['id', 'figure', 'figures', 'sources', 'verdict', 'date', 'kind', 'intl']);

/**
 * What of a translated file is still in the source language, from the two files' texts: for an `.mdx`
 * page its blocks, for a YAML list its entries (any text field), for `ui.yaml` its strings.
 */
export function untranslatedTally(file: string, text: string, sourceText: string, langs: Languages): UntranslatedTally {
  if (file.endsWith('.mdx')) {
    const body = blankFrontmatter(text);
    const sourceBody = blankFrontmatter(sourceText);
    const blocks = mdxBlocks(body);
    // The source's part a shorter translation has not reached is published in the source language too.
    const missing = missingPart(body, sourceBody)?.blocks.filter((b) => b.kind !== 'chart') ?? [];
    return {
      unit: 'blocks',
      total: blocks.length + missing.length,
      items: [
        ...untranslatedBlocks(body, sourceBody, langs).map(
          (b) => `${b.kind === 'item' ? 'list item' : b.kind} at line ${b.line}${b.mostly ? '' : ' (in part)'}`,
        ),
        ...missing.map((b) => `${b.kind} at line ${b.line} of the source, not in the translation yet`),
      ],
    };
  }
  const mine = entriesOf(text);
  const theirs = entriesOf(sourceText);
  const isList = Array.isArray(safeParse(text));
  if (!mine || !theirs) return { unit: isList ? 'entries' : 'strings', total: 0, items: [] };
  const items = [...mine].flatMap(([id, fields]) => {
    const source = theirs.get(id);
    const flagged = [...fields].filter(([field, value]) => {
      // A list entry's codes (its id, its figures' and sources' ids) and the interface's locale code are no text.
      const code = isList ? CODE_FIELDS.has(field.split('.')[0] ?? field) : id === 'language.intl';
      if (code) return false;
      const sourceTexts = plainSet(source?.get(field) === undefined ? [] : [source.get(field) ?? '']);
      return sourceShare(value, langs.source, langs.target, sourceTexts).untranslated;
    });
    return flagged.length > 0 ? [id] : [];
  });
  return { unit: isList ? 'entries' : 'strings', total: mine.size, items };
}

function blankFrontmatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (front) => front.replace(/[^\n]/g, ''));
}

function safeParse(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}
