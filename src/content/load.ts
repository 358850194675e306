/**
 * Loads all the content in plain Node, without Astro: the data file, and for each locale its interface
 * strings, prose pages and lists, each checked against its schema. Problems are collected, not thrown,
 * each as "file:line: what is wrong. Fix: …", so that one run reports them all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import * as config from '../i18n/config.ts';
import { resolveFigures, type Figure, type FigureInput } from '../lib/figures.ts';
import { suggest } from '../lib/suggest.ts';
import { chartTextSchema } from '../schemas/charts.ts';
import { idSchema } from '../schemas/common.ts';
import { claimSchema, eventSchema, keyFigureSchema, sourceTextSchema, termSchema } from '../schemas/explainer.ts';
import { figureSchema, sourceSchema } from '../schemas/figures.ts';
import { pageSchema } from '../schemas/pages.ts';
import { uiSchema, type Ui } from '../schemas/ui.ts';
import { splitMdx } from './frontmatter.ts';
import { compareUiKeys } from './ui-keys.ts';
import { parseYaml, type YamlDoc } from './yaml-doc.ts';
import { collectYamlList } from './yaml-list.ts';

/** The project folder: the check and the tests run on it, or on a copy of its `content/`. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export const DATA_FILE = 'content/data/figures.yaml';

/**
 * The list files of `content/<locale>/` with a schema, by file name, and the collection each feeds.
 * A list file not named here is still checked (YAML, ids, figures, typed numbers), just not its fields.
 */
export const LIST_FILES: Record<string, { collection: string; schema: z.ZodObject }> = {
  'key-figures.yaml': { collection: 'keyFigures', schema: keyFigureSchema },
  'claims.yaml': { collection: 'claims', schema: claimSchema },
  'timeline.yaml': { collection: 'timeline', schema: eventSchema },
  'glossary.yaml': { collection: 'glossary', schema: termSchema },
  'charts.yaml': { collection: 'charts', schema: chartTextSchema },
  'sources.yaml': { collection: 'sourceTexts', schema: sourceTextSchema },
};

/** Fields of list entries that hold ids, dates or codes rather than text a reader reads. */
const NOT_PROSE = new Set(['id', 'locale', 'order', 'figure', 'figures', 'sources', 'verdict', 'date', 'kind', 'intl']);

export interface ContentEntry {
  /** `<locale>/<id>` for list entries, `<locale>/<name>` for pages. */
  id: string;
  /** Relative to the root, e.g. `content/en/claims.yaml`. */
  filePath: string;
  line?: number;
  body?: string;
  data: Record<string, unknown>;
}

/** A text a reader reads, where numbers must come from the data. */
export interface Prose {
  file: string;
  locale: string;
  line: number;
  text: string;
  /** MDX prose (a `<Fig id>` replaces a number) or a YAML text (a `{fig:ID}` does). */
  mdx: boolean;
}

export interface LoadedContent {
  root: string;
  locales: readonly string[];
  sourceLocale: string;
  figures: Map<string, Figure>;
  sources: Map<string, unknown>;
  /** Every locale's `ui.yaml` as parsed; `data` is set when it is valid. */
  ui: Map<string, UiEntry>;
  pages: ContentEntry[];
  lists: Record<string, ContentEntry[]>;
  /** The files of each locale, relative to its folder: `article.mdx`, `ui.yaml`… */
  files: Map<string, string[]>;
  prose: Prose[];
}

interface UiEntry {
  file: string;
  doc: YamlDoc;
  /** The strings, when they are valid. */
  data: Ui | undefined;
  issues: readonly Issue[];
}

export interface LoadOptions {
  root?: string;
  locales?: readonly string[];
  sourceLocale?: string;
}

type Issue = z.core.$ZodIssue;

/** Reads every content file under `root`; returns what could be loaded and every problem found. */
export function loadContent(options: LoadOptions = {}): { content: LoadedContent; problems: string[] } {
  const root = options.root ?? projectRoot;
  const locales = options.locales ?? config.locales;
  const sourceLocale = options.sourceLocale ?? config.sourceLocale;
  const problems: string[] = [];
  const content: LoadedContent = {
    root,
    locales,
    sourceLocale,
    figures: new Map(),
    sources: new Map(),
    ui: new Map(),
    pages: [],
    lists: {},
    files: new Map(),
    prose: [],
  };

  loadData(root, content, problems);
  problems.push(...folderProblems(root, locales, sourceLocale));

  for (const locale of locales) {
    const files = filesOf(resolve(root, 'content', locale));
    content.files.set(locale, files);
    if (!files.includes('ui.yaml') && existsSync(resolve(root, 'content', locale))) {
      problems.push(`content/${locale}/ui.yaml: the interface strings of "${locale}" are missing. Fix: copy content/${sourceLocale}/ui.yaml there and translate the text in quotes.`);
    }
    for (const name of files) {
      const file = `content/${locale}/${name}`;
      const text = readFileSync(resolve(root, file), 'utf8');
      if (name === 'ui.yaml') loadUi(file, text, locale, content, problems);
      else if (name.endsWith('.mdx')) loadPage(file, text, locale, name, sourceLocale, content, problems);
      else if (name.endsWith('.yaml') || name.endsWith('.yml')) loadList(root, file, text, locale, name, sourceLocale, content, problems);
    }
  }
  problems.push(...uiProblems(content));
  const sourceFiles = content.files.get(sourceLocale) ?? [];
  for (const locale of locales) {
    if (locale === sourceLocale) continue;
    for (const name of content.files.get(locale) ?? []) {
      if (sourceFiles.includes(name)) continue;
      const hint = suggest(name, sourceFiles);
      problems.push(
        `content/${locale}/${name}: there is no content/${sourceLocale}/${name}, so the site never shows this file.` +
          ` Fix: give it the name of the file it translates in content/${sourceLocale}/${hint ? ` (did you mean "${hint}"?)` : ''}, or delete it.`,
      );
    }
  }
  return { content, problems };
}

