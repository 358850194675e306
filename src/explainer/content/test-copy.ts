/**
 * For the unit tests: a mistake made in a throwaway copy of the project's `content/`, and the problems
 * the content check then finds that the real content does not have.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { checkContent } from './check.ts';
import { projectRoot } from './load.ts';
import { formatProblem } from '../core/problem.ts';

const copies: string[] = [];
after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the project's `content/` in a temporary folder, removed when the tests end; its root. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-copy-'));
  copies.push(dir);
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

let baseline: Set<string> | undefined;

/** Makes a mistake in `file` of a fresh copy of the content; returns the new problems and the edited text. */
export function mistake(file: string, edit: (text: string) => string): { problems: string[]; text: string } {
  baseline ??= new Set(checkContent().problems.map(formatProblem));
  const known = baseline;
  const dir = copyContent();
  const original = readFileSync(join(dir, file), 'utf8');
  const text = edit(original);
  assert.notEqual(text, original, `the test's edit changes ${file}`);
  writeFileSync(join(dir, file), text);
  const problems = checkContent({ root: dir }).problems.map(formatProblem);
  return { problems: problems.filter((p) => !known.has(p)), text };
}

/** The 1-based line of the first `marker` in `text`. */
export function lineOf(text: string, marker: string): number {
  assert.notEqual(text.indexOf(marker), -1, `"${marker}" is in the file`);
  return text.slice(0, text.indexOf(marker)).split('\n').length;
}
