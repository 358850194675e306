/**
 * The translatable strings of a language as XLIFF 2 units, and the way back: translated units written
 * into a content file, with everything around the text (YAML comments, layout, MDX structure) kept as it
 * is. Pure functions over file texts; the `xliff` package reads and writes the XML.
 *
 * Component tags and placeholders are protected inline codes: `<Fig id="…" />` and `{fig:…}`, `{n}`, `{date}`…
 * are `<ph>` (standalone), `<Term id="…">words</Term>` is a `<pc>` around words that are translated. Each
 * code's original text is its `disp`; on import it is taken from the source text by the code's id, so a
 * code cannot be altered in a CAT tool, only moved.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { mdxBlocks, type Block } from '../../core/i18n/mdx-blocks.ts';

/** A piece of a segment: text, or an inline code. */
export type Piece = string | InlineCode;
export type InlineCode =
  | { Standalone: { id: string; disp: string; equiv: string; canCopy: 'no'; canDelete: 'no' } }
  | {
      GenericSpan: {
        id: string;
        dispStart: string;
        dispEnd: string;
        canCopy: 'no';
        canDelete: 'no';
        contents: Piece[] | string;
      };
    };

export interface Unit {
  /** Unique in its file: `nav.toc`, `revenue/definition`, `frontmatter/title`, `block/12`. */
  id: string;
  source: Piece[];
  target?: Piece[] | undefined;
  note: string;
}

/** Fields of list entries that hold ids, dates or codes rather than text a reader reads. */
const NOT_TEXT = new Set(['id', 'locale', 'order', 'figure', 'figures', 'sources', 'verdict', 'date', 'kind', 'intl']);
const ICU = /\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,/;

const CODE = /<Fig\b[^<>]*\/>|<Chart\b[^<>]*\/>|<Term\b[^<>]*>|<\/Term>|\{fig:[^{}]*\}|\{[A-Za-z]+\}/g;

/**
 * Splits a text into text pieces and protected codes, numbering the codes 1, 2, 3… An ICU pattern
 * ("{n, plural, one {…} other {…}}"), or the translation of one (`plain`), stays text: CAT tools that
 * know ICU show its forms, and its braces are the syntax a translator edits.
 */
export function toPieces(text: string, plain = false): Piece[] {
  if (plain || ICU.test(text)) return [text];
  const out: Piece[] = [];
  const stack: { open: string; id: string; pieces: Piece[] }[] = [];
  let count = 0;
  let last = 0;
  const push = (piece: Piece) => (stack.at(-1)?.pieces ?? out).push(piece);
  for (const m of text.matchAll(CODE)) {
    if (m.index > last) push(text.slice(last, m.index));
    last = m.index + m[0].length;
    const code = m[0];
    if (code.startsWith('<Term')) stack.push({ open: code, id: String(++count), pieces: [] });
    else if (code === '</Term>' && stack.length > 0) {
      const span = stack.pop();
      if (span)
        push({
          GenericSpan: {
            id: span.id,
            dispStart: span.open,
            dispEnd: code,
            canCopy: 'no',
            canDelete: 'no',
            contents: span.pieces,
          },
        });
    } else push({ Standalone: { id: String(++count), disp: code, equiv: '', canCopy: 'no', canDelete: 'no' } });
  }
  if (last < text.length) push(text.slice(last));
  // An unclosed <Term>: its words stay text after the code.
  for (const span of stack.reverse())
    out.push(
      { Standalone: { id: span.id, disp: span.open, equiv: '', canCopy: 'no', canDelete: 'no' } },
      ...span.pieces,
    );
  return out;
}

/** An inline code as read back from XLIFF, whichever element type the reader gave it (pc reads as Span). */
interface ReadCode {
  id?: string;
  disp?: string;
  dispStart?: string;
  dispEnd?: string;
  contents?: Piece[] | Piece;
}

/** A segment or a code's contents as the reader gives them: a string, one piece, or a list. */
export function asPieces(value: unknown): Piece[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value as Piece[];
  return [value as Piece];
}

