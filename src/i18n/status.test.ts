import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../content/load.ts';
import { getTranslationStatus, type FileState } from './status.ts';

/** A throwaway git repository holding a copy of the content (this repository's history is not used). */
function tempRepo(): {
  dir: string;
  git: (...args: string[]) => string;
  state: (file: string) => FileState | undefined;
} {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
      {
        encoding: 'utf8',
      },
    );
  git('init', '--quiet', '--initial-branch=main');
  git('add', 'content');
  git('commit', '--quiet', '-m', 'The content, translated');
  const state = (file: string) =>
    getTranslationStatus({ root: dir, locales: ['it', 'en'], sourceLocale: 'it' })
      .locales.find((l) => l.locale === 'en')
      ?.files.find((f) => f.file === file)?.state;
  repos.push(dir);
  return { dir, git, state };
}
const repos: string[] = [];
after(() => {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
});

describe('translation status', () => {
  it('lists every file of the source language, as source for it and up to date for a fresh translation', () => {
    const { dir } = tempRepo();
    const status = getTranslationStatus({ root: dir, locales: ['it', 'en'], sourceLocale: 'it' });
    const [it_, en] = status.locales;
    assert.ok(it_ && en);
    assert.ok(it_.files.some((f) => f.file === 'article.mdx') && it_.files.some((f) => f.file === 'ui.yaml'));
    assert.deepEqual(new Set(it_.files.map((f) => f.state)), new Set(['source']));
    assert.deepEqual(new Set(en.files.map((f) => f.state)), new Set(['up to date']));
    assert.equal(status.warning, undefined);
  });

  it('makes the English file outdated when its Italian source is edited, before and after the commit', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, 'content/it/article.mdx'), '\nUn nuovo paragrafo.\n');
    assert.equal(state('article.mdx'), 'outdated', 'an uncommitted edit to the source counts');
    git('commit', '--quiet', '-am', 'Add a paragraph to the Italian article');
    assert.equal(state('article.mdx'), 'outdated');
    assert.equal(state('method.mdx'), 'up to date', 'other files are not affected');
    const en = getTranslationStatus({ root: dir, locales: ['it', 'en'], sourceLocale: 'it' }).locales[1];
    const file = en?.files.find((f) => f.file === 'article.mdx');
    assert.match(file?.changes[0]?.subject ?? '', /Add a paragraph/, 'the source change is listed');
  });

  it('makes it up to date again when the translation is committed after the source', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, 'content/it/claims.yaml'), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the Italian claims');
    assert.equal(state('claims.yaml'), 'outdated');
    appendFileSync(join(dir, 'content/en/claims.yaml'), '# Checked against the source: 2026-11-27\n');
    assert.equal(state('claims.yaml'), 'up to date', 'an uncommitted edit to the translation counts');
    git('commit', '--quiet', '-am', 'Check the English claims');
    assert.equal(state('claims.yaml'), 'up to date');
  });

  it('takes a commit with the [i18n: up to date] marker that names the file as bringing it up to date', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, 'content/it/ui.yaml'), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the Italian interface strings');
    git('commit', '--quiet', '--allow-empty', '-m', '[i18n: up to date] content/en/glossary.yaml');
    assert.equal(state('ui.yaml'), 'outdated', 'a marker naming another file does not count');
    git('commit', '--quiet', '--allow-empty', '-m', 'Nothing to translate\n\n[i18n: up to date] en/ui.yaml');
    assert.equal(state('ui.yaml'), 'up to date');
  });

  it('does not let an unrelated commit to the translation, a typo fix, clear a pending source change', () => {
    const { dir, git, state } = tempRepo();
    appendFileSync(join(dir, 'content/it/glossary.yaml'), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the Italian glossary');
    appendFileSync(join(dir, 'content/en/glossary.yaml'), '# A typo fixed.\n');
    assert.equal(state('glossary.yaml'), 'outdated', 'an uncommitted typo fix does not count');
    git('commit', '--quiet', '-am', 'Fix a typo in the English glossary');
    assert.equal(state('glossary.yaml'), 'outdated', 'a committed typo fix does not count');
    appendFileSync(join(dir, 'content/en/glossary.yaml'), '# Checked against the source: 2026-11-27\n');
    git('commit', '--quiet', '-am', 'Check the English glossary');
    assert.equal(state('glossary.yaml'), 'up to date');
  });

  it('shows the source changes as a diff, and for a list file the entries they touch', () => {
    const { dir, git } = tempRepo();
    const path = join(dir, 'content/it/glossary.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/(\n\s*definition: ")/, '$1Nuova frase. '));
    git('commit', '--quiet', '-am', 'Reword the first Italian definition');
    const en = getTranslationStatus({ root: dir, locales: ['it', 'en'], sourceLocale: 'it' }).locales[1];
    const file = en?.files.find((f) => f.file === 'glossary.yaml');
    assert.match(file?.diff ?? '', /^\+\s*definition: "Nuova frase\. /m);
    assert.equal(file?.entries?.changed.length, 1);
  });

  it('counts an unchanged copy of the source as missing, and names entries still in the source language', () => {
    const { dir, git, state } = tempRepo();
    cpSync(join(dir, 'content/it/timeline.yaml'), join(dir, 'content/en/timeline.yaml'));
    git('commit', '--quiet', '-am', 'Copy the Italian timeline');
    assert.equal(state('timeline.yaml'), 'missing');
    const it_ = readFileSync(join(dir, 'content/it/glossary.yaml'), 'utf8');
    const firstId = /- id: (\S+)/.exec(it_)?.[1] ?? '';
    const italianEntry = /^- id:[\s\S]*?(?=^- id:)/m.exec(it_)?.[0] ?? '';
    const en = readFileSync(join(dir, 'content/en/glossary.yaml'), 'utf8');
    writeFileSync(join(dir, 'content/en/glossary.yaml'), en.replace(/^- id:[\s\S]*?(?=^- id:)/m, italianEntry));
    git('commit', '--quiet', '-am', 'Put an Italian entry in the English glossary');
    const file = getTranslationStatus({ root: dir, locales: ['it', 'en'], sourceLocale: 'it' }).locales[1]?.files.find(
      (f) => f.file === 'glossary.yaml',
    );
    assert.deepEqual(file?.untranslated, [firstId]);
  });

  it('says a file is missing when the translation has none, and its page falls back', () => {
    const { git, state } = tempRepo();
    git('rm', '--quiet', 'content/en/timeline.yaml');
    git('commit', '--quiet', '-m', 'Drop the English timeline');
    assert.equal(state('timeline.yaml'), 'missing');
  });

  it('compares file times when both files have uncommitted edits', () => {
    const { dir, state } = tempRepo();
    appendFileSync(join(dir, 'content/en/glossary.yaml'), '# en\n');
    appendFileSync(join(dir, 'content/it/glossary.yaml'), '# it\n');
    utimesSync(join(dir, 'content/en/glossary.yaml'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    assert.equal(state('glossary.yaml'), 'up to date');
    utimesSync(join(dir, 'content/it/glossary.yaml'), new Date(2031, 0, 1), new Date(2031, 0, 1));
    assert.equal(state('glossary.yaml'), 'outdated');
  });

  it('refuses to guess in a shallow clone, with the fix', () => {
    const { dir, git } = tempRepo();
    appendFileSync(join(dir, 'content/it/article.mdx'), '\nAncora.\n');
    git('commit', '--quiet', '-am', 'A second commit');
    const shallow = mkdtempSync(join(tmpdir(), 'i18n-shallow-'));
    repos.push(shallow);
    execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${dir}`, shallow]);
    const status = getTranslationStatus({ root: shallow, locales: ['it', 'en'], sourceLocale: 'it' });
    assert.match(status.warning ?? '', /shallow clone.*git fetch --unshallow/s);
    assert.ok(status.locales[1]?.files.every((f) => f.state === 'unknown'));
  });
});

describe('npm run i18n:status', () => {
  const script = join(projectRoot, 'scripts/i18n-status.ts');
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [script, '--root', dir, '--locales', 'it,en', ...args], { encoding: 'utf8' });

  it('prints a table, JSON with --json, and fails with --strict only when something is outdated or missing', () => {
    const { dir, git } = tempRepo();
    const clean = run(dir, '--strict');
    assert.equal(clean.status, 0, clean.stderr);
    assert.match(clean.stdout, /en {2}English: \d+ up to date, 0 outdated, 0 missing/);

    appendFileSync(join(dir, 'content/it/key-figures.yaml'), '# Una nota.\n');
    git('commit', '--quiet', '-am', 'Edit the Italian key figures');
    const table = run(dir);
    assert.equal(table.status, 0);
    assert.match(table.stdout, /outdated\s+key-figures\.yaml\s+content\/it\/key-figures\.yaml changed after/);
    assert.match(table.stdout, /· [0-9a-f]{7,} \d{4}-\d{2}-\d{2} Edit the Italian key figures/);

    const json = JSON.parse(run(dir, '--json').stdout) as {
      locales: { locale: string; files: { file: string; state: string }[] }[];
    };
    assert.equal(
      json.locales.find((l) => l.locale === 'en')?.files.find((f) => f.file === 'key-figures.yaml')?.state,
      'outdated',
    );

    const strict = run(dir, '--strict');
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /--strict: 1 file\(s\) missing, outdated, partly untranslated or unknown/);
  });
});
