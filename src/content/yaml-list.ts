/**
 * Reads a YAML file that holds a list of entries (each with an `id`) and loads it into a content
 * collection. Unlike a silent skip, every problem throws an error naming the file, the line and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml';

export interface YamlItem {
  id: string;
  line: number;
  data: Record<string, unknown>;
}

export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/**
 * Parses `file` (a path relative to `root`) and returns its list of entries with their line numbers.
 * With `key`, the list is the value of that top-level key; without, the whole document is the list.
 * Throws a ContentFileError listing every problem of the file.
 */
export function readYamlList(root: string, file: string, key?: string): YamlItem[] {
  const { items, problems } = collectYamlList(root, file, key);
  if (problems.length > 0) throw new ContentFileError(problems.join('\n'));
  return items;
}

/**
 * Like `readYamlList`, but collects the problems instead of throwing: an entry without an id or with
 * an id used before is reported and left out, so that one run can report every problem of the file.
 */
export function collectYamlList(root: string, file: string, key?: string): { items: YamlItem[]; problems: string[] } {
  const text = readFileSync(resolve(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { items: [], problems: [yamlSyntaxMessage(file, line, col, error)] };
  }
  let list: unknown = doc.contents;
  if (key !== undefined) {
    list = isMap(list) ? list.get(key, true) : null;
    if (!list) return { items: [], problems: [`${file}: the top-level field "${key}" is missing. Fix: add "${key}:" with a list of entries.`] };
  }
  if (!isSeq(list)) {
    return { items: [], problems: [`${file}: expected a list of entries, each starting with "- id: …". Fix: start each entry with "- ".`] };
  }
  const seen = new Map<string, number>();
  const items: YamlItem[] = [];
  const problems: string[] = [];
  for (const node of list.items) {
    const line = isNode(node) ? lineCounter.linePos(node.range?.[0] ?? 0).line : 0;
    const data: unknown = isNode(node) ? node.toJSON() : node;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problems.push(`${file}:${line}: this entry is not a set of fields. Fix: write it as "- id: …" followed by its fields.`);
      continue;
    }
    const id = (data as Record<string, unknown>)['id'];
    if (typeof id !== 'string' || id === '') {
      problems.push(`${file}:${line}: this entry has no "id". Fix: add "id: some-name" (lower case, dashes).`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(`${file}:${line}: the id "${id}" is used twice (first at line ${first}). Fix: ids must be unique; rename one, or delete the copy.`);
      continue;
    }
    seen.set(id, line);
    items.push({ id, line, data: data as Record<string, unknown> });
  }
  return { items, problems };
}

/** The message for a YAML syntax error, with the usual causes and their fix. */
export function yamlSyntaxMessage(file: string, line: number, col: number, error: { code: string; message: string }): string {
  return (
    `${file}:${line}:${col}: this is not valid YAML (${error.code}: ${error.message.split('\n')[0]}). ` +
    'Fix: check the quotes, the colon after each field name and the indentation on that line and the one before.'
  );
}

interface ListFile {
  /** Path relative to the project root. */
  file: string;
  /** Top-level key that holds the list, if the list is not the whole file. */
  key?: string;
  /** Prefixes entry ids as `<locale>/<id>` and adds `locale` and `order` (the position in the file) to each entry. */
  locale?: string;
}

/** A content-layer loader for one or more YAML list files. Missing files are skipped (see `getLocalized`). */
export function yamlList(files: readonly ListFile[]): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const { file, key, locale } of files) {
          if (!existsSync(resolve(root, file))) continue;
          for (const [order, item] of readYamlList(root, file, key).entries()) {
            const id = locale ? `${locale}/${item.id}` : item.id;
            const data = locale ? { ...item.data, locale, order } : item.data;
            try {
              const parsed = await parseData({ id, data, filePath: file });
              store.set({ id, data: parsed, filePath: file });
            } catch (error) {
              throw new ContentFileError(`${file}:${item.line}: entry "${item.id}" is not valid. ${(error as Error).message}`);
            }
          }
        }
      };
      await sync();
      watcher?.on('change', async (changed) => {
        if (files.some(({ file }) => changed.endsWith(file))) await sync();
      });
    },
  };
}