function loadData(root: string, content: LoadedContent, problems: string[]) {
  if (!existsSync(resolve(root, DATA_FILE))) {
    problems.push(`${DATA_FILE}: the data file is missing. Fix: restore it from git (git checkout -- ${DATA_FILE}).`);
    return;
  }
  const doc = parseYaml(readFileSync(resolve(root, DATA_FILE), 'utf8'), DATA_FILE);
  if (doc.problem) {
    problems.push(doc.problem);
    return;
  }
  const inputs: FigureInput[] = [];
  for (const [key, schema] of [['sources', sourceSchema], ['figures', figureSchema]] as const) {
    const list = collectYamlList(root, DATA_FILE, key);
    problems.push(...list.problems);
    const raw = (doc.data as Record<string, unknown> | null)?.[key];
    const entries = Array.isArray(raw) ? raw : [];
    for (const item of list.items) {
      const index = entries.findIndex((e) => (e as { id?: unknown } | null)?.id === item.id);
      const parsed = schema.safeParse(item.data);
      if (!parsed.success) {
        problems.push(...schemaProblems(DATA_FILE, (path) => doc.lineOf([key, index, ...path]), parsed.error.issues, item.data));
      } else if (key === 'sources') content.sources.set(item.id, parsed.data);
      else inputs.push(parsed.data as FigureInput);
    }
  }
  try {
    content.figures = resolveFigures(inputs);
  } catch (error) {
    problems.push(`${DATA_FILE}: ${(error as Error).message} Fix: correct "derive" so that it names two existing figures.`);
  }
}

/** Config locales without a folder, and folders that are no locale. */
function folderProblems(root: string, locales: readonly string[], sourceLocale: string): string[] {
  const problems: string[] = [];
  const dir = resolve(root, 'content');
  const folders = existsSync(dir) ? readdirSync(dir).filter((d) => d !== 'data' && !d.startsWith('.') && statSync(join(dir, d)).isDirectory()) : [];
  for (const locale of locales) {
    if (!folders.includes(locale)) {
      problems.push(
        `content/${locale}/: the folder is missing, but "${locale}" is listed in src/i18n/config.ts. ` +
          `Fix: create content/${locale}/ with a ui.yaml (copy content/${sourceLocale}/ui.yaml and translate it), or remove "${locale}" from the list.`,
      );
    }
  }
  for (const folder of folders) {
    if (!locales.includes(folder)) {
      problems.push(`content/${folder}/: "${folder}" is not one of the site's languages, so nothing in it is shown. Fix: add '${folder}' to locales in src/i18n/config.ts.`);
    }
  }
  return problems;
}

/** Every file of a folder and its subfolders, relative to it, sorted; hidden files left out. */
export function filesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.split(/[\\/]/).some((part) => part.startsWith('.')) && statSync(join(dir, name)).isFile())
    .map((name) => relative(dir, join(dir, name)).split('\\').join('/'))
    .sort();
}

function loadUi(file: string, text: string, locale: string, content: LoadedContent, problems: string[]) {
  const doc = parseYaml(text, file);
  let data: Ui | undefined;
  let issues: readonly Issue[] = [];
  if (doc.problem) problems.push(doc.problem);
  else {
    const parsed = uiSchema.safeParse(doc.data);
    if (parsed.success) data = parsed.data;
    else issues = parsed.error.issues;
  }
  content.ui.set(locale, { file, doc, data, issues });
  for (const s of doc.strings()) {
    if (s.path.join('.') !== 'language.intl') content.prose.push({ file, locale, line: s.line, text: s.value, mdx: false });
  }
}

/**
 * The interface strings' problems: each translation against the source language's keys and
 * placeholders, then the schema's, leaving out the keys already reported.
 */