function readCode(piece: Exclude<Piece, string>): ReadCode {
  const [value] = Object.values(piece) as ReadCode[];
  return value ?? {};
}

/**
 * Gives a translation's codes the ids of the same codes in the source (the same tag, in whatever order the
 * translation puts them), so that each code is written back as itself; a code the source lacks gets a new id.
 */
export function matchCodes(target: Piece[], source: Piece[]): Piece[] {
  const free = [...codesOf(source)].map(([id, code]) => ({ id, text: code.disp ?? code.dispStart ?? '' }));
  let extra = 0;
  const walk = (pieces: Piece[]): Piece[] =>
    pieces.map((piece): Piece => {
      if (typeof piece === 'string') return piece;
      const code = readCode(piece);
      const text = code.disp ?? code.dispStart ?? '';
      const at = free.findIndex((f) => f.text === text);
      const id = at === -1 ? `x${++extra}` : (free.splice(at, 1)[0]?.id ?? `x${++extra}`);
      if ('Standalone' in piece) return { Standalone: { ...piece.Standalone, id } };
      return { GenericSpan: { ...piece.GenericSpan, id, contents: walk(asPieces(piece.GenericSpan.contents)) } };
    });
  return walk(target);
}

/** The codes of a source segment by id: what each one stands for. */
export function codesOf(
  pieces: Piece[] | Piece | undefined,
  into = new Map<string, ReadCode>(),
): Map<string, ReadCode> {
  for (const piece of asPieces(pieces)) {
    if (typeof piece === 'string') continue;
    const code = readCode(piece);
    into.set(String(code.id), code);
    if (code.contents !== undefined) codesOf(code.contents, into);
  }
  return into;
}

/**
 * Joins translated pieces back into text, each code written as the source's code of the same id.
 * Throws when a code is not one of the source's, naming it.
 */
export function fromPieces(pieces: Piece[] | Piece | undefined, codes: Map<string, ReadCode>): string {
  return asPieces(pieces)
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      const code = readCode(piece);
      const original = codes.get(String(code.id));
      if (!original) throw new Error(`the inline code with id="${code.id}" is not in the source text`);
      if (original.dispStart === undefined) return original.disp ?? '';
      return `${original.dispStart}${fromPieces(code.contents ?? [], codes)}${original.dispEnd ?? ''}`;
    })
    .join('');
}

/**
 * The pieces as the `xliff` writer needs them: it writes attribute values as they are, so the `<`, `>`
 * and `&` of a code's original text are escaped here (the reader unescapes them).
 */
export function escapeCodes(pieces: Piece[]): Piece[] {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return pieces.map((piece): Piece => {
    if (typeof piece === 'string') return piece;
    if ('Standalone' in piece) return { Standalone: { ...piece.Standalone, disp: esc(piece.Standalone.disp) } };
    const span = piece.GenericSpan;
    return {
      GenericSpan: {
        ...span,
        dispStart: esc(span.dispStart),
        dispEnd: esc(span.dispEnd),
        contents: escapeCodes(asPieces(span.contents)),
      },
    };
  });
}

/** The text of a segment, for comparing: its codes written out. */
export function plainText(pieces: Piece[] | Piece | undefined): string {
  return fromPieces(pieces, codesOf(pieces));
}

