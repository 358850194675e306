import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../content/load.ts';
import { localesIn, sourceLocale } from '../../content/locales.ts';
import { getTranslationStatus, statusSummary, type FileState } from './status.ts';

const S = sourceLocale;
/** The translation the tests work on: any with every file of the source. */
const T =
  localesIn(projectRoot).find(
    (l) =>
      l !== S &&
      readdirSync(join(projectRoot, 'content', S)).every((f) => existsSync(join(projectRoot, 'content', l, f))),
  ) ??
  (() => {
    throw new Error(`These tests need a translation with every file of content/${S}/, and there is none.`);
  })();
const LOCALES = [S, T];

/**
 * A throwaway git repository holding a copy of the content (this repository's history is not used); with
 * `folder`, the project is that folder of the repository. `dir` is the project's root.
 */
function tempRepo(folder = ''): {
  dir: string;
  git: (...args: string[]) => string;
  state: (file: string) => FileState | undefined;
} {
  const repo = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  const dir = join(repo, folder);
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
      {
        encoding: 'utf8',
      },
    );
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'The content, translated');
  const state = (file: string) =>
    getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S })
      .locales.find((l) => l.locale === T)
      ?.files.find((f) => f.file === file)?.state;
  repos.push(repo);
  return { dir, git, state };
}
const repos: string[] = [];
after(() => {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
});

