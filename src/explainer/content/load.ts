/**
 * Loads all the content in plain Node, without Astro: the data file, and for each locale its interface
 * strings, prose pages and lists, each checked against its schema. Problems are collected, not thrown,
 * each a `Problem` (file, line, what is wrong, the fix), so that one run reports them all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localesIn, sourceLocale as configSourceLocale } from './locales.ts';
import type { ContentEntry, Issue, LoadedContent } from '../core/schemas/content.ts';
import { FigureError, resolveFigures, type FigureInput } from '../core/figures.ts';
import { dotted, schemaProblems } from '../core/checks/schema.ts';
import type { Problem } from '../core/problem.ts';
import { suggest } from '../core/suggest.ts';
import { codeFields, idSchema } from '../core/schemas/common.ts';
import { pageSchema } from '../core/schemas/pages.ts';
import { uiSchema, type Ui } from '../core/schemas/ui.ts';
import { splitMdx } from '../core/frontmatter.ts';
import { readText } from './read-text.ts';
import { CHARTS_FILE, chartFile, DATA_FILE, dataLists, listFile } from '../core/schemas/registry.ts';
import { SITE_FILE, siteSettingsIn } from './site.ts';
import { compareUiKeys } from '../core/checks/ui-keys.ts';
import { parseYaml, type YamlDoc } from '../core/yaml-doc.ts';

/** The project folder: the check and the tests run on it, or on a copy of its `content/`. */
export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

export { CHARTS_FILE, DATA_FILE, SITE_FILE };

/** Fields of list entries that a reader does not read: the codes, and what the loader adds. */
const NOT_PROSE = new Set<string>([...codeFields, 'locale', 'order', 'intl']);

export interface LoadOptions {
  root?: string;
  locales?: readonly string[];
  sourceLocale?: string;
}

/** Reads every content file under `root`; returns what could be loaded and every problem found. */
export function loadContent(options: LoadOptions = {}): { content: LoadedContent; problems: Problem[] } {
  const root = options.root ?? projectRoot;
  const site = siteSettingsIn(root);
  const locales = options.locales ?? localesIn(root);
  const sourceLocale = options.sourceLocale ?? site.settings?.source ?? configSourceLocale;
  const problems: Problem[] = [...site.problems];
  const content: LoadedContent = {
    root,
    settings: site.settings,
    locales,
    sourceLocale,
    figures: new Map(),
    sources: new Map(),
    charts: new Map(),
    data: {},
    ui: new Map(),
    pages: [],
    lists: {},
    files: new Map(),
    prose: [],
    unreadable: new Map(),
  };

  // Settings that cannot be read change how everything else is read: they are reported alone.
  for (const [index, problem] of site.problems.entries()) content.unreadable.set(`${SITE_FILE}#${index}`, problem);
  loadData(root, content, problems);
  loadCharts(root, content, problems);
  problems.push(...folderProblems(root, locales, sourceLocale));

  for (const locale of locales) {
    const files = filesOf(resolve(root, 'content', locale));
    content.files.set(locale, files);
    for (const name of files) {
      const file = `content/${locale}/${name}`;
      const read = readText(resolve(root, file), file);
      if (read.problem !== undefined) {
        unreadable(content, file, read.problem, problems);
        continue;
      }
      const { text } = read;
      if (name === 'ui.yaml') loadUi(file, text, locale, content, problems);
      else if (name.endsWith('.mdx')) loadPage(file, text, locale, name, sourceLocale, content, problems);
      else if (name.endsWith('.yaml') || name.endsWith('.yml'))
        loadList(file, text, locale, name, sourceLocale, content, problems);
    }
  }
  problems.push(...uiProblems(content));
  const sourceFiles = content.files.get(sourceLocale) ?? [];
  for (const locale of locales) {
    if (locale === sourceLocale) continue;
    for (const name of content.files.get(locale) ?? []) {
      if (sourceFiles.includes(name)) continue;
      const hint = suggest(name, sourceFiles);
      problems.push({
        file: `content/${locale}/${name}`,
        message: `there is no content/${sourceLocale}/${name}, so the site never shows this file.`,
        fix: `give it the name of the file it translates in content/${sourceLocale}/${hint ? ` (did you mean "${hint}"?)` : ''}, or delete it.`,
      });
    }
  }
  return { content, problems };
}

/**
 * A YAML file of `content/data/`, read as UTF-8 and parsed; undefined, with the problem reported, when it
 * is missing (`missing` says what, `orElse` adds to the fix) or cannot be read.
 */