function describeCodes(text: string): string {
  const kinds: string[] = [];
  if (/<Fig\b|\{fig:/.test(text))
    kinds.push(
      'a figure code (<Fig id="…" /> or {fig:…}) shows a number from content/data/figures.yaml in the reader’s language: keep it, move it where the sentence needs it',
    );
  if (/<Term\b/.test(text))
    kinds.push('a <Term> code marks the words it encloses as a glossary link: translate the words inside it');
  if (ICU.test(text))
    kinds.push(
      'this is an ICU MessageFormat pattern: translate only the words inside one {…}, other {…} (add the forms your language needs: few {…}, many {…}); # is the number',
    );
  else if (/\{[A-Za-z]+\}/.test(text))
    kinds.push(
      `placeholders: ${[...new Set(text.match(/\{[A-Za-z]+\}/g))].join(' ')} ({n} a number, {date} a date, {language} and {source} language names, {label} and {value} a chart’s)`,
    );
  return kinds.length > 0 ? ` ${kinds.join('; ')}.` : '';
}

/** A YAML string with its path: `["nav", "toc"]` or, in a list, the entry's id then the field's path. */
interface YamlString {
  key: string;
  path: (string | number)[];
  value: string;
}

/** The translatable strings of a YAML content file, keyed by dotted path (entries by id). */
export function yamlStrings(text: string): YamlString[] | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const out: YamlString[] = [];
  const walk = (node: unknown, path: (string | number)[], key: string[]) => {
    if (isScalar(node)) {
      const field = path.findLast((p): p is string => typeof p === 'string');
      if (typeof node.value !== 'string' || (field !== undefined && NOT_TEXT.has(field))) return;
      out.push({ key: key.join('.'), path, value: node.value });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        walk(pair.value, [...path, k], [...key, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const id = isMap(item) ? item.get('id') : undefined;
        walk(item, [...path, i], [...key, typeof id === 'string' ? `${id}/` : `${i}/`]);
      });
    }
  };
  walk(doc.contents, [], []);
  return out.map((s) => ({ ...s, key: s.key.replace(/\/\./g, '/') }));
}

/** Units of a YAML file: every translatable string, with the translation's text where there is one. */
export function yamlUnits(file: string, sourceText: string, targetText: string | undefined): Unit[] {
  const sources = yamlStrings(sourceText) ?? [];
  const targets = new Map(
    (targetText === undefined ? [] : (yamlStrings(targetText) ?? [])).map((s) => [s.key, s.value]),
  );
  return sources.map((s) => {
    const target = targets.get(s.key);
    return {
      id: s.key,
      source: toPieces(s.value),
      target: target === undefined ? undefined : matchCodes(toPieces(target, ICU.test(s.value)), toPieces(s.value)),
      note: `${file}, field “${s.key}”.${describeCodes(s.value)}`,
    };
  });
}

/** Units of an MDX page: the frontmatter's title and description, then each heading, paragraph and item. */
export function mdxUnits(file: string, sourceText: string, targetText: string | undefined): Unit[] {
  const source = splitPage(sourceText);
  const target = targetText === undefined ? undefined : splitPage(targetText);
  const aligned = target && sameShape(source.blocks, target.blocks);
  const units: Unit[] = [];
  for (const s of yamlStrings(source.frontmatter) ?? []) {
    if (/^\d{4}-\d{2}/.test(s.value)) continue;
    const t = target && (yamlStrings(target.frontmatter) ?? []).find((x) => x.key === s.key);
    units.push({
      id: `frontmatter/${s.key}`,
      source: toPieces(s.value),
      target: t ? toPieces(t.value) : undefined,
      note: `${file}, frontmatter field “${s.key}”.`,
    });
  }
  source.blocks.forEach((block, i) => {
    const t = aligned ? target.blocks[i] : undefined;
    units.push({
      id: `block/${i + 1}`,
      source: toPieces(block.text),
      target: t ? matchCodes(toPieces(t.text), toPieces(block.text)) : undefined,
      note: `${file}, line ${block.line}: a ${block.kind === 'item' ? 'list item' : block.kind}.${describeCodes(block.text)}`,
    });
  });
  return units;
}

function splitPage(text: string): {
  frontmatter: string;
  frontmatterStart: number;
  blocks: Block[];
  bodyStart: number;
} {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const frontmatter = m?.[1] ?? '';
  const bodyStart = m ? m[0].length : 0;
  const blocks = mdxBlocks(text.slice(bodyStart)).map((b) => ({
    ...b,
    offset: b.offset + bodyStart,
    line: b.line + text.slice(0, bodyStart).split('\n').length - 1,
  }));
  return { frontmatter, frontmatterStart: m ? m[0].indexOf(frontmatter) : 0, blocks, bodyStart };
}

function sameShape(a: Block[], b: Block[]): boolean {
  return a.length === b.length && a.every((block, i) => block.kind === b[i]?.kind);
}

