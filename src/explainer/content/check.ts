/**
 * The content check behind `npm run check`: loads every content file and lists every problem a
 * translator or an editor can make, each a `Problem`: the file and line to open, what is wrong, the fix.
 */
import { resolve } from 'node:path';
import { chartIdsOf, chartProblems } from '../core/checks/charts.ts';
import { findReferenceProblems } from '../core/checks/references.ts';
import type { Figure } from '../core/figures.ts';
import { formatFigure } from '../core/format.ts';
import { argumentsOf } from '../core/messages.ts';
import { PROSE_COMPONENTS } from '../core/mdx-tags.ts';
import { type Problem, sortProblems } from '../core/problem.ts';
import { suggest } from '../core/suggest.ts';
import { findTypedNumbers, matchFigure, proseOfMdx, proseOfText, type FigureText } from '../core/typed-numbers.ts';
import { codeFields } from '../core/schemas/common.ts';
import { splitMdx } from '../core/frontmatter.ts';
import { pageCodeProblems } from '../core/checks/kept-codes.ts';
import { codesIn, missingCodes } from '../core/i18n/page-blocks.ts';
import { readText } from './read-text.ts';
import { parseYaml, type YamlDoc } from '../core/yaml-doc.ts';
import type { LoadedContent, Prose } from '../core/schemas/content.ts';
import { DATA_FILE, loadContent, type LoadOptions } from './load.ts';

/** Fields that hold codes, or that the loader adds: not text a translator translates. */
const NOT_TEXT = new Set<string>([...codeFields, 'locale', 'order', 'eventDate', 'published', 'updated']);

/**
 * Every problem of the content, sorted by file and line. A file that cannot be read (YAML syntax, a
 * broken frontmatter) is reported alone: the problems that would follow from it in other files are not.
 */
export function checkContent(options: LoadOptions = {}): {
  problems: Problem[];
  /** Not errors: the part of a page a translation has not reached yet. */
  warnings: Problem[];
  content: LoadedContent;
} {
  const { content, problems } = loadContent(options);
  if (content.unreadable.size > 0)
    return { problems: sortProblems([...content.unreadable.values()]), warnings: [], content };
  if (content.figures.size > 0) {
    problems.push(...findReferenceProblems(content));
  }
  problems.push(...chartProblems(content));
  for (const page of content.pages) problems.push(...tagProblems(page.filePath, page.body ?? ''));
  const typed = typedNumbers(content);
  problems.push(...typed.map((t) => t.problem));
  // A figure replaced by a typed number is reported once, as the typed number that names it.
  const named = new Set(typed.flatMap((t) => t.figures.map((id) => `${t.problem.file} ${id}`)));
  problems.push(...pageDateProblems(content));
  const dropped = droppedCodeProblems(content, (file, id) => named.has(`${file} ${id}`));
  problems.push(...dropped.errors);
  return { problems: sortProblems(problems), warnings: dropped.warnings, content };
}

