/**
 * The content check behind `npm run check`: loads every content file and lists every problem a
 * translator or an editor can make, each as "file:line: what is wrong. Fix: …".
 */
import { findReferenceProblems } from '../data/references.ts';
import { formatFigure } from '../lib/format.ts';
import { PROSE_COMPONENTS } from '../lib/mdx-tags.ts';
import { findTypedNumbers, matchFigure, proseOfMdx, proseOfText, type FigureText } from '../lib/typed-numbers.ts';
import { DATA_FILE, loadContent, type LoadedContent, type LoadOptions, type Prose } from './load.ts';

export function checkContent(options: LoadOptions = {}): { problems: string[]; content: LoadedContent } {
  const { content, problems } = loadContent(options);
  if (content.figures.size > 0) {
    problems.push(...findReferenceProblems({ figures: content.figures, sources: content.sources, pages: content.pages, lists: content.lists }, content.root));
  }
  for (const page of content.pages) problems.push(...tagProblems(page.filePath, page.body ?? ''));
  problems.push(...typedNumberProblems(content));
  return { problems: sortProblems([...new Set(problems)]), content };
}

/** Component tags must be written exactly: `<Fig id="…" />`, `<Chart id="…" />`, `<Term id="…">…</Term>`. */
export function tagProblems(file: string, body: string): string[] {
  const problems: string[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  const known = PROSE_COMPONENTS as readonly string[];
  for (const m of body.matchAll(/<\/?([A-Za-z][\w.]*)([^<>\n]*?)(\/?>|(?=[<\n])|$)/g)) {
    const [tag, name = '', attributes = '', end] = m;
    const where = `${file}:${lineAt(m.index)}`;
    const isComponent = known.includes(name);
    const looksLike = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!isComponent && looksLike) {
      problems.push(`${where}: "${tag.trim()}" should be written <${looksLike} …>, with that exact capitalisation. Fix: write <${looksLike}.`);
      continue;
    }
    if (!isComponent) {
      if (/^[A-Z]/.test(name)) problems.push(`${where}: <${name}> is not a component the text can use. Fix: use only ${known.map((k) => `<${k}>`).join(', ')}, as in the source language's file.`);
      continue;
    }
    const example = name === 'Term' ? '<Term id="…">words</Term>' : `<${name} id="…" />`;
    if (!end) {
      problems.push(`${where}: the tag "${tag.trim()}" is not closed on its line. Fix: write it whole on one line, as ${example}.`);
    } else if (tag.startsWith('</')) {
      continue;
    } else if (!/^(?:\s+[A-Za-z]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*\/?$/.test(attributes + (end === '/>' ? '/' : ''))) {
      problems.push(`${where}: the tag "${tag}" is broken: check the quotes around the id. Fix: write it as ${example}.`);
    } else if (name !== 'Term' && end !== '/>') {
      problems.push(`${where}: <${name}> must close itself with "/>". Fix: write it as ${example}.`);
    } else if (name === 'Term' && end !== '/>') {
      const rest = body.slice(m.index + tag.length);
      const close = rest.indexOf('</Term>');
      const next = rest.search(/<Term\b|\n\s*\n/);
      if (close === -1 || (next !== -1 && next < close)) {
        problems.push(`${where}: <Term> is opened but not closed. Fix: put </Term> after the words it marks, as ${example}.`);
      }
    }
  }
  return problems;
}

/** Numbers typed into prose; when a figure shows the same number, or a close one, the message names it. */
export function typedNumberProblems(content: LoadedContent): string[] {
  const settings = new Map<string, { intl: string; figures: FigureText[] } | undefined>();
  const textsFor = (locale: string) => {
    if (!settings.has(locale)) settings.set(locale, formatSettings(content, locale));
    return settings.get(locale);
  };
  return content.prose.flatMap((prose) => {
    const format = textsFor(prose.locale);
    const intl = format?.intl ?? prose.locale;
    const text = prose.mdx ? proseOfMdx(prose.text) : proseOfText(prose.text);
    return findTypedNumbers(text, intl).map((typed) => {
      const line = prose.line + (text.slice(0, typed.index).match(/\n/g)?.length ?? 0);
      const match = format ? matchFigure(text, typed, format.figures, intl) : { kind: 'none' as const };
      return typedNumberMessage(`${prose.file}:${line}`, typed.text, match, prose);
    });
  });
}

/**
 * How a locale writes numbers and units, read leniently from its ui.yaml (so that a single broken
 * string does not change how the rest of the file is read), else from the source language's.
 */
function formatSettings(content: LoadedContent, locale: string): { intl: string; figures: FigureText[] } | undefined {
  const source = content.ui.get(content.sourceLocale)?.data;
  const raw = (content.ui.get(locale)?.doc.data ?? {}) as { language?: { intl?: unknown }; units?: Record<string, unknown> };
  let intl = typeof raw.language?.intl === 'string' ? raw.language.intl : source?.language.intl;
  try {
    if (intl !== undefined) new Intl.NumberFormat(intl);
  } catch {
    intl = source?.language.intl;
  }
  if (intl === undefined || !source) return undefined;
  const own = Object.entries(raw.units ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].includes('{n}'));
  const units = { ...source.units, ...Object.fromEntries(own) };
  const lang = intl;
  return { intl, figures: [...content.figures.values()].map((f) => ({ id: f.id, text: formatFigure(f, lang, units) })) };
}

function typedNumberMessage(where: string, typed: string, match: ReturnType<typeof matchFigure>, prose: Prose): string {
  const tag = (id: string) => (prose.mdx ? `<Fig id="${id}" />` : `{fig:${id}}`);
  const start = `${where}: the number "${typed}" is typed into the text`;
  switch (match.kind) {
    case 'same': {
      const [first] = match.figures;
      if (!match.inContext) {
        const options = match.figures.map((f) => `${tag(f.id)} (${f.text})`).join(' or ');
        return `${start}. Fix: if it means ${options}, write that instead; if it is not a quantity from the data, write it in words.`;
      }
      if (match.figures.length === 1 && first) {
        return `${start}; it is the figure "${first.id}" (${first.text}). Fix: replace "${typed}" and its unit with ${tag(first.id)}, which shows that figure from ${DATA_FILE}.`;
      }
      return (
        `${start}; figures ${match.figures.map((f) => `"${f.id}" (${f.text})`).join(', ')} show that number. ` +
        `Fix: replace "${typed}" and its unit with ${match.figures.map((f) => tag(f.id)).join(' or ')}, whichever the sentence means.`
      );
    }
    case 'close':
      return (
        `${start}, and it disagrees with the data: the nearest figure, "${match.figure.id}", is ${match.figure.text}. ` +
        `Fix: replace "${typed}" and its unit with ${tag(match.figure.id)}, which always shows the value in ${DATA_FILE}.`
      );
    case 'none':
      return (
        `${start}, and no figure in ${DATA_FILE} has that value. Fix: if it is not a quantity, write it in words; ` +
        `write a date with its month name ("2 June 2020"); if it is a quantity, it must come from ${DATA_FILE}: use ${tag('…')}.`
      );
  }
}

/** Sorts problems by file, then line. */
function sortProblems(problems: string[]): string[] {
  const key = (p: string) => {
    const m = /^([^:\s(]+)(?::(\d+))?/.exec(p);
    return { file: m?.[1] ?? p, line: Number(m?.[2] ?? 0) };
  };
  return problems.toSorted((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.file.localeCompare(kb.file) || ka.line - kb.line;
  });
}
