/**
 * The explainer layer against its data: derived figures are the arithmetic on the reported ones, every
 * claim is judged and sourced, every term the text marks is defined, in every language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from './load.ts';
import { locales, sourceLocale } from './locales.ts';
import { tagsIn } from '../core/mdx-tags.ts';
import { figureIdsIn } from '../core/placeholders.ts';
import { verdicts } from '../core/schemas/explainer.ts';
import { missingPart } from '../core/i18n/missing-part.ts';

const root = process.cwd();
const { content } = loadContent({ root });
const data = (key: string) => (content.data[key] ?? []).map((entry) => entry.data);
/** The figures as the loader resolved them, derived ones computed. */
const { figures } = content;
const sourceIds = new Set(data('sources').map((s) => s['id']));
const value = (id: string) => {
  const v = figures.get(id)?.value;
  assert.equal(typeof v, 'number', `${id} is a single number`);
  return v as number;
};

describe('derived figures', () => {
  it('equal the arithmetic on the figures they come from', () => {
    assert.equal(value('revenue-growth-factor'), value('revenue-q1-fy2021') / value('revenue-q1-fy2020'));
    assert.equal(value('revenue-growth-percent'), (value('revenue-q1-fy2021') / value('revenue-q1-fy2020') - 1) * 100);
    assert.equal(
      value('operating-income-growth-factor'),
      value('operating-income-q1-fy2021') / value('operating-income-q1-fy2020'),
    );
    assert.equal(value('participants-growth-factor'), value('participants-2020-04') / value('participants-2019-12'));
    assert.equal(
      value('adjusted-eps-vs-guidance-factor'),
      value('adjusted-eps-q1-fy2021') / value('adjusted-eps-guidance-q1-fy2021'),
    );
    const midpoint = (id: string) => {
      const range = figures.get(id)?.value as [number, number];
      return (range[0] + range[1]) / 2;
    };
    assert.equal(
      value('fy2021-guidance-raise-factor'),
      midpoint('fy2021-guidance-2020-06') / midpoint('fy2021-guidance-2020-03'),
    );
    assert.equal(
      value('customers-over-10-employees-q1-fy2020'),
      value('customers-over-10-employees-q1-fy2021') / (1 + value('customers-over-10-employees-growth-percent') / 100),
    );
  });

  it('round to what the checked record says', () => {
    assert.equal(value('revenue-growth-factor').toFixed(2), '2.69');
    assert.equal(value('revenue-growth-percent').toFixed(0), '169');
    assert.equal(value('operating-income-growth-factor').toFixed(1), '14.6');
    assert.equal(value('fy2021-guidance-raise-factor').toFixed(2), '1.96');
    assert.equal(value('participants-growth-factor'), 30);
  });

  it('are never typed: every derived figure in the data has no value of its own', () => {
    const derived = data('figures').filter((f) => f['derive'] !== undefined);
    assert.ok(derived.length > 0);
    for (const input of derived) {
      assert.equal(input['value'], undefined, `${String(input['id'])} has a typed value`);
      assert.equal(input['range'], undefined, `${String(input['id'])} has a typed range`);
    }
  });
});

for (const locale of locales) {
  /** A language shows the source language's file until it has its own (the page's fallback). */
  const list = (name: string) => {
    const entries = content.lists[name] ?? [];
    const own = entries.filter((e) => e.data['locale'] === locale);
    return (own.length > 0 ? own : entries.filter((e) => e.data['locale'] === sourceLocale)).map((e) => e.data);
  };

  describe(`content/${locale}/`, () => {
    it('judges every claim with a known verdict and at least one known source', () => {
      const claims = list('claims');
      assert.ok(claims.length >= 8, `${claims.length} claims`);
      for (const claim of claims) {
        assert.ok(
          (verdicts as readonly unknown[]).includes(claim['verdict']),
          `claim ${claim['id']}: verdict ${claim['verdict']}`,
        );
        const sources = claim['sources'] as string[];
        assert.ok(sources.length >= 1, `claim ${claim['id']} has no source`);
        for (const id of sources) assert.ok(sourceIds.has(id), `claim ${claim['id']}: unknown source ${id}`);
      }
    });

    it('defines every glossary term that the article marks, and marks every defined term', () => {
      const defined = new Set(list('glossary').map((t) => String(t['id'])));
      const article =
        (
          content.pages.find((p) => p.id === `${locale}/article`) ??
          content.pages.find((p) => p.id === `${sourceLocale}/article`)
        )?.body ?? '';
      const sourceArticle = content.pages.find((p) => p.id === `${sourceLocale}/article`)?.body ?? '';
      const terms = (text: string) => new Set(tagsIn(text).flatMap((t) => (t.name === 'Term' && t.id ? [t.id] : [])));
      const used = terms(article);
      // A translation that ends before the source's does is published with the source's part it has not reached.
      const marked = used.union(terms(missingPart(article, sourceArticle)?.text ?? ''));
      for (const id of used) assert.ok(defined.has(id), `<Term id="${id}"> is not in content/${locale}/glossary.yaml`);
      for (const id of defined) assert.ok(marked.has(id), `glossary term "${id}" is never marked in the article`);
      assert.ok(defined.size >= 13);
    });

    it('shows key figures and cites figures that exist, ratios being derived', () => {
      const cards = list('keyFigures');
      assert.ok(cards.length >= 4 && cards.length <= 6, `${cards.length} cards`);
      for (const card of cards) {
        const figure = figures.get(String(card['figure']));
        assert.ok(figure, `card ${card['id']}: unknown figure ${card['figure']}`);
        if (figure.unit === 'ratio') assert.ok(figure.derive, `card ${card['id']}: a ratio must be derived`);
        for (const id of figureIdsIn(String(card['detail'])))
          assert.ok(figures.has(id), `card ${card['id']}: unknown {fig:${id}}`);
      }
    });

    it('dates at least eight timeline events, December 2019 to March 2021, in order', () => {
      const dates = list('timeline').map((e) => String(e['date']));
      assert.ok(dates.length >= 8);
      assert.deepEqual(dates, dates.toSorted());
      assert.ok(
        dates[0]?.startsWith('2019-12') && dates.at(-1)?.startsWith('2021-03'),
        `${dates[0]} … ${dates.at(-1)}`,
      );
      assert.ok(list('timeline').filter((e) => e['kind'] === 'encryption').length >= 3);
    });
  });
}
