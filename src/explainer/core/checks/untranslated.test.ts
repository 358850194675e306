/**
 * Untranslated text, made in a throwaway copy of `content/`: each must give one warning naming the file,
 * the line and the fix, besides those the content as it is already gives (a translation in progress has
 * some; only `npm run check:strict` requires none).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { localesIn, sourceLocale } from '../../content/locales.ts';
import { mdxBlocks } from '../i18n/mdx-blocks.ts';
import { loadContent, projectRoot } from '../../content/load.ts';
import { formatProblem } from '../problem.ts';
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
const S = sourceLocale;
const sourceFiles = readdirSync(join(projectRoot, 'content', S));
/** A translation with every file, whichever it is: the tests leave some of its text untranslated. */
const T =
  localesIn(projectRoot).find(
    (l) => l !== S && sourceFiles.every((f) => existsSync(join(projectRoot, 'content', l, f))),
  ) ??
  (() => {
    throw new Error(`These tests need a translation with every file of content/${S}/, and there is none.`);
  })();
const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
/** The warnings the content as it is gives: each test looks only at those its edit adds. */
const baseline = new Set(untranslatedWarnings(loadContent({ root: copyWith({}) }).content).map(formatProblem));
const warningsIn = (dir: string) =>
  untranslatedWarnings(loadContent({ root: dir }).content)
    .map(formatProblem)
    .filter((w) => !baseline.has(w));
const paragraphs = (file: string) =>
  mdxBlocks(read(file).replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, '')))
    .filter((b) => b.kind === 'paragraph' && !b.text.startsWith('<'))
    .map((b) => b.text);

