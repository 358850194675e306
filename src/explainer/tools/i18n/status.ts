/**
 * Translation status from git history. A translation is outdated when its source file (the same path
 * under `content/<sourceLocale>/`) has a commit since the translation was last brought up to date.
 * What brings a translation up to date is a deliberate act, not any edit (a typo fix does not clear a
 * pending source change):
 *   - a commit that changes the line "# Checked against the source: <date>" at the translation's top,
 *   - a commit that changes the source and the translation together,
 *   - the commit that adds the translation, or
 *   - a commit whose message contains `[i18n: up to date]` and names the file, e.g.
 *     `git commit --allow-empty -m "[i18n: up to date] content/en/article.mdx"`.
 * A translation identical to its source is an unchanged copy: missing, not up to date. A translation with
 * blocks, entries or strings still in the source language (identical, or read as that language) is never
 * up to date: it is "incomplete", with their count; one never committed is "new", with the same count.
 * For an outdated
 * file the status gives the source's diff since then, and for a list file the entries it touched.
 * Uncommitted edits: an edited source makes its translations outdated; an edited "Checked" line brings
 * a translation up to date; when both files are edited, the newer file wins.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { filesOf } from '../../content/load.ts';
import { changedEntries, isUnchangedCopy, type EntryChanges } from '../../core/i18n/entries.ts';
import { untranslatedTally, type UntranslatedTally } from '../../core/i18n/untranslated-blocks.ts';

export const UP_TO_DATE_MARKER = '[i18n: up to date]';

export type FileState = 'source' | 'up to date' | 'incomplete' | 'outdated' | 'new' | 'missing' | 'unknown';

/** The states a translated file can be in, in the order the summary counts them. */
const SUMMARY_STATES = ['up to date', 'incomplete', 'new', 'outdated', 'missing'] as const;

/**
 * A language's one-line summary, each state counted, so that the counts add up to its files:
 * "5 up to date, 1 incomplete, 1 new, 0 outdated, 2 missing" (and "1 unknown" when the history is not there).
 */
export function statusSummary(files: readonly Pick<FileStatus, 'state'>[]): string {
  const count = (state: FileState) => files.filter((f) => f.state === state).length;
  const unknown = count('unknown');
  return [
    ...SUMMARY_STATES.map((state) => `${count(state)} ${state}`),
    ...(unknown > 0 ? [`${unknown} unknown`] : []),
  ].join(', ');
}

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
  /** For an outdated file, the source's diff since then (`git diff`, unified). */
  diff?: string | undefined;
  /** For an outdated list file, the ids of the source's entries that changed, were added or removed. */
  entries?: EntryChanges | undefined;
  /** What is still in the source language: blocks by line, entries by id, strings by key. */
  untranslated?: string[] | undefined;
  /** How many blocks, entries or strings the translation has, and how many are still in the source language. */
  tally?: UntranslatedTally | undefined;
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
  const tree = warning ? { tracked: new Set<string>(), edited: new Set<string>() } : workingTree(root);
  const status: TranslationStatus = { sourceLocale, locales: [], warning };
  for (const locale of locales) {
    const files = sourceFiles.map((file): FileStatus => {
      const path = `content/${locale}/${file}`;
      const sourcePath = `content/${sourceLocale}/${file}`;
      const base = { file, path, sourcePath, changes: [] };
      if (locale === sourceLocale) return { ...base, state: 'source', reason: 'the source language' };
      if (!existsSync(resolve(root, path)))
        return { ...base, state: 'missing', reason: `not translated yet: the site shows ${sourcePath}` };
      const text = readFileSync(resolve(root, path), 'utf8');
      const sourceText = readFileSync(resolve(root, sourcePath), 'utf8');
      if (isUnchangedCopy(text, sourceText))
        return { ...base, state: 'missing', reason: `an unchanged copy of ${sourcePath}: not translated yet` };
      const tally = untranslatedTally(file, text, sourceText, { source: sourceLocale, target: locale });
      const partly = tally.items.length > 0 ? { untranslated: tally.items, tally } : { tally };
      const left = remaining(tally);
      if (warning) return { ...base, ...partly, state: 'unknown', reason: 'the git history is not available' };
      if (!tree.tracked.has(path))
        return { ...base, ...partly, state: 'new', reason: `new, not committed yet; ${left ?? 'all translated'}` };
      const verdict = compare(git, root, sourcePath, path, markers, tree.edited);
      if (!left) return { ...base, ...partly, ...verdict };
      const state = verdict.state === 'up to date' ? 'incomplete' : verdict.state;
      return { ...base, ...partly, ...verdict, state, reason: `${verdict.reason}; ${left}` };
    });
    status.locales.push({ locale, files });
  }
  return status;
}

/** "14 of 37 blocks still in the source language", or undefined when none is. */
function remaining(tally: UntranslatedTally): string | undefined {
  return tally.items.length === 0
    ? undefined
    : `${tally.items.length} of ${tally.total} ${tally.unit} still in the source language`;
}

type Git = (...args: string[]) => string;

