/**
 * A parsed YAML text that remembers where each value stands, so that a problem found in the data
 * can be reported at its line.
 */
import type { Problem } from './problem.ts';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface YamlDoc {
  /** The data, or undefined when the text is not valid YAML. */
  data: unknown;
  /** The line of the value at `path` (or of the nearest field above it that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Every string value with its path and line. */
  strings: () => { path: (string | number)[]; value: string; line: number }[];
  /** The YAML syntax problem, if any, at its line and column. */
  problem?: Problem | undefined;
}

/**
 * Parses `text`, the content of `file` (or a part of it starting at line `firstLine`, e.g. a page's
 * frontmatter). Duplicate field names are errors.
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlDoc {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    const { col } = counter.linePos(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY' ? duplicateKeyAt(text, error.pos[0]) : undefined;
    return {
      data: undefined,
      lineOf: () => firstLine,
      strings: () => [],
      problem: duplicate
        ? {
            file,
            line: lineAt(error.pos[0]),
            column: col,
            message: `the field "${duplicate.key}" is written twice in the same group, here and on line ${lineAt(duplicate.first)}: a field is given once.`,
            fix: `keep one "${duplicate.key}:" line (lines ${lineAt(duplicate.first)} and ${lineAt(error.pos[0])}): delete the other, or rename it if it was meant as another field.`,
          }
        : yamlSyntaxProblem(file, lineAt(error.pos[0]), col, error),
    };
  }
  return {
    data: doc.toJS(),
    lineOf: (path) => lineOfPath(doc, path, lineAt) ?? firstLine,
    strings: () => stringsOf(doc.contents, [], lineAt),
  };
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number | undefined {
  let node: unknown = doc.contents;
  let line = isNode(node) && node.range ? lineAt(node.range[0]) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!isNode(node)) break;
      if (node.range) line = lineAt(node.range[0]);
    } else break;
  }
  return line;
}

function stringsOf(
  node: unknown,
  path: (string | number)[],
  lineAt: (offset: number) => number,
): ReturnType<YamlDoc['strings']> {
  if (isScalar(node)) {
    return typeof node.value === 'string' && node.range
      ? [{ path, value: node.value, line: lineAt(node.range[0]) }]
      : [];
  }
  if (isMap(node)) {
    return node.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      return stringsOf(pair.value, [...path, key], lineAt);
    });
  }
  if (isSeq(node)) return node.items.flatMap((item, i) => stringsOf(item, [...path, i], lineAt));
  return [];
}

/** The key written twice in one map whose second occurrence is at `offset`, and where its first one is. */
function duplicateKeyAt(text: string, offset: number): { key: string; first: number } | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  let found: { key: string; first: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const [start, end] = pair.key.range;
        const first = seen.get(pair.key.value);
        if (first !== undefined && offset >= start && offset <= end) {
          found = { key: String(pair.key.value), first };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(pair.key.value, start);
      }
      return undefined;
    },
  });
  return found;
}

/** The problem for a YAML syntax error, with the usual causes and their fix. */
function yamlSyntaxProblem(
  file: string,
  line: number,
  column: number,
  error: { code: string; message: string },
): Problem {
  if (error.code === 'TAB_AS_INDENT') {
    return {
      file,
      line,
      column,
      message: 'this line is indented with a tab, and YAML allows only spaces.',
      fix: `replace the tab at the start of line ${line} with spaces, as many as the lines around it use.`,
    };
  }
  return {
    file,
    line,
    column,
    message: `this is not valid YAML (${error.code}: ${error.message.split('\n')[0]}).`,
    fix: 'check the quotes, the colon after each field name and the indentation on that line and the one before.',
  };
}
