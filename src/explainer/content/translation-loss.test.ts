/**
 * Nothing a translator writes is lost silently: each loss below, made in a throwaway copy of `content/`,
 * must be an error naming the file, the line and the fix. The places are found in the content itself, in
 * every translation, so the tests hold whatever the languages and texts are.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { localesIn, sourceLocale } from './locales.ts';
import { mdxBlocks } from '../core/i18n/mdx-blocks.ts';
import { checkContent } from './check.ts';
import { codesIn } from '../core/i18n/page-blocks.ts';
import { loadContent, projectRoot } from './load.ts';
import { copyContent } from './test-copy.ts';
import { decodeText } from './read-text.ts';
import { formatProblem } from '../core/problem.ts';

const baseline = new Set(checkContent({ root: copyContent() }).problems.map(formatProblem));
const translations = localesIn(projectRoot).filter((l) => l !== sourceLocale);
const { content } = loadContent();
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Writes `edit(text)` into `file` of a fresh copy; returns the new problems and the warnings. */
function mistake(file: string, edit: (text: string) => string | Uint8Array) {
  const dir = copyContent();
  const original = readFileSync(join(dir, file), 'utf8');
  const changed = edit(original);
  assert.notEqual(changed, original, `the test changes ${file}`);
  writeFileSync(join(dir, file), changed);
  const result = checkContent({ root: dir });
  return {
    problems: result.problems.map(formatProblem).filter((p) => !baseline.has(p)),
    warnings: result.warnings.map(formatProblem),
  };
}

function assertOne(problems: string[], ...patterns: RegExp[]) {
  assert.equal(problems.length, 1, `one problem expected, got:\n${problems.join('\n')}`);
  for (const pattern of patterns) assert.match(problems[0] ?? '', pattern);
  assert.match(problems[0] ?? '', /Fix: \S/);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a file not saved as UTF-8', () => {
  it('is named at the line of its first byte that is not UTF-8', () => {
    const bytes = new TextEncoder().encode('first\nsecond\nthird é\n');
    bytes.set([0xe9], bytes.indexOf(0xc3));
    const read = decodeText(bytes, 'content/x/ui.yaml');
    assert.match(
      read.problem ? formatProblem(read.problem) : '',
      /^content\/x\/ui\.yaml:3: the file is not saved as UTF-8: byte 0xE9/,
    );
    assert.equal(decodeText(new TextEncoder().encode('città\n'), 'f').text, 'città\n');
  });

  for (const locale of translations) {
    const file = `content/${locale}/ui.yaml`;
    it(`${file} with an "é" saved in Latin-1 is refused, not shown as "�"`, () => {
      const text = readFileSync(join(projectRoot, file), 'utf8');
      const at = text.indexOf(': "') + 3;
      const { problems } = mistake(file, (t) =>
        Buffer.concat([Buffer.from(t.slice(0, at)), Buffer.from([0xe9]), Buffer.from(t.slice(at))]),
      );
      assertOne(
        problems,
        new RegExp(`^${escapeRe(file)}:${lineAt(text, at)}: the file is not saved as UTF-8: byte 0xE9`),
        /Fix: save the file as UTF-8/,
      );
    });
  }
});