describe('untranslated text', () => {
  it('finds none in the source language', () => {
    assert.deepEqual(
      [...baseline].filter((w) => w.startsWith(`content/${S}/`)),
      [],
    );
  });

  it('warns at a paragraph left in the source language', () => {
    const sourceText = paragraphs(`content/${S}/article.mdx`)[1] ?? '';
    const translated = paragraphs(`content/${T}/article.mdx`)[1] ?? '';
    const dir = copyWith({ [`content/${T}/article.mdx`]: (t) => t.replace(translated, sourceText) });
    const [warning, ...rest] = warningsIn(dir);
    assert.deepEqual(rest, []);
    const line = read(`content/${T}/article.mdx`)
      .slice(0, read(`content/${T}/article.mdx`).indexOf(translated))
      .split('\n').length;
    assert.match(
      warning ?? '',
      new RegExp(
        `^content/${T}/article\\.mdx:${line}: this paragraph is the same as content/${S}/article\\.mdx:\\d+, still in the source language\\. Fix: translate it\\.`,
      ),
    );
  });

  it('warns where a heading or a paragraph is missing, naming the source line', () => {
    const heading = /^## .*$/m.exec(read(`content/${T}/article.mdx`))?.[0] ?? '';
    const dir = copyWith({ [`content/${T}/article.mdx`]: (t) => t.replace(`${heading}\n\n`, '') });
    const [warning, ...rest] = warningsIn(dir);
    assert.deepEqual(rest, []);
    assert.match(
      warning ?? '',
      new RegExp(
        `^content/${T}/article\\.mdx:\\d+: a heading is missing after this line: content/${S}/article\\.mdx:\\d+ \\(“.+…”\\) has no counterpart here\\. Fix: translate it`,
      ),
    );
    const withFig = paragraphs(`content/${T}/article.mdx`).find((p) => p.includes('<Fig')) ?? '';
    const [lost] = warningsIn(copyWith({ [`content/${T}/article.mdx`]: (t) => t.replace(`${withFig}\n\n`, '') }));
    assert.match(lost ?? '', /a paragraph is missing/);
  });

  it('warns at a list entry left in the source language', () => {
    const entry = (t: string) => /^- id: revenue\n[\s\S]*?(?=^- id:)/m.exec(t)?.[0] ?? '';
    const dir = copyWith({
      [`content/${T}/glossary.yaml`]: (t) => t.replace(entry(t), entry(read(`content/${S}/glossary.yaml`))),
    });
    const [warning, ...rest] = warningsIn(dir);
    assert.deepEqual(rest, []);
    assert.match(
      warning ?? '',
      new RegExp(
        `^content/${T}/glossary\\.yaml:\\d+: in "revenue", "term", "definition" are the same as in content/${S}/glossary\\.yaml:\\d+, still in the source language\\. Fix: translate them\\.`,
      ),
    );
  });

  it('warns once for a list file left whole in the source language, and at interface strings identical to the source', () => {
    const dir = copyWith({
      [`content/${T}/glossary.yaml`]: () => read(`content/${S}/glossary.yaml`),
      [`content/${T}/ui.yaml`]: (t) =>
        t
          .replace(/toc: ".*"/, `toc: "${/toc: "(.*)"/.exec(read(`content/${S}/ui.yaml`))?.[1]} x"`)
          .replace(
            /(footer:\n {2}about: )".*"/,
            `$1${/footer:\n {2}about: (".*")/.exec(read(`content/${S}/ui.yaml`))?.[1]}`,
          ),
    });
    const warnings = warningsIn(dir);
    assert.ok(
      warnings.includes(
        `content/${T}/glossary.yaml:1: the whole file is the same as content/${S}/glossary.yaml, still in the source language. Fix: translate it (npm run i18n:status counts it as missing).`,
      ),
      warnings.join('\n'),
    );
    assert.equal(
      warnings.filter((w) => w.startsWith(`content/${T}/glossary.yaml`)).length,
      1,
      'one warning for the whole file',
    );
    assert.ok(
      warnings.some((w) =>
        new RegExp(
          `^content/${T}/ui\\.yaml:\\d+: the interface string "footer\\.about" is the same as in content/${S}/ui\\.yaml`,
        ).test(w),
      ),
      warnings.join('\n'),
    );
  });

  it('is a warning for npm run check, an error with --strict', () => {
    const sourceText = paragraphs(`content/${S}/method.mdx`)[0] ?? '';
    const translated = paragraphs(`content/${T}/method.mdx`)[0] ?? '';
    const dir = copyWith({ [`content/${T}/method.mdx`]: (t) => t.replace(translated, sourceText) });
    const script = join(projectRoot, 'scripts/check-content.ts');
    const warn = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
    assert.equal(warn.status, 0, warn.stderr);
    assert.match(warn.stderr, new RegExp(`! content/${T}/method\\.mdx:\\d+: this paragraph is the same`));
    const strict = spawnSync(process.execPath, [script, '--root', dir, '--strict'], { encoding: 'utf8' });
    assert.equal(strict.status, 1);
    // Missing files, if the project has a language still without some, are named in the same line.
    assert.match(strict.stderr, /--strict: untranslated text (and missing files \(\d+\) )?fails? the check/);
  });

  it('counts the files a new language lacks under npm run check, and fails on each under --strict', () => {
    const code =
      ['fr', 'de', 'es', 'pt', 'nl'].find((l) => !(localesIn(projectRoot) as string[]).includes(l)) ?? 'x-new';
    const dir = copyWith({});
    const script = join(projectRoot, 'scripts/check-content.ts');
    // What the project already lacks (a language still being translated file by file) is counted too.
    const before = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
    const already = Number(/(\d+) files? not translated yet/.exec(before.stdout)?.[1] ?? 0);
    mkdirSync(join(dir, 'content', code));
    copyFileSync(join(dir, 'content', S, 'ui.yaml'), join(dir, 'content', code, 'ui.yaml'));
    const lacking = sourceFiles.filter((f) => f !== 'ui.yaml');
    assert.ok(lacking.length > 0);
    const plain = spawnSync(process.execPath, [script, '--root', dir], { encoding: 'utf8' });
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stdout, new RegExp(`${already + lacking.length} files not translated yet`));
    assert.doesNotMatch(plain.stderr, new RegExp(`content/${code}/${lacking[0]}: the file is missing`));
    const strict = spawnSync(process.execPath, [script, '--root', dir, '--strict'], { encoding: 'utf8' });
    assert.equal(strict.status, 1, strict.stdout);
    for (const file of lacking) {
      assert.match(
        strict.stderr,
        new RegExp(
          `✗ content/${code}/${file.replace('.', '\\.')}: the file is missing.*Fix: copy content/${S}/${file.replace('.', '\\.')} to content/${code}/`,
        ),
      );
    }
  });
});
