/**
 * Charts built from their definitions and words, on a made-up story of the tests' own
 * (`src/__fixtures__/story/`), loaded by the real loader; and every chart of the site's own content.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyRoot } from '../../../__fixtures__/story.ts';
import { loadContent } from '../../content/load.ts';
import { tagsIn } from '../mdx-tags.ts';
import { buildChart } from './registry.ts';
import { chartInputs, chartWords, latinTranslation } from './test-inputs.ts';

const story = loadContent({ root: storyRoot });
const { content } = story;
const [source = ''] = content.locales;
/** The translation in Latin letters, whose words the tests below quote (the others try other scripts). */
const translation = latinTranslation(content);
const ids = [...content.charts.keys()];

describe('charts built from content/data/charts.yaml', () => {
  it('loads the story, in its source language and translations, without a problem', () => {
    assert.deepEqual(story.problems, []);
    assert.ok(content.locales.length > 2);
    assert.equal(source, content.sourceLocale);
  });

  for (const locale of content.locales) {
    it(`builds every chart from its definition and content/${locale}/charts.yaml`, () => {
      const inputs = chartInputs(content, locale);
      for (const id of ids) {
        const model = buildChart(id, inputs, 'test');
        const definition = content.charts.get(id);
        assert.equal(model.locale, locale);
        assert.ok(model.text.title && model.text.takeaway, `${id} has a title and a takeaway`);
        assert.ok(model.sources.length > 0, `${id} has sources`);
        assert.ok(!model.text.takeaway.includes('{fig:'), `${id}: the takeaway's figures are filled in`);
        assert.deepEqual(
          model.panels.map((p) => p.points.map((pt) => [pt.figure.id, pt.tone, pt.mark, pt.reference])),
          definition?.panels.map((p) => p.points.map((pt) => [pt.figure, pt.tone, pt.mark, pt.reference])),
          `${id} shows the figures of its definition, in order`,
        );
      }
    });
  }

  it('builds one panel with a marked bar, small multiples with titles, and a reference line', () => {
    const inputs = chartInputs(content, translation);
    const perYear = buildChart('riders-per-year', inputs, 'test');
    assert.equal(perYear.panels.length, 1);
    assert.deepEqual(
      perYear.panels[0]?.points.map((p) => [p.label, p.tone, p.mark]),
      [
        ['2021', 'base', false],
        ['2022', 'base', false],
        ['2023', 'accent', true],
      ],
    );
    assert.equal(perYear.text.mark, 'Rapportens år');
    // Formatted in the language's way, a number kept with the word after it by a no-break space.
    assert.equal(perYear.text.takeaway, 'Från 1,8\u00A0miljoner år 2021\u00A0till 2,6\u00A0miljoner år 2023.');

    const byDay = buildChart('riders-by-day', inputs, 'test');
    assert.deepEqual(
      byDay.panels.map((p) => [p.key, p.title, p.points.map((pt) => pt.figure.value)]),
      [
        ['weekdays', 'Vardagar', [5400, 6100]],
        ['weekends', 'Helger', [3100, 4200]],
      ],
    );
    assert.equal(byDay.text.columns, 'År');

    const forecast = buildChart('forecast', inputs, 'test');
    assert.deepEqual(
      forecast.panels[0]?.points.map((p) => [p.figure.value, p.reference]),
      [
        [[2.2, 2.4], false],
        [[2.4, 2.5], false],
        [2.6, true],
      ],
    );
    assert.deepEqual(forecast.sources, ['city-report', 'counters']);
  });

  it('fails on an unknown chart id, naming the file, a likely id and the known ids', () => {
    const [first = ''] = ids;
    assert.throws(
      () => buildChart(`${first}x`, chartInputs(content, source), 'content/xx/article.mdx'),
      (error: Error) =>
        error.message.includes('content/xx/article.mdx') &&
        error.message.includes(`"${first}x". Did you mean "${first}"?`) &&
        ids.every((id) => error.message.includes(id)),
    );
  });

  it('fails on a missing label or a missing entry, naming the file and the key', () => {
    const words = chartWords(content, source);
    const [entry] = words;
    const [key = ''] = Object.keys(entry?.labels ?? {});
    assert.ok(entry);
    const broken = words.map((c) =>
      c.id === entry.id ? { ...c, labels: Object.fromEntries(Object.entries(c.labels).filter(([k]) => k !== key)) } : c,
    );
    const file = `content/${source}/charts.yaml`;
    assert.throws(
      () => buildChart(entry.id, chartInputs(content, source, broken), 'test'),
      (error: Error) => error.message.startsWith(file) && error.message.includes(`"labels.${key}" is missing`),
    );
    const without = words.filter((c) => c.id !== entry.id);
    assert.throws(
      () => buildChart(entry.id, chartInputs(content, source, without), 'test'),
      (error: Error) => error.message.startsWith(`${file}: chart "${entry.id}" has no entry`),
    );
  });
});

describe("the site's own charts", () => {
  const site = loadContent();
  const siteIds = [...site.content.charts.keys()];

  it('are each built in every language that has its own charts.yaml', () => {
    // A language without one shows the source language's charts, built by the source's words.
    const withWords = site.content.locales.filter((locale) => site.content.files.get(locale)?.includes('charts.yaml'));
    assert.ok(withWords.includes(site.content.sourceLocale));
    for (const locale of withWords) {
      const inputs = chartInputs(site.content, locale);
      for (const id of siteIds) assert.ok(buildChart(id, inputs, 'test').panels.length > 0, `${locale} ${id}`);
    }
  });

  it('are each placed once in the source article, and at most once in a translation still under way', () => {
    const placed = (page: { body?: string | undefined }) =>
      tagsIn(page.body ?? '').flatMap((t) => (t.name === 'Chart' && t.id ? [t.id] : []));
    for (const page of site.content.pages.filter((p) => p.id.endsWith('/article'))) {
      const ids = placed(page);
      if (page.id.startsWith(`${site.content.sourceLocale}/`)) assert.deepEqual(ids.toSorted(), siteIds.toSorted());
      else {
        assert.equal(new Set(ids).size, ids.length, `${page.filePath} places a chart twice`);
        for (const id of ids) assert.ok(siteIds.includes(id), `${page.filePath}: ${id}`);
      }
    }
  });
});
