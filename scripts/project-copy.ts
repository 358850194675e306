/**
 * A working copy of the project, for a run that changes what it holds (a language added, another story in
 * `content/`): every file but what is installed, generated or history, with `node_modules` linked rather
 * than copied. Used by the translation stages, the new-language browser tests and the story's build.
 */
import { cpSync, symlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '..');

/** Not copied: installed or generated, or history. */
const SKIP = new Set([
  'node_modules',
  '.git',
  '.astro',
  'dist',
  'dist-sub',
  'dist-audit',
  'test-results',
  'playwright-report',
  'blob-report',
]);

/** Copies the project into the folder `copy` (which may exist), and links its `node_modules`. */
export function copyProject(copy: string): string {
  cpSync(PROJECT, copy, { recursive: true, filter: (path) => !SKIP.has(relative(PROJECT, path).split(sep)[0] ?? '') });
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