/** Component tags must be written exactly: `<Fig id="…" />`, `<Chart id="…" />`, `<Term id="…">…</Term>`. */
export function tagProblems(file: string, body: string): Problem[] {
  const problems: Problem[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const known = PROSE_COMPONENTS as readonly string[];
  for (const m of body.matchAll(/<\/?([A-Za-z][\w.]*)([^<>\n]*?)(\/?>|(?=[<\n])|$)/g)) {
    const [tag, name = '', attributes = '', end] = m;
    const where = { file, line: lineAt(m.index) };
    const isComponent = known.includes(name);
    const looksLike = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!isComponent && looksLike) {
      problems.push({
        ...where,
        message: `"${tag.trim()}" should be written <${looksLike} …>, with that exact capitalisation.`,
        fix: `write <${looksLike}.`,
      });
      continue;
    }
    if (!isComponent) {
      if (/^[A-Z]/.test(name))
        problems.push({
          ...where,
          message: `<${name}> is not a component the text can use.`,
          fix: `use only ${known.map((k) => `<${k}>`).join(', ')}, as in the source language's file.`,
        });
      continue;
    }
    const example = name === 'Term' ? '<Term id="…">words</Term>' : `<${name} id="…" />`;
    if (!end) {
      problems.push({
        ...where,
        message: `the tag "${tag.trim()}" is not closed on its line.`,
        fix: `write it whole on one line, as ${example}.`,
      });
    } else if (tag.startsWith('</')) {
    } else if (
      !/^(?:\s+[A-Za-z]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*\/?$/.test(attributes + (end === '/>' ? '/' : ''))
    ) {
      problems.push({
        ...where,
        message: `the tag "${tag}" is broken: check the quotes around the id.`,
        fix: `write it as ${example}.`,
      });
    } else if (name !== 'Term' && end !== '/>') {
      problems.push({ ...where, message: `<${name}> must close itself with "/>".`, fix: `write it as ${example}.` });
    } else if (name === 'Chart' && !standsAlone(body, m.index, tag.length)) {
      problems.push({
        ...where,
        message: '<Chart> is inside a sentence, but a chart is a block of its own.',
        fix: `put "${tag.trim()}" on a line of its own, with an empty line before and after it.`,
      });
    } else if (name === 'Term' && end !== '/>') {
      const rest = body.slice(m.index + tag.length);
      const close = rest.indexOf('</Term>');
      const next = rest.search(/<Term\b|\n\s*\n/);
      if (close === -1 || (next !== -1 && next < close)) {
        problems.push({
          ...where,
          message: '<Term> is opened but not closed.',
          fix: `put </Term> after the words it marks, as ${example}.`,
        });
      }
    }
  }
  return problems;
}

/** Whether the tag at `index` is alone on its line, between empty lines (or the start or end of the text). */
function standsAlone(body: string, index: number, length: number): boolean {
  const start = body.lastIndexOf('\n', index - 1) + 1;
  const endAt = body.indexOf('\n', index + length);
  const end = endAt === -1 ? body.length : endAt;
  if (body.slice(start, end).trim() !== body.slice(index, index + length).trim()) return false;
  const before = body.slice(0, start).replace(/\n$/, '');
  const previous = before.slice(before.lastIndexOf('\n') + 1);
  const after = end === body.length ? '' : body.slice(end + 1);
  const next = after.slice(0, after.indexOf('\n') === -1 ? undefined : after.indexOf('\n'));
  return previous.trim() === '' && next.trim() === '';
}

/**
 * Codes the source text has and its translation lost, field by field: a `<Fig … />`, `<Chart … />` or
 * `<Term …>` of a paragraph, a `{fig:…}` or `{placeholder}` of a list entry's field. An id the translation
 * misspelt is reported as unknown already, so it is not reported again. A page's blocks that the
 * translation has not reached yet are warnings (see kept-codes.ts).
 */
export function droppedCodeProblems(
  content: LoadedContent,
  reported: (file: string, id: string) => boolean = () => false,
): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const terms = (content.lists['glossary'] ?? []).map((e) => e.id.slice(String(e.data['locale']).length + 1));
  const known = new Set([...content.figures.keys(), ...chartIdsOf(content), ...terms]);
  const idOf = (code: string) =>
    /id="([^"]*)"|\{fig:([^{}]*)\}/
      .exec(code)
      ?.slice(1)
      .find((x) => x !== undefined);
  /** Whether the translation misspelt this code (reported as unknown), or replaced it by a typed number. */
  const excused = (file: string, translation: readonly string[]) => (code: string) => {
    const id = idOf(code);
    if (id === undefined) return false;
    if (reported(file, id)) return true;
    const misspelt = translation.map(idOf).filter((t): t is string => t !== undefined && !known.has(t));
    return misspelt.some((m) => suggest(m, [id]) === id);
  };
  const docs = new Map<string, YamlDoc | undefined>();
  const docOf = (file: string, page: boolean) => {
    if (!docs.has(file)) {
      const read = readText(resolve(content.root, file), file);
      docs.set(
        file,
        read.problem !== undefined
          ? undefined
          : page
            ? splitMdx(read.text, file).frontmatter
            : parseYaml(read.text, file),
      );
    }
    return docs.get(file);
  };
  const fieldProblems = (
    entry: { file: string; line: number; path: (string | number)[]; page: boolean; label: string },
    source: { file: string; line: number; data: Record<string, unknown> },
    data: Record<string, unknown>,
  ) => {
    const mine = new Map(textLeaves(data));
    for (const [path, text] of textLeaves(source.data)) {
      const translated = mine.get(path);
      if (translated === undefined) continue;
      const lost = missingCodes(codesIn(text), codesIn(translated)).filter(
        (code) => !excused(entry.file, codesIn(translated))(code),
      );
      if (lost.length === 0) continue;
      const line = docOf(entry.file, entry.page)?.lineOf([...entry.path, ...path.split('.')]) ?? entry.line;
      const them = lost.length === 1 ? 'it' : 'them';
      errors.push({
        file: entry.file,
        line,
        message: `${lost.join(' ')} ${lost.length === 1 ? 'is' : 'are'} missing from "${path}"${entry.label}: ${source.file}:${source.line} has ${them} in the same field.`,
        fix: `put ${them} back in the translated "${path}", written exactly so (another field having it does not show it here).`,
      });
    }
  };

  const sourcePages = content.pages.filter((p) => p.id.startsWith(`${content.sourceLocale}/`));
  for (const page of content.pages) {
    const [locale = '', name = ''] = page.id.split('/');
    const source = sourcePages.find((p) => p.id === `${content.sourceLocale}/${name}`);
    if (locale === content.sourceLocale || !source) continue;
    fieldProblems(
      { file: page.filePath, line: 1, path: [], page: true, label: '' },
      { file: source.filePath, line: docOf(source.filePath, true)?.lineOf(['title']) ?? 1, data: source.data },
      page.data,
    );
    const codes = pageCodeProblems(
      page.filePath,
      page.body ?? '',
      source.filePath,
      source.body ?? '',
      excused(page.filePath, codesIn(page.body ?? '')),
    );
    errors.push(...codes.errors);
    warnings.push(...codes.warnings);
  }
  for (const entries of Object.values(content.lists)) {
    for (const entry of entries) {
      const locale = String(entry.data['locale']);
      const plain = entry.id.slice(locale.length + 1);
      const source = entries.find((e) => e.id === `${content.sourceLocale}/${plain}`);
      if (locale === content.sourceLocale || !source) continue;
      fieldProblems(
        {
          file: entry.filePath,
          line: entry.line,
          path: [Number(entry.data['order'])],
          page: false,
          label: ` of "${plain}"`,
        },
        { file: source.filePath, line: source.line, data: source.data },
        entry.data,
      );
    }
  }
  return { errors, warnings };
}

