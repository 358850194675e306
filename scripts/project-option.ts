/**
 * The project a command works on, for the commands that take `--root DIR` (the content check and the
 * `i18n:` commands): this one, or another copy of it. A folder that holds no `content/` is refused with
 * the fix, and so are settings that do not name a source language, instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/explainer/content/load.ts';
import { type Locale, sourceLocaleIn } from '../src/explainer/content/locales.ts';
import { formatProblem, ProblemError } from '../src/explainer/core/problem.ts';

/** The folder after `--root` in `args`, resolved; this project when there is none. Exits 2 when it holds no content/. */
export function rootOption(args: readonly string[]): string {
  const at = args.indexOf('--root');
  if (at === -1) return projectRoot;
  const root = resolve(args[at + 1] ?? '');
  if (!existsSync(join(root, 'content'))) {
    console.error(
      `✗ --root ${args[at + 1] ?? ''}: ${root} has no content/ folder, so it is not a copy of this project. Fix: name the folder that holds content/ (the top of a clone of the repository).`,
    );
    process.exit(2);
  }
  return root;
}

/** The source language of the project at `root`; exits 1 with the problem when its settings do not name one. */
export function sourceLocaleOption(root: string): Locale {
  try {
    return sourceLocaleIn(root);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    for (const problem of error.problems) console.error(`✗ ${formatProblem(problem)}`);
    process.exit(1);
  }
}