function readDataFile(
  root: string,
  file: string,
  missing: string,
  orElse: string,
  content: LoadedContent,
  problems: Problem[],
): YamlDoc | undefined {
  if (!existsSync(resolve(root, file))) {
    problems.push({ file, message: `${missing}.`, fix: `restore it from git (git checkout -- ${file})${orElse}.` });
    return undefined;
  }
  const read = readText(resolve(root, file), file);
  const doc = parseYaml(read.text ?? '', file);
  const problem = read.problem ?? doc.problem;
  if (problem !== undefined) {
    unreadable(content, file, problem, problems);
    return undefined;
  }
  return doc;
}

function loadData(root: string, content: LoadedContent, problems: Problem[]) {
  const doc = readDataFile(root, DATA_FILE, 'the data file is missing', '', content, problems);
  if (!doc) return;
  const inputs: FigureInput[] = [];
  for (const [key, schema] of Object.entries(dataLists)) {
    const raw = (doc.data as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(raw)) {
      problems.push({
        file: DATA_FILE,
        message: `the top-level field "${key}" is missing or not a list.`,
        fix: `add "${key}:" with a list of entries, each starting with "- id: …".`,
      });
      continue;
    }
    const entries: ContentEntry[] = [];
    content.data[key] = entries;
    for (const item of listItems(DATA_FILE, doc, raw, [key], problems)) {
      const parsed = schema.safeParse(item.data);
      if (!parsed.success) {
        problems.push(
          ...schemaProblems(
            DATA_FILE,
            (path) => doc.lineOf([key, item.index, ...path]),
            parsed.error.issues,
            item.data,
          ),
        );
        continue;
      }
      entries.push({ id: item.id, filePath: DATA_FILE, line: item.line, data: parsed.data });
      if (key === 'sources') content.sources.set(item.id, parsed.data);
      else inputs.push(parsed.data as FigureInput);
    }
  }
  try {
    content.figures = resolveFigures(inputs);
  } catch (error) {
    if (!(error instanceof FigureError)) throw error;
    problems.push(error.problem);
  }
}

/** Reads the charts' definitions: a list of entries, each a chart id and its panels. */
function loadCharts(root: string, content: LoadedContent, problems: Problem[]) {
  const file = CHARTS_FILE;
  const doc = readDataFile(
    root,
    file,
    'the charts file is missing',
    ', or create it with "[]" if the site has no chart',
    content,
    problems,
  );
  if (!doc) return;
  if (!Array.isArray(doc.data)) {
    problems.push({
      file,
      message: 'expected a list of charts, each starting with "- id: …" and its "panels:".',
      fix: 'write it as the comment at the top of the file shows.',
    });
    return;
  }
  const entries: ContentEntry[] = [];
  content.data[chartFile.collection] = entries;
  for (const item of listItems(file, doc, doc.data, [], problems)) {
    const lineOf = (path: readonly PropertyKey[]) => doc.lineOf([item.index, ...path]);
    if (Object.hasOwn(item.data, 'order'))
      problems.push({
        file,
        line: lineOf(['order']),
        message: 'the field "order" is not allowed here.',
        fix: 'delete it; the charts are in the order of the file.',
      });
    const data = { ...item.data, order: item.index };
    const parsed = chartFile.schema.safeParse(data);
    // A chart whose definition is not valid is still a chart: its words and its <Chart> are not unknown.
    entries.push({ id: item.id, filePath: file, line: item.line, lineOf, data: parsed.success ? parsed.data : data });
    if (parsed.success) content.charts.set(item.id, parsed.data);
    else problems.push(...schemaProblems(file, lineOf, parsed.error.issues, data));
  }
}

/**
 * The entries of a YAML list (at `path` in `doc`), each with its id, position and line. An entry without
 * an id, or with an id used before, is reported and left out, so that one run reports every problem.
 */
function listItems(file: string, doc: YamlDoc, list: unknown[], path: (string | number)[], problems: Problem[]) {
  const seen = new Map<string, number>();
  const items: { id: string; index: number; line: number; data: Record<string, unknown> }[] = [];
  for (const [index, data] of list.entries()) {
    const line = doc.lineOf([...path, index]);
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file,
        line,
        message: 'this entry is not a set of fields.',
        fix: 'write it as "- id: …" followed by its fields.',
      });
      continue;
    }
    const fields = data as Record<string, unknown>;
    const id = fields['id'];
    if (typeof id !== 'string' || id === '') {
      problems.push({
        file,
        line,
        message: 'this entry has no "id".',
        fix: 'add "id: some-name" (lower case, dashes).',
      });
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        message: `the id "${id}" is used twice (first at line ${first}).`,
        fix: 'ids must be unique; rename one, or delete the copy.',
      });
      continue;
    }
    seen.set(id, line);
    items.push({ id, index, line, data: fields });
  }
  return items;
}