function uiProblems(content: LoadedContent): string[] {
  const problems: string[] = [];
  const source = content.ui.get(content.sourceLocale);
  for (const [locale, ui] of content.ui) {
    let reported = new Set<string>();
    if (locale !== content.sourceLocale && source && !source.doc.problem && !ui.doc.problem) {
      const compared = compareUiKeys(source, ui);
      problems.push(...compared.problems);
      reported = compared.keys;
    }
    const issues = ui.issues.flatMap((issue): Issue[] => {
      if (issue.code !== 'unrecognized_keys') return reported.has(dotted(issue.path)) ? [] : [issue];
      const keys = issue.keys.filter((key) => !reported.has(dotted([...issue.path, key])));
      return keys.length > 0 ? [{ ...issue, keys }] : [];
    });
    problems.push(...schemaProblems(ui.file, ui.doc.lineOf, issues, ui.doc.data, source?.file));
  }
  return problems;
}

function loadPage(file: string, text: string, locale: string, name: string, sourceLocale: string, content: LoadedContent, problems: string[]) {
  const page = splitMdx(text, file);
  problems.push(...page.problems);
  let data: Record<string, unknown> = {};
  const doc = page.frontmatter;
  if (doc && !doc.problem) {
    data = (doc.data ?? {}) as Record<string, unknown>;
    const parsed = pageSchema.safeParse(data);
    if (parsed.success) data = parsed.data;
    else problems.push(...schemaProblems(file, doc.lineOf, parsed.error.issues, data, `content/${sourceLocale}/${name}`));
    for (const s of doc.strings()) {
      if (!/^\d{4}-\d{2}/.test(s.value)) content.prose.push({ file, locale, line: s.line, text: s.value, mdx: false });
    }
  }
  content.pages.push({ id: `${locale}/${name.replace(/\.mdx$/, '')}`, filePath: file, body: page.body, data });
  content.prose.push({ file, locale, line: 1, text: page.body, mdx: true });
}

function loadList(root: string, file: string, text: string, locale: string, name: string, sourceLocale: string, content: LoadedContent, problems: string[]) {
  const doc = parseYaml(text, file);
  if (doc.problem) {
    problems.push(doc.problem);
    return;
  }
  const known = LIST_FILES[name];
  for (const s of doc.strings()) {
    const field = s.path.findLast((p): p is string => typeof p === 'string');
    if (field !== undefined && NOT_PROSE.has(field)) continue;
    if (idSchema.safeParse(s.value).success) continue;
    content.prose.push({ file, locale, line: s.line, text: s.value, mdx: false });
  }
  if (!Array.isArray(doc.data)) {
    if (known) problems.push(`${file}: expected a list of entries, each starting with "- id: …". Fix: compare with content/${sourceLocale}/${name}.`);
    return;
  }
  const list = collectYamlList(root, file);
  problems.push(...list.problems);
  const collection = known?.collection ?? name.replace(/\.ya?ml$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const entries = (content.lists[collection] ??= []);
  const raw = doc.data as unknown[];
  for (const item of list.items) {
    const index = raw.findIndex((e) => (e as { id?: unknown } | null)?.id === item.id);
    const shape = known?.schema.shape ?? {};
    const data = { ...item.data, ...('locale' in shape ? { locale } : {}), ...('order' in shape ? { order: index } : {}) };
    if (known) {
      const parsed = known.schema.safeParse(data);
      if (!parsed.success) {
        problems.push(...schemaProblems(file, (path) => doc.lineOf([index, ...path]), parsed.error.issues, data, `content/${sourceLocale}/${name}`));
      }
    }
    entries.push({ id: `${locale}/${item.id}`, filePath: file, line: item.line, data: { ...data, locale } });
  }
}

/** Turns schema issues into problems with the field's line and a fix. */
export function schemaProblems(
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  issues: readonly Issue[],
  data: unknown,
  example?: string,
): string[] {
  const like = example && example !== file ? `, as in ${example}` : '';
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const hint = suggest(key, missingFields(issues, data, issue.path));
        return `${file}:${lineOf(path)}: the field "${dotted(path)}" is not allowed here. Fix: ${hint ? `did you mean "${hint}"? ` : ''}delete it or correct its name${like}.`;
      });
    }
    const path = issue.path;
    const where = `${file}:${lineOf(path)}`;
    if (at(data, path) === undefined) {
      const parent = path.slice(0, -1);
      return [`${where}: the field "${dotted(path)}" is missing. Fix: add "${String(path.at(-1))}:"${parent.length > 0 ? ` under "${dotted(parent)}"` : ''}${like}.`];
    }
    const fix = issue.code === 'invalid_value' ? `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : `correct the value${like}`;
    return [`${where}: the field "${dotted(path)}" is not valid: ${issue.message}. Fix: ${fix}.`];
  });
}

/** The names of the fields that other issues report missing next to `parent`: the likely intended names. */
function missingFields(issues: readonly Issue[], data: unknown, parent: readonly PropertyKey[]): string[] {
  return issues
    .filter((i) => i.code !== 'unrecognized_keys' && at(data, i.path) === undefined && dotted(i.path.slice(0, -1)) === dotted(parent))
    .map((i) => String(i.path.at(-1)));
}

function at(data: unknown, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value as Record<string, unknown> | undefined;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
