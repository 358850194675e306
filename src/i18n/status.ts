/**
 * Translation status from git history, the way Lunaria tells it: a translation is outdated when its
 * source file (the same path under `content/<sourceLocale>/`) has a commit the translation's last
 * commit does not include. Two things bring a translation up to date:
 *   - any commit that changes the translation file (a translator may just update the line
 *     "# Checked against the source: <date>" at its top), or
 *   - a commit whose message contains `[i18n: up to date]` and names the file, e.g.
 *     `git commit --allow-empty -m "[i18n: up to date] content/en/article.mdx"`.
 * Uncommitted edits count as newer than any commit: an edited source makes its translations outdated,
 * an edited translation is up to date; when both are edited, the newer file wins.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { filesOf } from '../content/load.ts';

export const UP_TO_DATE_MARKER = '[i18n: up to date]';

export type FileState = 'source' | 'up to date' | 'outdated' | 'missing' | 'unknown';

export interface SourceChange {
  commit: string;
  date: string;
  subject: string;
}

export interface FileStatus {
  /** Path inside the locale folder, e.g. `article.mdx`. */
  file: string;
  path: string;
  sourcePath: string;
  state: FileState;
  /** Why, in a sentence. */
  reason: string;
  /** For an outdated file, the source's commits since the translation was last brought up to date. */
  changes: SourceChange[];
}

export interface LocaleStatus {
  locale: string;
  files: FileStatus[];
}

export interface TranslationStatus {
  sourceLocale: string;
  locales: LocaleStatus[];
  /** Why the history cannot tell outdated translations apart (no git, or a shallow clone). */
  warning?: string | undefined;
}

export interface StatusOptions {
  root: string;
  locales: readonly string[];
  sourceLocale: string;
}

/** The status of every translatable file (every file under `content/<sourceLocale>/`) in every locale. */
export function getTranslationStatus({ root, locales, sourceLocale }: StatusOptions): TranslationStatus {
  const git = gitRunner(root);
  const warning = historyProblem(git);
  const sourceFiles = filesOf(resolve(root, 'content', sourceLocale));
  const markers = warning ? [] : markerCommits(git);
  const status: TranslationStatus = { sourceLocale, locales: [], warning };
  for (const locale of locales) {
    const files = sourceFiles.map((file): FileStatus => {
      const path = `content/${locale}/${file}`;
      const sourcePath = `content/${sourceLocale}/${file}`;
      const base = { file, path, sourcePath, changes: [] };
      if (locale === sourceLocale) return { ...base, state: 'source', reason: 'the source language' };
      if (!existsSync(resolve(root, path))) return { ...base, state: 'missing', reason: `not translated yet: the site shows ${sourcePath}` };
      if (warning) return { ...base, state: 'unknown', reason: 'the git history is not available' };
      return { ...base, ...compare(git, root, sourcePath, path, markers) };
    });
    status.locales.push({ locale, files });
  }
  return status;
}

type Git = (...args: string[]) => string;

function gitRunner(root: string): Git {
  return (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function historyProblem(git: Git): string | undefined {
  try {
    git('rev-parse', '--show-toplevel');
  } catch {
    return 'This folder is not a git repository, so outdated translations cannot be told apart. Fix: work in a clone of the repository (git clone …).';
  }
  if (git('rev-parse', '--is-shallow-repository') === 'true') {
    return (
      'This is a shallow clone: its git history is cut short, so outdated translations cannot be told apart. ' +
      'Fix: run `git fetch --unshallow` (in CI, clone with full history, e.g. actions/checkout with fetch-depth: 0).'
    );
  }
  try {
    git('rev-parse', '--verify', 'HEAD');
  } catch {
    return 'The repository has no commit yet, so there is no history to compare. Fix: commit the content first.';
  }
  return undefined;
}

/** Commits whose message carries the marker, newest first, with the message text. */
function markerCommits(git: Git): { commit: string; message: string }[] {
  const out = git('log', '--fixed-strings', `--grep=${UP_TO_DATE_MARKER}`, '--format=%H%x00%B%x1e');
  return out
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [commit = '', message = ''] = record.split('\x00');
      return { commit, message };
    });
}

function compare(git: Git, root: string, sourcePath: string, path: string, markers: { commit: string; message: string }[]): Pick<FileStatus, 'state' | 'reason' | 'changes'> {
  const sourceEdited = isEdited(git, sourcePath);
  const translationEdited = isEdited(git, path);
  if (sourceEdited && translationEdited) {
    const newer = statSync(resolve(root, path)).mtimeMs >= statSync(resolve(root, sourcePath)).mtimeMs;
    return newer
      ? { state: 'up to date', reason: 'both files have uncommitted edits, the translation’s are newer', changes: [] }
      : { state: 'outdated', reason: 'both files have uncommitted edits, the source’s are newer', changes: [] };
  }
  if (sourceEdited) return { state: 'outdated', reason: `${sourcePath} has uncommitted edits`, changes: [] };
  if (translationEdited) return { state: 'up to date', reason: 'the translation has uncommitted edits, newer than the source’s last commit', changes: [] };

  const touched = git('log', '-1', '--format=%H', '--', path);
  const named = markers.filter((m) => mentions(m.message, path)).map((m) => m.commit);
  // The translation is as current as the best of its last commit and the marker commits naming it.
  const candidates = [touched, ...named].filter(Boolean).map((commit) => ({ commit, changes: changesSince(git, commit, sourcePath) }));
  const best = candidates.sort((a, b) => a.changes.length - b.changes.length)[0];
  if (!best) return { state: 'outdated', reason: 'the translation has never been committed', changes: [] };
  const since = git('log', '-1', '--format=%h (%as)', best.commit);
  return best.changes.length > 0
    ? { state: 'outdated', reason: `${sourcePath} changed after the translation was last brought up to date in ${since}`, changes: best.changes }
    : { state: 'up to date', reason: `brought up to date in ${since}`, changes: [] };
}

/** The commits that changed `sourcePath` and that `commit` does not include. */
function changesSince(git: Git, commit: string, sourcePath: string): SourceChange[] {
  return git('log', '--format=%h%x00%as%x00%s', `${commit}..HEAD`, '--', sourcePath)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash = '', date = '', subject = ''] = line.split('\x00');
      return { commit: hash, date, subject };
    });
}

/** Whether the working tree has changes to `path` that are not committed (or the file is not tracked). */
function isEdited(git: Git, path: string): boolean {
  return git('status', '--porcelain', '--untracked-files=all', '--', path) !== '';
}

/** Whether a marker commit's message names the file: "content/en/article.mdx" or "en/article.mdx". */
function mentions(message: string, path: string): boolean {
  const short = path.replace(/^content\//, '');
  return message.split(/\s+/).some((word) => {
    const w = word.replace(/^[`'"(]+|[`'",;:.)]+$/g, '');
    return w === path || w === short;
  });
}