/** Folders of `content/` that are no language: without a `ui.yaml`, nothing in them is shown. */
function folderProblems(root: string, locales: readonly string[], sourceLocale: string): Problem[] {
  const dir = resolve(root, 'content');
  const folders = existsSync(dir)
    ? readdirSync(dir).filter((d) => d !== 'data' && !d.startsWith('.') && statSync(join(dir, d)).isDirectory())
    : [];
  const problems = folders
    .filter((folder) => !locales.includes(folder))
    .map(
      (folder): Problem => ({
        file: `content/${folder}/`,
        message: `the folder has no ui.yaml, so "${folder}" is not one of the site's languages and nothing in it is shown.`,
        fix: `copy content/${sourceLocale}/ui.yaml into it and translate it (the folder's name must be a language code such as "fr" or "pt-BR").`,
      }),
    );
  if (!locales.includes(sourceLocale)) {
    problems.push({
      file: `content/${sourceLocale}/ui.yaml`,
      message: "the source language's interface strings are missing.",
      fix: `restore the file from git (git checkout -- content/${sourceLocale}/).`,
    });
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

function loadUi(file: string, text: string, locale: string, content: LoadedContent, problems: Problem[]) {
  const doc = parseYaml(text, file);
  let data: Ui | undefined;
  let issues: readonly Issue[] = [];
  if (doc.problem) unreadable(content, file, doc.problem, problems);
  else {
    const parsed = uiSchema.safeParse(doc.data);
    if (parsed.success) data = parsed.data;
    else issues = parsed.error.issues;
  }
  content.ui.set(locale, { file, doc, data, issues });
  for (const s of doc.strings()) {
    if (s.path.join('.') !== 'language.intl')
      content.prose.push({ file, locale, line: s.line, text: s.value, mdx: false });
  }
}

/**
 * The interface strings' problems: each translation against the source language's keys and
 * placeholders, then the schema's, leaving out the keys already reported.
 */
function uiProblems(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
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

function loadPage(
  file: string,
  text: string,
  locale: string,
  name: string,
  sourceLocale: string,
  content: LoadedContent,
  problems: Problem[],
) {
  const page = splitMdx(text, file);
  for (const problem of page.problems) unreadable(content, file, problem, problems);
  let data: Record<string, unknown> = {};
  const doc = page.frontmatter;
  if (doc && !doc.problem) {
    data = (doc.data ?? {}) as Record<string, unknown>;
    const parsed = pageSchema.safeParse(data);
    if (parsed.success) data = parsed.data;
    else
      problems.push(...schemaProblems(file, doc.lineOf, parsed.error.issues, data, `content/${sourceLocale}/${name}`));
    for (const s of doc.strings()) {
      if (!/^\d{4}-\d{2}/.test(s.value)) content.prose.push({ file, locale, line: s.line, text: s.value, mdx: false });
    }
  }
  content.pages.push({ id: `${locale}/${name.replace(/\.mdx$/, '')}`, filePath: file, line: 1, body: page.body, data });
  content.prose.push({ file, locale, line: 1, text: page.body, mdx: true });
}

function loadList(
  file: string,
  text: string,
  locale: string,
  name: string,
  sourceLocale: string,
  content: LoadedContent,
  problems: Problem[],
) {
  const doc = parseYaml(text, file);
  if (doc.problem) {
    unreadable(content, file, doc.problem, problems);
    return;
  }
  const known = listFile(name);
  for (const s of doc.strings()) {
    const field = s.path.findLast((p): p is string => typeof p === 'string');
    if (field !== undefined && NOT_PROSE.has(field)) continue;
    if (idSchema.safeParse(s.value).success) continue;
    content.prose.push({ file, locale, line: s.line, text: s.value, mdx: false });
  }
  if (!Array.isArray(doc.data)) {
    if (known)
      problems.push({
        file,
        message: 'expected a list of entries, each starting with "- id: …".',
        fix: `compare with content/${sourceLocale}/${name}.`,
      });
    return;
  }
  const collection =
    known?.collection ?? name.replace(/\.ya?ml$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const entries = content.lists[collection] ?? [];
  content.lists[collection] = entries;
  for (const item of listItems(file, doc, doc.data, [], problems)) {
    let data: Record<string, unknown> = { ...item.data, locale, order: item.index };
    if (known) {
      const parsed = known.schema.safeParse(data);
      if (parsed.success) data = parsed.data;
      else
        problems.push(
          ...schemaProblems(
            file,
            (path) => doc.lineOf([item.index, ...path]),
            parsed.error.issues,
            data,
            `content/${sourceLocale}/${name}`,
          ),
        );
    }
    const lineOf = (path: readonly PropertyKey[]) => doc.lineOf([item.index, ...path]);
    entries.push({ id: `${locale}/${item.id}`, filePath: file, line: item.line, lineOf, data });
  }
}

/** A file that cannot be read: its problem is the only one worth reporting until it is fixed. */
function unreadable(content: LoadedContent, file: string, problem: Problem, problems: Problem[]) {
  content.unreadable.set(file, problem);
  problems.push(problem);
}