/** An edit to a text: replace [start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  return edits
    .toSorted((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
}

/** Edits that set the strings of a YAML text at `keys` to new values, each node rewritten in place. */
function yamlEdits(text: string, values: Map<string, string>, offset = 0): Edit[] {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const strings = yamlStrings(text) ?? [];
  const edits: Edit[] = [];
  for (const s of strings) {
    const value = values.get(s.key);
    if (value === undefined || value === s.value) continue;
    const node = doc.getIn(s.path, true) as Node | undefined;
    if (!node?.range) continue;
    // A block scalar's range takes in the line break after it, which stays.
    const end = node.range[0] + text.slice(node.range[0], node.range[1]).trimEnd().length;
    edits.push({ start: node.range[0] + offset, end: end + offset, text: JSON.stringify(value) });
  }
  return edits;
}

/**
 * Writes translated units into a YAML file's text: `base` is the translation as it is, or the source file
 * for a new translation. Strings with no translated unit keep their text; nothing else changes.
 */
export function applyYaml(base: string, translations: Map<string, string>): string {
  return applyEdits(base, yamlEdits(base, translations));
}

/**
 * Writes translated units into an MDX page: `base` is the translation as it is when its blocks match the
 * source's one for one, else the source page (then untranslated blocks keep the source's text).
 */
export function applyMdx(base: string, translations: Map<string, string>): string {
  const page = splitPage(base);
  const front = new Map(
    [...translations]
      .filter(([k]) => k.startsWith('frontmatter/'))
      .map(([k, v]) => [k.slice('frontmatter/'.length), v]),
  );
  const edits = yamlEdits(page.frontmatter, front, page.frontmatterStart);
  page.blocks.forEach((block, i) => {
    const text = translations.get(`block/${i + 1}`);
    if (text !== undefined && text !== block.text)
      edits.push({ start: block.offset, end: block.offset + block.length, text });
  });
  return applyEdits(base, edits);
}

/** Whether a translation's MDX page can take the source's units one for one (same blocks, same kinds). */
export function mdxMatchesSource(text: string, sourceText: string): boolean {
  return sameShape(splitPage(text).blocks, splitPage(sourceText).blocks);
}

/**
 * A unit or file id as XLIFF wants it, an NMTOKEN (letters, digits, `.`, `-`, `_`, `:`), and back: "/"
 * becomes ":", and any other character outside letters, digits, "." and "-" (":" and "_" included) is
 * written `_HEX_`. `revenue/definition` → `revenue:definition`; reversed by `fromXliffId`.
 */
export function toXliffId(id: string): string {
  return [...id]
    .map((c) =>
      c === '/' ? ':' : /[A-Za-z0-9.-]/.test(c) ? c : `_${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}_`,
    )
    .join('');
}

/** The project's id of an XLIFF unit or file id (an id written before the mapping is returned as it is). */
export function fromXliffId(id: string): string {
  return id
    .replace(/:/g, '/')
    .replace(/_([0-9A-F]+)_/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

/**
 * A unit's XLIFF state: `initial` while it has no target, or the target is still the source text (a copy
 * that a CAT tool must not take for a finished translation), `translated` otherwise.
 */
export function unitState(unit: Pick<Unit, 'source' | 'target'>): 'initial' | 'translated' {
  if (unit.target === undefined) return 'initial';
  const target = plainText(unit.target).trim();
  return target === '' || target === plainText(unit.source).trim() ? 'initial' : 'translated';
}

/**
 * Adds each unit's `state` to the `<segment>` of an XLIFF 2 text as the `xliff` writer wrote it (it writes
 * no segment attributes): `states` by file id, then unit id, both as written in the XML.
 */
export function withStates(xml: string, states: Map<string, Map<string, string>>): string {
  return xml.replace(/<file id="([^"]*)">([\s\S]*?)<\/file>/g, (file, fileId: string, body: string) => {
    const units = states.get(fileId);
    if (!units) return file;
    const marked = body.replace(
      /(<unit id="([^"]*)"[^>]*>[\s\S]*?)<segment>/g,
      (all, before: string, unitId: string) =>
        units.has(unitId) ? `${before}<segment state="${units.get(unitId)}">` : all,
    );
    return `<file id="${fileId}">${marked}</file>`;
  });
}

