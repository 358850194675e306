import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../content/load.ts';
import { formatProblem } from './problem.ts';
import { readerSources, sourceWordsProblems, type SourceFacts, type SourceWords } from './sources.ts';

const facts = new Map<string, SourceFacts>([
  [
    'wire',
    {
      id: 'wire',
      headline: 'Zoom beats estimates',
      lang: 'en',
      publisher: 'Wire',
      date: '2020-06-02',
      url: 'https://example.org/a',
    },
  ],
  ['paper', { id: 'paper', lang: 'en', publisher: 'Paper', date: '2020-02-23' }],
]);

describe('readerSources', () => {
  it('keeps a headline in its own language and takes descriptions and notes from the reader’s words', () => {
    const words: SourceWords[] = [
      { id: 'wire', note: 'citato da Paper' },
      { id: 'paper', title: 'Articolo sui conti' },
    ];
    const sources = readerSources(facts, words, 'it');
    assert.deepEqual(
      { title: sources.get('wire')?.title, titleLang: sources.get('wire')?.titleLang, note: sources.get('wire')?.note },
      { title: 'Zoom beats estimates', titleLang: 'en', note: 'citato da Paper' },
    );
    assert.deepEqual(
      { title: sources.get('paper')?.title, titleLang: sources.get('paper')?.titleLang },
      { title: 'Articolo sui conti', titleLang: 'it' },
    );
  });

  it('refuses a source the reader could not name, saying which file to fix', () => {
    assert.throws(
      () => readerSources(facts, [{ id: 'wire' }], 'en'),
      /content\/en\/sources\.yaml: the source "paper" has no headline .* Fix: add {2}title:/,
    );
  });
});

describe('sourceWordsProblems', () => {
  const file = 'content/it/sources.yaml';
  it('names an unknown id, a missing title and, in the source language, a source without an entry', () => {
    const problems = sourceWordsProblems(
      facts,
      [
        { id: 'paper', where: { file, line: 3 } },
        { id: 'wyre', where: { file, line: 5 } },
      ],
      file,
      true,
    );
    assert.deepEqual(problems.map(formatProblem), [
      `${file}:3: the source "paper" has no recorded headline, so it needs a "title". Fix: add  title: "…"  saying what the source is.`,
      `${file}:5: there is no source "wyre" in content/data/figures.yaml. Fix: use the id of a source listed there, or delete this entry.`,
      `${file}: the source "wire" of content/data/figures.yaml has no entry. Fix: add "- id: wire" (with a title if the source has no headline, and any note).`,
    ]);
  });

  it('lets a translation lag: it needs no entry for every source', () => {
    assert.deepEqual(
      sourceWordsProblems(
        facts,
        [{ id: 'paper', title: 'Article', where: { file: 'content/en/sources.yaml', line: 1 } }],
        'content/en/sources.yaml',
        false,
      ),
      [],
    );
  });
});

describe('the site’s sources', () => {
  const { content, problems } = loadContent();
  const facts = content.sources as ReadonlyMap<string, SourceFacts>;
  const words = (locale: string) =>
    (content.lists['sourceTexts'] ?? [])
      .filter((e) => e.data['locale'] === locale)
      .map((e) => e.data as unknown as SourceWords);

  it('load without problems', () => assert.deepEqual(problems, []));

  for (const locale of content.locales) {
    it(`show a reader of "${locale}" only words of that language (or, until translated, the source's), and headlines marked with their own`, () => {
      // A translation without its sources.yaml yet shows the source language's words, marked as such.
      const lang = words(locale).length > 0 ? locale : content.sourceLocale;
      const own = words(lang);
      assert.ok(own.length > 0, `content/${lang}/sources.yaml has entries`);
      for (const source of readerSources(facts, own, lang).values()) {
        // A title in another language is the source's own headline, which the page marks with its language.
        if (source.titleLang !== lang) assert.equal(source.title, facts.get(source.id)?.headline, source.id);
        assert.equal(source.wordsLang, lang);
      }
    });
  }

  it('keep no reader-facing words in the data file, where they could not be translated', () => {
    for (const source of facts.values()) {
      assert.deepEqual(
        Object.keys(source).filter((key) => !['id', 'headline', 'lang', 'publisher', 'date', 'url'].includes(key)),
        [],
        source.id,
      );
    }
  });
});
