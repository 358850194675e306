/**
 * The folder rules of the engine (README, "How the code is laid out"), read from every import of `src/`,
 * `scripts/` and `astro.config.mjs`: no two folders import each other, even through others; each part of
 * `src/explainer/` imports only the parts below it; core needs no Astro, no disk and no DOM; and nothing
 * the build loads starts a server.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { filesOf, projectRoot } from './content/load.ts';

/** A file of the project and what it imports: relative paths resolved from the root, packages as written. */
export interface SourceFile {
  path: string;
  files: string[];
  packages: string[];
  code: string;
}

/** The code of a file that holds imports: an Astro component's frontmatter and scripts, else the whole file. */
function codeOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** Reads the imports of one file (`path` relative to the root, `/`-separated). */
export function readImports(path: string, text: string): SourceFile {
  const code = codeOf(path, text);
  const { importedFiles } = ts.preProcessFile(code, true, true);
  const files: string[] = [];
  const packages: string[] = [];
  for (const { fileName } of importedFiles) {
    const [spec = ''] = fileName.split('?');
    if (spec.startsWith('.')) files.push(posix.normalize(posix.join(posix.dirname(path), spec)));
    else packages.push(spec);
  }
  return { path, files, packages, code };
}

/** The engine's files: `src/` (tests and fixtures aside), `scripts/` (tests aside) and the Astro config. */
function projectFiles(root: string): SourceFile[] {
  const inFolder = (folder: string) =>
    filesOf(join(root, folder))
      .filter(
        (file) => /\.(ts|mjs|astro)$/.test(file) && !/\.test\.ts$/.test(file) && !file.startsWith('__fixtures__/'),
      )
      .map((file) => `${folder}/${file}`);
  return [...inFolder('src'), ...inFolder('scripts'), 'astro.config.mjs'].map((path) =>
    readImports(path, readFileSync(join(root, path), 'utf8')),
  );
}

/** The folder import cycles among `files`: each as its folders, with one import that closes each step. */
export function folderCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map<string, Map<string, string>>();
  const known = new Set(files.map((f) => f.path));
  for (const file of files) {
    const from = dirname(file.path);
    for (const target of file.files.filter((t) => known.has(t))) {
      const to = dirname(target);
      if (to === from) continue;
      const out = edges.get(from) ?? new Map<string, string>();
      edges.set(from, out);
      if (!out.has(to)) out.set(to, `${file.path} → ${target}`);
    }
  }
  // Tarjan's strongly connected components: a component of two folders or more is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.size - 1);
    stack.push(folder);
    for (const next of edges.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) low.set(folder, Math.min(low.get(folder) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const members: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop();
      if (top !== undefined) members.push(top);
    } while (top !== undefined && top !== folder);
    if (members.length < 2) return;
    cycles.push(
      members.flatMap((m) => [...(edges.get(m) ?? [])].filter(([to]) => members.includes(to)).map(([, via]) => via)),
    );
  };
  for (const folder of edges.keys()) if (!index.has(folder)) visit(folder);
  return cycles;
}

/** The parts of the engine, each with the parts it may import (itself aside). */
export const PARTS: Record<string, readonly string[]> = {
  core: [],
  content: ['core'],
  render: ['core'],
  browser: ['core'],
  astro: ['core', 'content', 'render'],
  tools: ['core', 'content'],
};

/** The part of the engine a file is in, or undefined outside `src/explainer/`. */
function partOf(path: string): string | undefined {
  return /^src\/explainer\/([^/]+)\//.exec(path)?.[1];
}

/** Imports from one part of the engine into a part it may not import. */
export function partProblems(files: readonly SourceFile[]): string[] {
  return files.flatMap((file) => {
    const part = partOf(file.path);
    if (part === undefined) return [];
    const allowed = PARTS[part];
    if (!allowed) return [`${file.path}: "${part}" is no part of the engine (${Object.keys(PARTS).join(', ')})`];
    return file.files
      .filter((target) => {
        const to = partOf(target);
        return to !== part && !(to !== undefined && allowed.includes(to));
      })
      .map((target) => `${file.path} → ${target}: ${part} imports only ${[part, ...allowed].join(', ')}`);
  });
}

/** Packages core may not import: Astro's virtual modules, and the disk. */
const NOT_IN_CORE = /^(astro:|node:fs|node:child_process|fs$)/;