/** The XLIFF 2 segment states, from unfinished to approved. */
export const STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type State = (typeof STATES)[number];

/**
 * Whether the import writes a unit in `state` into content/: a unit the CAT tool marks `translated`,
 * `reviewed` or `final` is written; an `initial` one (not finished there: an empty target, a copy of the
 * source, a machine-translation draft not yet confirmed) is left out and counted, since writing it would
 * publish a draft as a translation. A segment without `state` is `initial`, as XLIFF 2 defines it.
 */
export function importsState(state: State): boolean {
  return state !== 'initial';
}

/**
 * The `state` of each unit's segment in an XLIFF 2 text, by file id, then unit id, as written in the XML
 * (the `xliff` reader drops them); a segment without one is `initial` (XLIFF 2's default), and a value that
 * is not a state of XLIFF 2 is given as it is, for the import to refuse. A unit's first segment counts.
 */
export function segmentStates(xml: string): Map<string, Map<string, string>> {
  const states = new Map<string, Map<string, string>>();
  for (const [, fileId = '', body = ''] of xml.matchAll(/<file\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/file>/g)) {
    const units = new Map<string, string>();
    for (const [, unitId = '', unit = ''] of body.matchAll(/<unit\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/unit>/g)) {
      const segment = /<segment\b([^>]*)>/.exec(unit)?.[1] ?? '';
      units.set(unitId, /\bstate="([^"]*)"/.exec(segment)?.[1] ?? 'initial');
    }
    states.set(fileId, units);
  }
  return states;
}

/**
 * The codes of the source that a translation lost or repeated, as "<ph id="1"/> (<Fig id="…" />)": a code
 * may be moved, not deleted or copied, since each stands for a figure, a placeholder or a glossary link.
 */
export function codeChanges(target: Piece[] | Piece | undefined, source: Piece[]): string[] {
  const sourceCodes = codesOf(source);
  const counts = new Map<string, number>();
  const count = (pieces: Piece[] | Piece | undefined) => {
    for (const piece of asPieces(pieces)) {
      if (typeof piece === 'string') continue;
      const code = readCode(piece);
      counts.set(String(code.id), (counts.get(String(code.id)) ?? 0) + 1);
      if (code.contents !== undefined) count(code.contents);
    }
  };
  count(target);
  const name = (id: string, code: ReadCode) =>
    code.dispStart === undefined
      ? `<ph id="${id}"/> (${code.disp})`
      : `<pc id="${id}"> (${code.dispStart}…${code.dispEnd})`;
  return [...sourceCodes].flatMap(([id, code]) => {
    const n = counts.get(id) ?? 0;
    if (n === 0) return [`lost ${name(id, code)}`];
    if (n > 1) return [`repeated ${name(id, code)} ${n} times`];
    return [];
  });
}

/**
 * How a new language writes numbers and dates, from its code: the language with its most likely region
 * (Unicode CLDR likely subtags, `Intl.Locale#maximize`): fr → fr-FR, ja → ja-JP, ar → ar-EG, pt → pt-BR.
 * A code that names its region (pt-PT, fr-CA) keeps it; a script it names (sr-Latn) is kept.
 */
export function intlFor(code: string): string {
  const given = new Intl.Locale(code);
  const likely = given.maximize();
  const region = given.region ?? likely.region;
  return [given.language, given.script, region].filter(Boolean).join('-');
}

/** The name of a language in itself, capitalised as a menu shows it: fr → "Français", ja → "日本語". */
export function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** Sets the string at `path` of a YAML text, leaving everything else as it is. */
export function setYamlString(text: string, path: (string | number)[], value: string): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const node = doc.getIn(path, true) as Node | undefined;
  if (!node?.range) return text;
  const end = node.range[0] + text.slice(node.range[0], node.range[1]).trimEnd().length;
  return applyEdits(text, [{ start: node.range[0], end, text: JSON.stringify(value) }]);
}