describe('translation status', () => {
  it('lists every file of the source language, as source for it and up to date for a fresh translation', () => {
    const { dir } = tempRepo();
    const status = getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S });
    const [it_, en] = status.locales;
    assert.ok(it_ && en);
    assert.ok(it_.files.some((f) => f.file === 'article.mdx') && it_.files.some((f) => f.file === 'ui.yaml'));
    assert.deepEqual(new Set(it_.files.map((f) => f.state)), new Set(['source']));
    assert.deepEqual(new Set(en.files.map((f) => f.state)), new Set(['up to date']));
    assert.equal(status.warning, undefined);
  });

  it('makes a translated file outdated when its source is edited, before and after the commit', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, `content/${S}/article.mdx`), '\nUn nuovo paragrafo.\n');
    assert.equal(state('article.mdx'), 'outdated', 'an uncommitted edit to the source counts');
    git('commit', '--quiet', '-am', 'Add a paragraph to the source’s article');
    assert.equal(state('article.mdx'), 'outdated');
    assert.equal(state('method.mdx'), 'up to date', 'other files are not affected');
    const en = getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S }).locales[1];
    const file = en?.files.find((f) => f.file === 'article.mdx');
    assert.match(file?.changes[0]?.subject ?? '', /Add a paragraph/, 'the source change is listed');
  });

  it('makes it up to date again when the translation is committed after the source', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, `content/${S}/claims.yaml`), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the source’s claims');
    assert.equal(state('claims.yaml'), 'outdated');
    appendFileSync(join(dir, `content/${T}/claims.yaml`), '# Checked against the source: 2026-11-27\n');
    assert.equal(state('claims.yaml'), 'up to date', 'an uncommitted edit to the translation counts');
    git('commit', '--quiet', '-am', 'Check the translation’s claims');
    assert.equal(state('claims.yaml'), 'up to date');
  });

  it('takes a commit with the [i18n: up to date] marker that names the file as bringing it up to date', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, `content/${S}/ui.yaml`), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the source’s interface strings');
    git('commit', '--quiet', '--allow-empty', '-m', `[i18n: up to date] content/${T}/glossary.yaml`);
    assert.equal(state('ui.yaml'), 'outdated', 'a marker naming another file does not count');
    git('commit', '--quiet', '--allow-empty', '-m', `Nothing to translate\n\n[i18n: up to date] ${T}/ui.yaml`);
    assert.equal(state('ui.yaml'), 'up to date');
  });

  it('does not let an unrelated commit to the translation, a typo fix, clear a pending source change', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, `content/${S}/glossary.yaml`), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the source’s glossary');
    appendFileSync(join(dir, `content/${T}/glossary.yaml`), '# A typo fixed.\n');
    assert.equal(state('glossary.yaml'), 'outdated', 'an uncommitted typo fix does not count');
    git('commit', '--quiet', '-am', 'Fix a typo in the translation’s glossary');
    assert.equal(state('glossary.yaml'), 'outdated', 'a committed typo fix does not count');
    appendFileSync(join(dir, `content/${T}/glossary.yaml`), '# Checked against the source: 2026-11-27\n');
    git('commit', '--quiet', '-am', 'Check the translation’s glossary');
    assert.equal(state('glossary.yaml'), 'up to date');
  });

  it('shows the source changes as a diff, and for a list file the entries they touch', () => {
    const { dir, git } = tempRepo();
    const path = join(dir, `content/${S}/glossary.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(\n\s*definition: ")/, '$1Nuova frase. '));
    git('commit', '--quiet', '-am', 'Reword the first source definition');
    const en = getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S }).locales[1];
    const file = en?.files.find((f) => f.file === 'glossary.yaml');
    assert.match(file?.diff ?? '', /^\+\s*definition: "Nuova frase\. /m);
    assert.equal(file?.entries?.changed.length, 1);
  });

  it('counts an unchanged copy of the source as missing, and names entries still in the source language', () => {
    const { dir, git, state } = tempRepo();
    cpSync(join(dir, `content/${S}/timeline.yaml`), join(dir, `content/${T}/timeline.yaml`));
    git('commit', '--quiet', '-am', 'Copy the source’s timeline');
    assert.equal(state('timeline.yaml'), 'missing');
    const it_ = readFileSync(join(dir, `content/${S}/glossary.yaml`), 'utf8');
    const firstId = /- id: (\S+)/.exec(it_)?.[1] ?? '';
    const italianEntry = /^- id:[\s\S]*?(?=^- id:)/m.exec(it_)?.[0] ?? '';
    const en = readFileSync(join(dir, `content/${T}/glossary.yaml`), 'utf8');
    writeFileSync(join(dir, `content/${T}/glossary.yaml`), en.replace(/^- id:[\s\S]*?(?=^- id:)/m, italianEntry));
    git('commit', '--quiet', '-am', 'Put a source entry in the translated glossary');
    const file = getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S }).locales[1]?.files.find(
      (f) => f.file === 'glossary.yaml',
    );
    assert.deepEqual(file?.untranslated, [firstId]);
  });

  it('says a file is missing when the translation has none, and its page falls back', () => {
    const { git, state } = tempRepo();
    git('rm', '--quiet', `content/${T}/timeline.yaml`);
    git('commit', '--quiet', '-m', 'Drop the translation’s timeline');
    assert.equal(state('timeline.yaml'), 'missing');
  });

  it('compares file times when both files have uncommitted edits', () => {
    const { dir, state } = tempRepo();
    appendFileSync(join(dir, `content/${T}/glossary.yaml`), '# en\n');
    appendFileSync(join(dir, `content/${S}/glossary.yaml`), '# it\n');
    utimesSync(join(dir, `content/${T}/glossary.yaml`), new Date(2030, 0, 1), new Date(2030, 0, 1));
    assert.equal(state('glossary.yaml'), 'up to date');
    utimesSync(join(dir, `content/${S}/glossary.yaml`), new Date(2031, 0, 1), new Date(2031, 0, 1));
    assert.equal(state('glossary.yaml'), 'outdated');
  });

  it('reads a project kept in a folder of its repository, its edits and new files included', () => {
    const { dir, state } = tempRepo('site');
    assert.equal(state('article.mdx'), 'up to date');
    appendFileSync(join(dir, `content/${S}/article.mdx`), '\nUn nuovo paragrafo.\n');
    assert.equal(state('article.mdx'), 'outdated', 'an uncommitted edit to the source counts');
    execFileSync('git', ['-C', dir, 'rm', '--quiet', '--cached', `content/${T}/claims.yaml`]);
    assert.equal(state('claims.yaml'), 'new', 'a file git does not track is new');
  });

  it('refuses to guess in a shallow clone, with the fix', () => {
    const { dir, git } = tempRepo();
    appendFileSync(join(dir, `content/${S}/article.mdx`), '\nAncora.\n');
    git('commit', '--quiet', '-am', 'A second commit');
    const shallow = mkdtempSync(join(tmpdir(), 'i18n-shallow-'));
    repos.push(shallow);
    execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${dir}`, shallow]);
    const status = getTranslationStatus({ root: shallow, locales: LOCALES, sourceLocale: S });
    assert.match(status.warning ?? '', /shallow clone.*git fetch --unshallow/s);
    assert.ok(status.locales[1]?.files.every((f) => f.state === 'unknown'));
  });
});