/** Browser globals: core runs in Node and in the browser alike, and reads none. */
const DOM_GLOBALS = new Set(['document', 'window', 'navigator', 'customElements', 'localStorage', 'matchMedia']);

/** The DOM globals a file's code names (property names, declarations and imported names aside). */
export function domGlobalsIn(code: string): string[] {
  const source = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true);
  const imported = new Set<string>();
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) imported.add(el.name.text);
  }
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isVariableDeclaration(parent) ||
          ts.isParameter(parent)) &&
          parent.name === node);
      if (!isName) found.add(node.text);
    }
    const type = ts.isTypeReferenceNode(node) ? node.typeName.getText() : '';
    if (/^(HTML|SVG)\w*Element$|^Element$|^Document$/.test(type) && !imported.has(type)) found.add(type);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

/** What a core file uses that core may not: Astro, the disk, the DOM. */
export function coreProblems(files: readonly SourceFile[]): string[] {
  return files
    .filter((file) => partOf(file.path) === 'core')
    .flatMap((file) => [
      ...file.packages.filter((p) => NOT_IN_CORE.test(p)).map((p) => `${file.path}: imports ${p}`),
      ...domGlobalsIn(file.code).map((name) => `${file.path}: uses ${name} (the DOM)`),
    ]);
}

/** The files the build loads (the Astro config, pages, middleware, collections) that import a server. */
export function buildServers(files: readonly SourceFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const starts = files
    .map((f) => f.path)
    .filter((p) => p === 'astro.config.mjs' || p.startsWith('src/pages/') || /^src\/[^/]+\.ts$/.test(p));
  const seen = new Set<string>();
  const via = new Map<string, string>();
  const queue = [...starts];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const next of byPath.get(path)?.files ?? []) {
      if (!via.has(next)) via.set(next, path);
      queue.push(next);
    }
  }
  const chain = (path: string): string => {
    const from = via.get(path);
    return from === undefined || starts.includes(path) ? path : `${chain(from)} → ${path}`;
  };
  return [...seen]
    .filter((path) => byPath.get(path)?.packages.some((p) => /^node:(http|https|net)$/.test(p)))
    .map((path) => `${chain(path)} starts a server`);
}

const files = projectFiles(projectRoot);

describe('the folder rules', () => {
  it('reads the imports of every file, Astro components too', () => {
    assert.ok(files.some((f) => f.path.endsWith('.astro') && f.files.length > 0));
    assert.ok(files.some((f) => partOf(f.path) === 'core' && f.files.length > 0));
  });

  it('no two folders import each other, even through others', () => {
    assert.deepEqual(folderCycles(files), []);
  });

  it('each part of the engine imports only the parts below it', () => {
    assert.deepEqual(partProblems(files), []);
  });

  it('core imports no Astro module and no disk, and names no DOM global', () => {
    assert.deepEqual(coreProblems(files), []);
  });

  it('nothing the build loads starts a server', () => {
    assert.deepEqual(buildServers(files), []);
  });

  it('finds a cycle, a wrong import, a disk read, the DOM and a server when there is one', () => {
    const made = [
      readImports('src/a/x.ts', "import { y } from '../b/y.ts';"),
      readImports('src/b/y.ts', "import { z } from '../c/z.ts';"),
      readImports('src/c/z.ts', "import type { x } from '../a/x.ts';"),
    ];
    assert.equal(folderCycles(made).length, 1);
    assert.equal(folderCycles(made)[0]?.length, 3);
    const core = readImports(
      'src/explainer/core/f.ts',
      "import { readFileSync } from 'node:fs';\nimport '../browser/live.ts';\nexport const w = document.title;",
    );
    assert.deepEqual(partProblems([core]), [
      'src/explainer/core/f.ts → src/explainer/browser/live.ts: core imports only core',
    ]);
    assert.deepEqual(coreProblems([core]), [
      'src/explainer/core/f.ts: imports node:fs',
      'src/explainer/core/f.ts: uses document (the DOM)',
    ]);
    assert.deepEqual(
      domGlobalsIn("import { Document } from 'yaml';\nexport const d: Document | undefined = undefined;"),
      [],
    );
    const page = readImports('src/pages/p.astro', "---\nimport { s } from '../../scripts/s.ts';\n---\n<p></p>");
    const server = readImports('scripts/s.ts', "import { createServer } from 'node:http';");
    assert.deepEqual(buildServers([page, server]), ['src/pages/p.astro → scripts/s.ts starts a server']);
  });
});