/** Runs git in `root` and returns its output, trimmed unless `trim` is false. */
function gitRunner(root: string, trim = true): Git {
  return (...args) => {
    const out = execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return trim ? out.trim() : out;
  };
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

type Verdict = Pick<FileStatus, 'state' | 'reason' | 'changes' | 'diff' | 'entries'>;

function compare(
  git: Git,
  root: string,
  sourcePath: string,
  path: string,
  markers: { commit: string; message: string }[],
  edited: ReadonlySet<string>,
): Verdict {
  const sourceEdited = edited.has(sourcePath);
  const translationEdited = edited.has(path);
  if (sourceEdited && translationEdited) {
    const newer = statSync(resolve(root, path)).mtimeMs >= statSync(resolve(root, sourcePath)).mtimeMs;
    return newer
      ? { state: 'up to date', reason: 'both files have uncommitted edits, the translation’s are newer', changes: [] }
      : {
          state: 'outdated',
          reason: 'both files have uncommitted edits, the source’s are newer',
          changes: [],
          diff: sourceDiff(git, 'HEAD', sourcePath),
        };
  }
  if (translationEdited && marksChecked(git('diff', '--unified=0', 'HEAD', '--', path))) {
    return {
      state: 'up to date',
      reason: 'its “Checked against the source” line has an uncommitted update',
      changes: [],
    };
  }

  const synced = lastSync(git, sourcePath, path);
  const named = markers.filter((m) => mentions(m.message, path)).map((m) => m.commit);
  // The translation is as current as the best of its last deliberate update and the marker commits naming it.
  const candidates = [synced, ...named]
    .filter((c): c is string => Boolean(c))
    .map((commit) => ({ commit, changes: changesSince(git, commit, sourcePath) }));
  const best = candidates.sort((a, b) => a.changes.length - b.changes.length)[0];
  if (!best) return { state: 'outdated', reason: 'the translation has never been committed', changes: [] };
  const changes = sourceEdited
    ? [{ commit: 'uncommitted', date: '', subject: `edits to ${sourcePath} not committed yet` }, ...best.changes]
    : best.changes;
  const since = git('log', '-1', '--format=%h (%as)', best.commit);
  const typoNote = translationEdited
    ? ' (its own uncommitted edits do not change that: update its “Checked against the source” line)'
    : '';
  if (changes.length === 0) return { state: 'up to date', reason: `brought up to date in ${since}`, changes: [] };
  return {
    state: 'outdated',
    reason: `${sourcePath} changed after the translation was last brought up to date in ${since}${typoNote}`,
    changes,
    diff: sourceDiff(git, best.commit, sourcePath),
    entries: changedEntries(
      sourcePath,
      gitShow(git, best.commit, sourcePath),
      readFileSync(resolve(root, sourcePath), 'utf8'),
    ),
  };
}

/**
 * The newest commit that deliberately brought `path` up to date: one that changed its "Checked against
 * the source" line, changed the source with it, or added it. Other commits to it (a typo fix) do not count.
 */
function lastSync(git: Git, sourcePath: string, path: string): string | undefined {
  const added = new Set(git('log', '--diff-filter=A', '--format=%H', '--', path).split('\n').filter(Boolean));
  for (const commit of git('log', '--format=%H', '--', path).split('\n').filter(Boolean)) {
    if (added.has(commit)) return commit;
    if (git('show', '--format=', '--name-only', commit).split('\n').includes(sourcePath)) return commit;
    if (marksChecked(git('show', '--format=', '--unified=0', commit, '--', path))) return commit;
  }
  return undefined;
}

/** Whether a diff adds a "Checked against the source" line. */
function marksChecked(diff: string): boolean {
  return /^\+.*Checked against the source/im.test(diff);
}

/** The source's changes since `commit`, uncommitted ones included, with one line of context. */
function sourceDiff(git: Git, commit: string, sourcePath: string): string {
  return git('diff', '--unified=1', '--no-color', commit, '--', sourcePath);
}

/** The text of `path` at `commit`, or "" when it did not exist then. */
function gitShow(git: Git, commit: string, path: string): string {
  try {
    return git('show', `${commit}:${path}`);
  } catch {
    return '';
  }
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

/**
 * The files under `content/` that git tracks, and those with changes not committed (staged or not, or not
 * tracked at all), each as a path from `root`: two git commands for every file rather than three per file.
 */
function workingTree(root: string): { tracked: Set<string>; edited: Set<string> } {
  // Untrimmed: a status entry may begin with a space ("XY" is " M" for an edit not staged).
  const git = gitRunner(root, false);
  const paths = (out: string) => out.split('\0').filter(Boolean);
  const tracked = new Set(paths(git('ls-files', '-z', '--', 'content')));
  // Porcelain paths are from the top of the repository; the project may be a folder inside it.
  const prefix = git('rev-parse', '--show-prefix').trim();
  const edited = new Set<string>();
  // Each entry is "XY path"; a rename or copy, staged (X) or not (Y), is followed by its original path.
  const fields = paths(git('status', '--porcelain', '-z', '--untracked-files=all', '--', 'content'));
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    for (const path of /^(?:[RC].|.[RC])/.test(field) ? [field.slice(3), fields[++i] ?? ''] : [field.slice(3)])
      edited.add(path.startsWith(prefix) ? path.slice(prefix.length) : path);
  }
  return { tracked, edited };
}

/** Whether a marker commit's message names the file: "content/en/article.mdx" or "en/article.mdx". */
function mentions(message: string, path: string): boolean {
  const short = path.replace(/^content\//, '');
  return message.split(/\s+/).some((word) => {
    const w = word.replace(/^[`'"(]+|[`'",;:.)]+$/g, '');
    return w === path || w === short;
  });
}