describe('a code lost from one field of a translation', () => {
  for (const [name, entries] of Object.entries(content.lists)) {
    // An entry whose {fig:…} stands in two fields: deleting it from one leaves it in the entry.
    const found = entries
      .filter((e) => e.data['locale'] !== sourceLocale)
      .flatMap((e) => {
        const fields = Object.entries(e.data).filter((f): f is [string, string] => typeof f[1] === 'string');
        return fields.flatMap(([field, value]) =>
          codesIn(value)
            .filter((c) => c.startsWith('{fig:') && fields.some(([g, v]) => g !== field && v.includes(c)))
            .map((code) => ({ entry: e, field, value, code })),
        );
      })
      .find(({ entry, value }) => readFileSync(join(projectRoot, entry.filePath), 'utf8').includes(value));
    if (!found) continue;
    it(`${found.entry.filePath}: ${found.code} deleted from "${found.field}" while another field keeps it`, () => {
      const text = readFileSync(join(projectRoot, found.entry.filePath), 'utf8');
      const line = lineAt(text, text.indexOf(found.value));
      const { problems } = mistake(found.entry.filePath, (t) =>
        t.replace(found.value, found.value.replace(found.code, '')),
      );
      assertOne(
        problems,
        new RegExp(
          `^${escapeRe(found.entry.filePath)}:${line}: ${escapeRe(found.code)} is missing from "${found.field}" of "[^"]+": content/${sourceLocale}/`,
        ),
      );
    });
    void name;
  }

  for (const page of content.pages.filter((p) => !p.id.startsWith(`${sourceLocale}/`))) {
    const body = page.body ?? '';
    const blocks = mdxBlocks(body);
    const all = codesIn(body);
    // Preferably a <Fig> that the page also shows elsewhere: only a paragraph-by-paragraph check sees it go.
    const figs = blocks
      .flatMap((b) => codesIn(b.text).map((code) => ({ b, code })))
      .filter(({ code }) => code.startsWith('<Fig'));
    const fig = figs.find(({ code }) => all.filter((c) => c === code).length > 1) ?? figs[0];
    const term = blocks
      .flatMap((b) => codesIn(b.text).map((code) => ({ b, code })))
      .find(({ code }) => code.startsWith('<Term'));
    if (fig) {
      it(`${page.filePath}:${fig.b.line}: ${fig.code} deleted from its paragraph`, () => {
        const { problems } = mistake(page.filePath, (t) =>
          t.replace(
            fig.b.text,
            fig.b.text.replace(/<Fig\b[^<>]*\/>/, (tag) => (codesIn(tag)[0] === fig.code ? '' : tag)),
          ),
        );
        assertOne(
          problems,
          new RegExp(
            `^${escapeRe(page.filePath)}:${fig.b.line}: ${escapeRe(fig.code)} is missing from this (paragraph|heading)`,
          ),
        );
      });
    }
    if (term) {
      it(`${page.filePath}:${term.b.line}: ${term.code} taken off its words`, () => {
        const id = /id="([^"]*)"/.exec(term.code)?.[1] ?? '';
        const { problems } = mistake(page.filePath, (t) =>
          t.replace(term.b.text, term.b.text.replace(new RegExp(`<Term id="${escapeRe(id)}">([^<]*)</Term>`), '$1')),
        );
        assertOne(
          problems,
          new RegExp(`^${escapeRe(page.filePath)}:${term.b.line}: ${escapeRe(term.code)} is missing from this`),
          /closed by <\/Term>/,
        );
      });
    }
  }
});

describe('a translation shorter than its source (a work in progress)', () => {
  for (const page of content.pages.filter((p) => !p.id.startsWith(`${sourceLocale}/`))) {
    const blocks = mdxBlocks(page.body ?? '');
    const cut = blocks[Math.floor(blocks.length / 3)];
    if (!cut) continue;
    const shorten = (t: string) =>
      t
        .split('\n')
        .slice(0, cut.line - 1)
        .join('\n')
        .concat('\n');

    it(`${page.filePath} cut at line ${cut.line} builds: what is not translated yet is a warning`, () => {
      const { problems, warnings } = mistake(page.filePath, shorten);
      assert.deepEqual(problems, []);
      assert.ok(
        warnings.some(
          (w) =>
            new RegExp(`^${escapeRe(page.filePath)}:\\d+: the translation ends here, before `).test(w) &&
            /marked as not translated\. Fix: translate them, in order, after this line/.test(w),
        ),
        warnings.join('\n'),
      );
    });

    const early = blocks.find((b) => b.line < cut.line && codesIn(b.text).some((c) => c.startsWith('<Fig')));
    if (!early) continue;
    it(`${page.filePath} cut short: a <Fig> lost in the translated part is still an error`, () => {
      const { problems } = mistake(page.filePath, (t) =>
        shorten(t).replace(early.text, early.text.replace(/<Fig\b[^<>]*\/>/, '')),
      );
      assertOne(
        problems,
        new RegExp(`^${escapeRe(page.filePath)}:${early.line}: <Fig id="[^"]+" /> is missing from this`),
      );
    });
  }
});

describe('a paragraph split in two by the translation', () => {
  for (const page of content.pages.filter((p) => !p.id.startsWith(`${sourceLocale}/`))) {
    // A paragraph with a sentence break before its last <Fig>: the <Fig> goes to the new paragraph.
    const block = mdxBlocks(page.body ?? '').find(
      (b) => b.kind === 'paragraph' && !b.text.includes('\n') && /\. [^.]*<Fig\b[^<>]*\/>[^<>]*$/.test(b.text),
    );
    if (!block) continue;
    it(`${page.filePath}:${block.line}: keeps its codes, in either half`, () => {
      const at = block.text.lastIndexOf('. ', block.text.lastIndexOf('<Fig'));
      const split = `${block.text.slice(0, at + 1)}\n\n${block.text.slice(at + 2)}`;
      const { problems } = mistake(page.filePath, (t) => t.replace(block.text, split));
      assert.deepEqual(problems, []);
    });
  }
});
