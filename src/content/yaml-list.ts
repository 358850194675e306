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
 */
export function readYamlList(root: string, file: string, key?: string): YamlItem[] {
  const text = readFileSync(resolve(root, file), 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ContentFileError(
      `${file}:${line}:${col}: this is not valid YAML (${error.code}: ${error.message.split('\n')[0]}). ` +
        'Fix: check the quotes, the colon after each field name and the indentation on that line and the one before.',
    );
  }
  let list: unknown = doc.contents;
  if (key !== undefined) {
    list = isMap(list) ? list.get(key, true) : null;
    if (!list) throw new ContentFileError(`${file}: the top-level field "${key}" is missing. Fix: add "${key}:" with a list of entries.`);
  }
  if (!isSeq(list)) {
    throw new ContentFileError(`${file}: expected a list of entries, each starting with "- id: …". Fix: start each entry with "- ".`);
  }
  const seen = new Map<string, number>();
  return list.items.map((node) => {
    const line = isNode(node) ? lineCounter.linePos(node.range?.[0] ?? 0).line : 0;
    const data: unknown = isNode(node) ? node.toJSON() : node;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new ContentFileError(`${file}:${line}: this entry is not a set of fields. Fix: write it as "- id: …" followed by its fields.`);
    }
    const id = (data as Record<string, unknown>)['id'];
    if (typeof id !== 'string' || id === '') {
      throw new ContentFileError(`${file}:${line}: this entry has no "id". Fix: add "id: some-name" (lower case, dashes).`);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ContentFileError(`${file}:${line}: the id "${id}" is used twice (first at line ${first}). Fix: ids must be unique; rename one.`);
    }
    seen.set(id, line);
    return { id, line, data: data as Record<string, unknown> };
  });
}

interface ListFile {
  /** Path relative to the project root. */
  file: string;
  /** Top-level key that holds the list, if the list is not the whole file. */
  key?: string;
  /** Prefixes entry ids as `<locale>/<id>` and adds `locale` to each entry. */
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
          for (const item of readYamlList(root, file, key)) {
            const id = locale ? `${locale}/${item.id}` : item.id;
            const data = locale ? { ...item.data, locale } : item.data;
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