describe('npm run i18n:status', () => {
  const script = join(projectRoot, 'scripts/i18n-status.ts');
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [script, '--root', dir, '--locales', `${S},${T}`, ...args], { encoding: 'utf8' });

  it('prints a table, JSON with --json, and fails with --strict only when something is outdated or missing', () => {
    const { dir, git } = tempRepo();
    const clean = run(dir, '--strict');
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stdout, new RegExp(`${T} {2}.+: \\d+ up to date, 0 incomplete, 0 new, 0 outdated, 0 missing`));

    appendFileSync(join(dir, `content/${S}/key-figures.yaml`), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the source’s key figures');
    const table = run(dir);
    assert.equal(table.status, 0);
    assert.match(
      table.stdout,
      new RegExp(`outdated\\s+key-figures\\.yaml\\s+content/${S}/key-figures\\.yaml changed after`),
    );
    assert.match(table.stdout, /· [0-9a-f]{7,} \d{4}-\d{2}-\d{2} Edit the source’s key figures/);

    const json = JSON.parse(run(dir, '--json').stdout) as {
      locales: { locale: string; files: { file: string; state: string }[] }[];
    };
    assert.equal(
      json.locales.find((l) => l.locale === T)?.files.find((f) => f.file === 'key-figures.yaml')?.state,
      'outdated',
    );

    const strict = run(dir, '--strict');
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /--strict: 1 file\(s\) missing, outdated, partly untranslated or unknown/);
  });
});

/** The translation's paragraphs that hold a <Fig>, with the source's paragraph that holds the same. */
function pairsOf(dir: string): { mine: string; theirs: string }[] {
  const paragraphs = (file: string) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n\n')
      .filter((p) => p.includes('<Fig') && !p.startsWith('<') && !p.startsWith('#') && !p.startsWith('---'));
  const figs = (p: string) => [...p.matchAll(/<Fig id="([^"]+)"/g)].map((m) => m[1]).join(' ');
  const source = paragraphs(`content/${S}/article.mdx`);
  return paragraphs(`content/${T}/article.mdx`).flatMap((mine) => {
    const theirs = source.find((p) => figs(p) === figs(mine));
    return theirs ? [{ mine, theirs }] : [];
  });
}

describe('the summary line', () => {
  it('counts every state, so that the counts add up to the files', () => {
    const states: FileState[] = ['up to date', 'incomplete', 'new', 'outdated', 'missing', 'unknown'];
    const files = states.flatMap((state, i) => Array.from({ length: i + 1 }, () => ({ state })));
    const summary = statusSummary(files);
    for (const [i, state] of states.entries()) assert.match(summary, new RegExp(`(^|, )${i + 1} ${state}(,|$)`));
    const total = [...summary.matchAll(/(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(total, files.length);
  });

  it('is what npm run i18n:status prints for a language with a new and an incomplete file', () => {
    const { dir, git } = tempRepo();
    git('rm', '--quiet', `content/${T}/glossary.yaml`);
    git('commit', '--quiet', '-m', 'No translated glossary yet');
    const glossary = readFileSync(join(projectRoot, `content/${T}/glossary.yaml`), 'utf8');
    writeFileSync(join(dir, `content/${T}/glossary.yaml`), glossary);
    const [pair] = pairsOf(dir);
    assert.ok(pair, 'a paragraph with figures in both languages');
    const path = join(dir, `content/${T}/article.mdx`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(pair.mine, pair.theirs));
    git('commit', '--quiet', '-m', `[i18n: up to date] content/${T}/article.mdx`, '--', path);
    const files = getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S }).locales.find(
      (l) => l.locale === T,
    )?.files;
    assert.ok(files);
    const out = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/i18n-status.ts'), '--root', dir, '--locales', `${S},${T}`],
      { encoding: 'utf8' },
    ).stdout;
    const line = out.split('\n').find((l) => l.startsWith(`${T}  `)) ?? '';
    assert.match(line, /, 1 incomplete, 1 new, /);
    assert.ok(line.endsWith(`: ${statusSummary(files)}`), line);
  });
});

