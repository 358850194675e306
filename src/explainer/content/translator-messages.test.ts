/**
 * The mistakes a translator makes most, each made in a throwaway copy of `content/`: one error each,
 * saying what to do in the translator's terms (a field written twice, an id translated, a date translated,
 * an ICU plural broken or without its number). The places are found in the content of every translation.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { localesIn, sourceLocale } from './locales.ts';
import { formsWithoutNumber, parsePattern } from '../core/messages.ts';
import { checkContent } from './check.ts';
import { loadContent, projectRoot } from './load.ts';
import { copyContent } from './test-copy.ts';
import { formatProblem } from '../core/problem.ts';

const baseline = new Set(checkContent({ root: copyContent() }).problems.map(formatProblem));
const translations = localesIn(projectRoot).filter((l) => l !== sourceLocale);
const { content } = loadContent();
const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mistake(file: string, edit: (text: string) => string): string[] {
  const dir = copyContent();
  const original = readFileSync(join(dir, file), 'utf8');
  const changed = edit(original);
  assert.notEqual(changed, original, `the test changes ${file}`);
  writeFileSync(join(dir, file), changed);
  return checkContent({ root: dir })
    .problems.map(formatProblem)
    .filter((p) => !baseline.has(p));
}

function assertOne(problems: string[], ...patterns: RegExp[]): string {
  assert.equal(problems.length, 1, `one problem expected, got:\n${problems.join('\n')}`);
  for (const pattern of patterns) assert.match(problems[0] ?? '', pattern);
  assert.match(problems[0] ?? '', /Fix: \S/);
  return problems[0] ?? '';
}

describe('a field written twice', () => {
  for (const locale of translations) {
    const file = `content/${locale}/ui.yaml`;
    const text = read(file);
    const m = /^( {2}(\w+): .*\n)/m.exec(text);
    if (!m) continue;
    it(`${file}: "${m[2]}" twice names the field and both lines`, () => {
      const first = lineAt(text, m.index);
      const problems = mistake(file, (t) => t.replace(m[1] ?? '', `${m[1]}${m[1]}`));
      assertOne(
        problems,
        new RegExp(
          `^${escapeRe(file)}:${first + 1}:\\d+: the field "${m[2]}" is written twice in the same group, here and on line ${first}`,
        ),
        new RegExp(`Fix: keep one "${m[2]}:" line \\(lines ${first} and ${first + 1}\\)`),
      );
    });
  }
});

describe('an id translated', () => {
  for (const [name, entries] of Object.entries(content.lists)) {
    const entry = entries.find((e) => e.data['locale'] !== sourceLocale);
    if (!entry) continue;
    const locale = String(entry.data['locale']);
    const id = entry.id.slice(locale.length + 1);
    const source = entries.find((e) => e.id === `${sourceLocale}/${id}`);
    it(`${entry.filePath}: "${id}" translated is one error saying ids are codes, naming the source's id (${name})`, () => {
      const problems = mistake(entry.filePath, (t) => t.replace(`- id: ${id}\n`, `- id: ${id}-tradotto\n`));
      assertOne(
        problems,
        new RegExp(
          `^${escapeRe(entry.filePath)}:${entry.line}: the id "${id}-tradotto" is translated, but ids are codes, not text`,
        ),
        new RegExp(`${escapeRe(source?.filePath ?? '')}, which has "${id}" in this place \\(line ${source?.line}\\)`),
        new RegExp(`Fix: write "id: ${id}" back`),
      );
    });
  }
});

describe('a date translated', () => {
  for (const page of content.pages.filter((p) => !p.id.startsWith(`${sourceLocale}/`))) {
    const text = read(page.filePath);
    const m = /^eventDate: (\S+)$/m.exec(text);
    if (!m) continue;
    const line = lineAt(text, m.index);
    const intl = String(content.ui.get(page.id.split('/')[0] ?? '')?.data?.language.intl);
    const inWords = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(m[1] ?? ''));
    for (const words of [inWords(intl), inWords(String(content.ui.get(sourceLocale)?.data?.language.intl))]) {
      it(`${page.filePath}: "eventDate: ${words}" says dates stay as in the source, YYYY-MM-DD`, () => {
        const problems = mistake(page.filePath, (t) => t.replace(m[0], `eventDate: ${words}`));
        const problem = assertOne(problems, new RegExp(`^${escapeRe(page.filePath)}:${line}: `), /YYYY-MM-DD/);
        assert.match(problem, /[Dd]ates are not translated/);
        assert.doesNotMatch(problem, /received Date/);
      });
    }
    it(`${page.filePath}: an eventDate changed from the source's is named`, () => {
      const problems = mistake(page.filePath, (t) => t.replace(m[0], 'eventDate: 1999-01-01'));
      assertOne(
        problems,
        new RegExp(
          `^${escapeRe(page.filePath)}:${line}: "eventDate: 1999-01-01" differs from content/${sourceLocale}/`,
        ),
        new RegExp(`Fix: write "eventDate: ${m[1]}"`),
      );
    });
  }
});

describe('ICU plurals', () => {
  it('names each form that drops the number, and accepts a plain {n}', () => {
    const source = '{n, plural, one {# volta} other {# volte}}';
    assert.deepEqual(
      formsWithoutNumber(source, '{n, plural, one {time} other {# times}}').map((f) => `${f.form} {${f.text}}`),
      ['one {time}'],
    );
    assert.deepEqual(formsWithoutNumber(source, '{n} fois'), []);
    assert.deepEqual(formsWithoutNumber(source, '{n, plural, one {# fois} many {# de fois} other {# fois}}'), []);
  });

  it('says in words why a pattern is broken, and refuses translated form names', () => {
    assert.throws(() => parsePattern('{n, plural, one {# x} autre {# x}}'), /no "other \{…\}" form/);
    assert.throws(() => parsePattern('{n, plurale, one {# x} other {# x}}'), /plural, select or selectordinal/);
    assert.throws(() => parsePattern('{n, plural, un {# x} other {# x}}'), /“un” is not one of zero, one/);
  });

  for (const locale of translations) {
    const file = `content/${locale}/ui.yaml`;
    const text = read(file);
    const plural = /^ {2}(\w+): "(\{n, plural, (\w+) \{# ([^{}]*)\}.*)"$/m.exec(text);
    if (!plural) continue;
    const [line, key, pattern, form, words] = plural;
    it(`${file}: "${key}" without # in its "${form}" form is an error naming the form`, () => {
      const problems = mistake(file, (t) =>
        t.replace(line, line.replace(`${form} {# ${words}}`, `${form} {${words}}`)),
      );
      assertOne(
        problems,
        new RegExp(
          `^${escapeRe(file)}:${lineAt(text, plural.index)}: the interface string "units\\.${key}": the form ${form} \\{${escapeRe(words ?? '')}\\} of \\{n, plural, …\\} has no #`,
        ),
        /Fix: write # where the number goes/,
      );
    });
    it(`${file}: "${key}" with its "other" form renamed says so, not that {n} is missing`, () => {
      const problems = mistake(file, (t) => t.replace(line, line.replace(' other {', ' autre {')));
      const problem = assertOne(problems, /no "other \{…\}" form/, /the names of the forms are not translated/);
      assert.doesNotMatch(problem, /must keep/);
      void pattern;
    });
  }
});