/** The text fields of an entry, by dotted path ("table.columns.0"), leaving out codes and what the loader adds. */
function textLeaves(data: unknown, prefix = ''): [string, string][] {
  if (typeof data === 'string') return [[prefix, data]];
  if (!data || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    !prefix && NOT_TEXT.has(key) ? [] : textLeaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

const DATE_FIELDS = ['eventDate', 'published', 'updated'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A page's dates are codes: written YYYY-MM-DD (a date in words, "2 June 2020", would be read by the
 * schema but differently by each browser), and a translation keeps the source's `eventDate`, the date of
 * the news (its own `published` and `updated` are its own).
 */
export function pageDateProblems(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const raw = (file: string) => {
    const read = readText(resolve(content.root, file), file);
    const doc = read.text === undefined ? undefined : splitMdx(read.text, file).frontmatter;
    return doc && !doc.problem ? doc : undefined;
  };
  for (const page of content.pages) {
    const [locale = '', name = ''] = page.id.split('/');
    const doc = raw(page.filePath);
    const data = (doc?.data ?? {}) as Record<string, unknown>;
    const source = locale === content.sourceLocale ? undefined : `content/${content.sourceLocale}/${name}.mdx`;
    const sourceDoc = source ? raw(source) : undefined;
    for (const field of DATE_FIELDS) {
      const value = data[field];
      // Not a date at all: the schema reported it.
      if (!doc || value === undefined || !(page.data[field] instanceof Date)) continue;
      const written = String(value);
      const theirs = (sourceDoc?.data as Record<string, unknown> | undefined)?.[field];
      const where = { file: page.filePath, line: doc.lineOf([field]) };
      if (!ISO.test(written)) {
        problems.push({
          ...where,
          message: `"${field}: ${written}" is a date in words; dates are not translated, and the site writes them in each language's words.`,
          fix: `write it YYYY-MM-DD${field === 'eventDate' && theirs !== undefined ? `, as ${source}:${sourceDoc?.lineOf([field])} has it: "${field}: ${String(theirs)}"` : ' (e.g. 2020-06-02)'}.`,
        });
      } else if (field === 'eventDate' && source && theirs !== undefined && String(theirs) !== written) {
        problems.push({
          ...where,
          message: `"eventDate: ${written}" differs from ${source}:${sourceDoc?.lineOf([field])}, "eventDate: ${String(theirs)}": the date of the news is the same in every language.`,
          fix: `write "eventDate: ${String(theirs)}", YYYY-MM-DD, as in the source.`,
        });
      }
    }
  }
  return problems;
}

/** Numbers typed into prose; when a figure shows the same number, or a close one, the message names it. */
function typedNumbers(content: LoadedContent): { problem: Problem; figures: string[] }[] {
  const settings = new Map<string, { intl: string; figures: FigureText[] } | undefined>();
  const textsFor = (locale: string) => {
    if (!settings.has(locale)) settings.set(locale, formatSettings(content, locale));
    return settings.get(locale);
  };
  // Dates in the source language's words may stay in a translation ("22 aprile" quoted in French).
  const sourceIntl = textsFor(content.sourceLocale)?.intl;
  return content.prose.flatMap((prose) => {
    const format = textsFor(prose.locale);
    const intl = format?.intl ?? prose.locale;
    const text = prose.mdx ? proseOfMdx(prose.text) : proseOfText(prose.text);
    return findTypedNumbers(text, intl, sourceIntl ? [sourceIntl] : [], content.settings?.names).map((typed) => {
      const line = prose.line + (text.slice(0, typed.index).match(/\n/g)?.length ?? 0);
      if (typed.date !== undefined || /^\d{4}-/.test(typed.text)) {
        return { problem: { file: prose.file, line, ...digitDate(typed.text, typed.date, intl) }, figures: [] };
      }
      const match = format ? matchFigure(text, typed, format.figures, intl) : { kind: 'none' as const };
      const figures =
        match.kind === 'same' ? match.figures.map((f) => f.id) : match.kind === 'close' ? [match.figure.id] : [];
      return { problem: { file: prose.file, line, ...typedNumber(typed.text, match, prose) }, figures };
    });
  });
}

/**
 * How a locale writes numbers and units, read leniently from its ui.yaml (so that a single broken
 * string does not change how the rest of the file is read), else from the source language's.
 */
function formatSettings(content: LoadedContent, locale: string): { intl: string; figures: FigureText[] } | undefined {
  const source = content.ui.get(content.sourceLocale)?.data;
  const raw = (content.ui.get(locale)?.doc.data ?? {}) as {
    language?: { intl?: unknown };
    units?: Record<string, unknown>;
  };
  let intl = typeof raw.language?.intl === 'string' ? raw.language.intl : source?.language.intl;
  try {
    if (intl !== undefined) new Intl.NumberFormat(intl);
  } catch {
    intl = source?.language.intl;
  }
  if (intl === undefined || !source) return undefined;
  const own = Object.entries(raw.units ?? {}).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && usesN(e[1]),
  );
  const units = { ...source.units, ...Object.fromEntries(own) };
  const lang = intl;
  // Plain spaces, as a translator types them, in what is matched and in the messages.
  const text = (f: Figure) => formatFigure(f, lang, units).replace(/[\u00A0\u202F]/g, ' ');
  return { intl, figures: [...content.figures.values()].map((f) => ({ id: f.id, text: text(f) })) };
}

function usesN(pattern: string): boolean {
  try {
    return argumentsOf(pattern).includes('n');
  } catch {
    return false;
  }
}

/** A problem without its place: what is wrong, and the fix. */
type Finding = Pick<Problem, 'message' | 'fix'>;

/** What is wrong with a date typed in digits, and the fix. */
function digitDate(typed: string, iso: string | undefined, intl: string): Finding {
  const example = new Intl.DateTimeFormat(intl, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso ?? '2020-06-02'));
  return {
    message: `the date "${typed}" is written in digits.`,
    fix: `write the month in words, as "${example}"${iso ? '' : ' (this is how a date is written, not the date you meant)'}; dates in digits are read differently in each country.`,
  };
}