describe('what is still in the source language', () => {
  const pairs = pairsOf;
  const fileOf = (dir: string, file: string) =>
    getTranslationStatus({ root: dir, locales: LOCALES, sourceLocale: S })
      .locales.find((l) => l.locale === T)
      ?.files.find((f) => f.file === file);

  it('is never up to date while a paragraph is left in the source language, and counts it', () => {
    const { dir, git } = tempRepo();
    const [pair] = pairs(dir);
    assert.ok(pair, 'a paragraph with figures in both languages');
    const path = join(dir, `content/${T}/article.mdx`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(pair.mine, pair.theirs));
    git('commit', '--quiet', '-am', `[i18n: up to date] content/${T}/article.mdx`);
    const file = fileOf(dir, 'article.mdx');
    assert.equal(file?.state, 'incomplete');
    assert.match(file?.reason ?? '', /; 1 of \d+ blocks still in the source language$/);
    assert.deepEqual(file?.untranslated, [
      `paragraph at line ${readFileSync(path, 'utf8').split(pair.theirs)[0]?.split('\n').length}`,
    ]);
  });

  it('finds a paragraph translated only in part', () => {
    const { dir, git } = tempRepo();
    const [pair] = pairs(dir);
    assert.ok(pair);
    // The translation's paragraph, and after it the source's last sentence, left untranslated.
    const lastSentence = pair.theirs.split(/(?<=[.!?])\s+/).at(-1) ?? '';
    const path = join(dir, `content/${T}/article.mdx`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(pair.mine, `${pair.mine} ${lastSentence}`));
    git('commit', '--quiet', '-am', `[i18n: up to date] content/${T}/article.mdx`);
    assert.match((fileOf(dir, 'article.mdx')?.untranslated ?? []).join(), /^paragraph at line \d+ \(in part\)$/);
  });

  it('reports a new file, never committed, as new, with what it still has in the source language', () => {
    const { dir, git } = tempRepo();
    git('rm', '--quiet', `content/${T}/glossary.yaml`);
    git('commit', '--quiet', '-m', 'No translated glossary yet');
    cpSync(join(dir, `content/${S}/glossary.yaml`), join(dir, `content/${T}/glossary.yaml`));
    assert.equal(fileOf(dir, 'glossary.yaml')?.state, 'missing', 'an unchanged copy is not a translation');
    const path = join(dir, `content/${T}/glossary.yaml`);
    writeFileSync(path, `# Checked against the source: 2026-12-07\n${readFileSync(path, 'utf8')}`);
    const file = fileOf(dir, 'glossary.yaml');
    const entries = (readFileSync(path, 'utf8').match(/^- id:/gm) ?? []).length;
    assert.equal(file?.state, 'missing', 'a copy with only its "Checked" line is still a copy');
    // Its first entry translated, as the project's translation has it.
    const first = (text: string) => /^- id:[\s\S]*?(?=^- id:)/m.exec(text)?.[0] ?? '';
    const translated = first(readFileSync(join(projectRoot, `content/${T}/glossary.yaml`), 'utf8'));
    writeFileSync(path, readFileSync(path, 'utf8').replace(first(readFileSync(path, 'utf8')), translated));
    const edited = fileOf(dir, 'glossary.yaml');
    assert.equal(edited?.state, 'new');
    assert.equal(
      edited?.reason,
      `new, not committed yet; ${entries - 1} of ${entries} entries still in the source language`,
    );
  });
});
