/**
 * Untranslated text, made in a throwaway copy of `content/`: each must give one warning naming the file,
 * the line and the fix; and the content as it is gives none.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContent, projectRoot } from './load.ts';
import { untranslatedWarnings } from './untranslated.ts';

const copies: string[] = [];
after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyWith(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'untranslated-'));
  copies.push(dir);
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const before = readFileSync(join(dir, file), 'utf8');
    const text = edit(before);
    assert.notEqual(text, before, `the test's edit changes ${file}`);
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const warningsIn = (dir: string) => untranslatedWarnings(loadContent({ root: dir }).content);
const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const paragraphs = (file: string) =>
  read(file)
    .split('\n\n')
    .filter((p) => /^[A-Z«“]/.test(p) && !p.startsWith('<'));

describe('untranslated text', () => {
  it('finds none in the content as it is', () => {
    assert.deepEqual(warningsIn(copyWith({})), []);
  });

  it('warns at a paragraph left in the source language', () => {
    const italian = paragraphs('content/it/article.mdx')[1] ?? '';
    const english = paragraphs('content/en/article.mdx')[1] ?? '';
    const dir = copyWith({ 'content/en/article.mdx': (t) => t.replace(english, italian) });
    const [warning, ...rest] = warningsIn(dir);
    assert.deepEqual(rest, []);
    const line = read('content/en/article.mdx')
      .slice(0, read('content/en/article.mdx').indexOf(english))
      .split('\n').length;
    assert.match(
      warning ?? '',
      new RegExp(
        `^content/en/article\\.mdx:${line}: this paragraph is the same as content/it/article\\.mdx:\\d+, still in the source language\\. Fix: translate it\\.`,
      ),
    );
  });

  it('warns where a heading or a paragraph is missing, naming the source line', () => {
    const heading = /^## .*$/m.exec(read('content/en/article.mdx'))?.[0] ?? '';
    const dir = copyWith({ 'content/en/article.mdx': (t) => t.replace(`${heading}\n\n`, '') });
    const [warning, ...rest] = warningsIn(dir);
    assert.deepEqual(rest, []);
    assert.match(
      warning ?? '',
      /^content\/en\/article\.mdx:\d+: a heading is missing after this line: content\/it\/article\.mdx:\d+ \(“.+…”\) has no counterpart here\. Fix: translate it/,
    );
    const withFig = paragraphs('content/en/article.mdx').find((p) => p.includes('<Fig')) ?? '';
    const [lost] = warningsIn(copyWith({ 'content/en/article.mdx': (t) => t.replace(`${withFig}\n\n`, '') }));
    assert.match(lost ?? '', /a paragraph is missing/);
  });

  it('warns at a list entry left in the source language', () => {
    const entry = (t: string) => /^- id: revenue\n[\s\S]*?(?=^- id:)/m.exec(t)?.[0] ?? '';
    const dir = copyWith({
      'content/en/glossary.yaml': (t) => t.replace(entry(t), entry(read('content/it/glossary.yaml'))),
    });
    const [warning, ...rest] = warningsIn(dir);
    assert.deepEqual(rest, []);
    assert.match(
      warning ?? '',
      /^content\/en\/glossary\.yaml:\d+: in "revenue", "term", "definition" are the same as in content\/it\/glossary\.yaml:\d+, still in the source language\. Fix: translate them\./,
    );
  });

  it('warns once for a list file left whole in the source language, and at interface strings identical to the source', () => {
    const dir = copyWith({
      'content/en/glossary.yaml': () => read('content/it/glossary.yaml'),
      'content/en/ui.yaml': (t) =>
        t
          .replace(/toc: ".*"/, `toc: "${/toc: "(.*)"/.exec(read('content/it/ui.yaml'))?.[1]} e altro"`)
          .replace(
            /(footer:\n {2}about: )".*"/,
            `$1${/footer:\n {2}about: (".*")/.exec(read('content/it/ui.yaml'))?.[1]}`,
          ),
    });
    const warnings = warningsIn(dir);
    assert.ok(
      warnings.includes(
        'content/en/glossary.yaml:1: the whole file is the same as content/it/glossary.yaml, still in the source language. Fix: translate it (npm run i18n:status counts it as missing).',
      ),
      warnings.join('\n'),
    );
    assert.equal(
      warnings.filter((w) => w.startsWith('content/en/glossary.yaml')).length,
      1,
      'one warning for the whole file',
    );
    assert.ok(
      warnings.some((w) =>
        /^content\/en\/ui\.yaml:\d+: the interface string "footer\.about" is the same as in content\/it\/ui\.yaml/.test(
          w,
        ),
      ),
      warnings.join('\n'),
    );
  });

  it('is a warning for npm run check, an error with --strict', () => {
    const italian = paragraphs('content/it/method.mdx')[0] ?? '';
    const english = paragraphs('content/en/method.mdx')[0] ?? '';
    const dir = copyWith({ 'content/en/method.mdx': (t) => t.replace(english, italian) });
    const script = join(projectRoot, 'scripts/check-content.ts');
    const warn = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
    assert.equal(warn.status, 0, warn.stderr);
    assert.match(warn.stderr, /! content\/en\/method\.mdx:\d+: this paragraph is the same/);
    const strict = spawnSync(process.execPath, [script, '--root', dir, '--strict'], { encoding: 'utf8' });
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /--strict: untranslated text fails the check/);
  });
});
