import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { locales } from '../content/locales.ts';
import { isoInstant, newsArticle, type NewsArticleInput } from './news-article.ts';
import { ProblemError } from './problem.ts';

const input: NewsArticleInput = {
  file: 'content/it/article.mdx',
  headline: 'Titolo',
  description: 'Sommario',
  inLanguage: 'it',
  published: new Date('2026-11-26T13:00:00Z'),
  updated: new Date('2026-11-27T04:30:00+01:00'),
  eventDate: new Date('2020-06-02'),
  site: { name: 'Il sito', url: 'https://example.org/' },
  image: 'https://example.org/og/it.png',
  url: 'https://example.org/it/',
};
/** A date and time with a zone (Z or ±hh:mm), as schema.org and search engines want it. */
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('newsArticle', () => {
  it('names the site as author, and dates first publication and latest change apart, with their zone', () => {
    const ld = newsArticle(input);
    assert.deepEqual(ld['author'], { '@type': 'Organization', name: 'Il sito', url: 'https://example.org/' });
    assert.equal(ld['datePublished'], '2026-11-26T13:00:00Z');
    assert.equal(ld['dateModified'], '2026-11-27T03:30:00Z');
    assert.match(String(ld['datePublished']), WITH_ZONE);
    assert.match(String(ld['dateModified']), WITH_ZONE);
  });

  it('names the article the text retells, when there is one', () => {
    assert.deepEqual(newsArticle({ ...input, basedOn: { lang: 'de', date: '2020-06' } })['isBasedOn'], {
      '@type': 'NewsArticle',
      inLanguage: 'de',
      datePublished: '2020-06',
    });
    assert.equal('isBasedOn' in newsArticle(input), false);
  });

  it('refuses an update dated before the first publication', () => {
    assert.throws(
      () => newsArticle({ ...input, updated: new Date('2026-11-25T10:00:00Z') }),
      (error: unknown) =>
        error instanceof ProblemError &&
        /^content\/it\/article\.mdx: the article's "updated" .* is before its "published" .* Fix:/.test(error.message),
    );
  });

  it('writes an instant in UTC to the second', () =>
    assert.equal(isoInstant(new Date('2026-11-26T14:00:00.250+01:00')), '2026-11-26T13:00:00Z'));
});

describe('each article’s frontmatter', () => {
  for (const locale of locales.filter((l) => existsSync(`content/${l}/article.mdx`))) {
    it(`content/${locale}/article.mdx dates its first publication apart from its latest change, each with a zone`, () => {
      const text = readFileSync(`content/${locale}/article.mdx`, 'utf8');
      const front = parse(text.split(/^---$/m)[1] ?? '') as { published?: string; updated?: string };
      assert.match(String(front.published), WITH_ZONE, 'published');
      assert.match(String(front.updated), WITH_ZONE, 'updated');
      assert.ok(new Date(String(front.published)) < new Date(String(front.updated)), 'published is before updated');
    });
  }
});