/** What is wrong with a number typed into the text, naming the figure it likely is, and the fix. */
function typedNumber(typed: string, match: ReturnType<typeof matchFigure>, prose: Prose): Finding {
  const tag = (id: string) => (prose.mdx ? `<Fig id="${id}" />` : `{fig:${id}}`);
  const start = `the number "${typed}" is typed into the text`;
  switch (match.kind) {
    case 'same': {
      const [first] = match.figures;
      if (!match.inContext) {
        const options = match.figures.map((f) => `${tag(f.id)} (${f.text})`).join(' or ');
        return {
          message: `${start}.`,
          fix: `if it means ${options}, write that instead; if it is not a quantity from the data, write it in words.`,
        };
      }
      if (match.figures.length === 1 && first) {
        return {
          message: `${start}; it is the figure "${first.id}" (${first.text}).`,
          fix: `replace "${typed}" and its unit with ${tag(first.id)}, which shows that figure from ${DATA_FILE}.`,
        };
      }
      return {
        message: `${start}; figures ${match.figures.map((f) => `"${f.id}" (${f.text})`).join(', ')} show that number.`,
        fix: `replace "${typed}" and its unit with ${match.figures.map((f) => tag(f.id)).join(' or ')}, whichever the sentence means.`,
      };
    }
    case 'close':
      return {
        message: `${start}, and it disagrees with the data: the nearest figure, "${match.figure.id}", is ${match.figure.text}.`,
        fix: `replace "${typed}" and its unit with ${tag(match.figure.id)}, which always shows the value in ${DATA_FILE}.`,
      };
    case 'none':
      return {
        message: `${start}.`,
        fix:
          'if it is a count, a duration or a rank rather than a figure from the data, write it in words; ' +
          `if it is a figure, replace it and its unit with ${tag('…')}, with the figure's id from ${DATA_FILE}.`,
      };
  }
}
