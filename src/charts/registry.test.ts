import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../content/load.ts';
import { tagsIn } from '../lib/mdx-tags.ts';
import { buildChart } from './registry.ts';
import { chartInputs, chartWords } from './test-inputs.ts';

const { content, problems } = loadContent();
const ids = [...content.charts.keys()];
const { sourceLocale } = content;

describe('charts built from content/data/charts.yaml', () => {
  it('loads the charts without a problem', () => {
    assert.deepEqual(problems, []);
    assert.ok(ids.length > 0);
  });

  for (const locale of content.locales) {
    it(`builds every chart from its definition and content/${locale}/charts.yaml`, () => {
      const inputs = chartInputs(content, locale);
      for (const id of ids) {
        const model = buildChart(id, inputs, 'test');
        const definition = content.charts.get(id);
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

  it('places every chart once in each article', () => {
    for (const page of content.pages.filter((p) => p.id.endsWith('/article'))) {
      const placed = tagsIn(page.body ?? '').flatMap((t) => (t.name === 'Chart' && t.id ? [t.id] : []));
      assert.deepEqual(placed.toSorted(), ids.toSorted(), page.filePath);
    }
  });

  it('fails on an unknown chart id, naming the file, a likely id and the known ids', () => {
    const [first = ''] = ids;
    assert.throws(
      () => buildChart(`${first}x`, chartInputs(content, sourceLocale), 'content/xx/article.mdx'),
      (error: Error) =>
        error.message.includes('content/xx/article.mdx') &&
        error.message.includes(`"${first}x". Did you mean "${first}"?`) &&
        ids.every((id) => error.message.includes(id)),
    );
  });

  it('fails on a missing label or a missing entry, naming the file and the key', () => {
    const words = chartWords(content, sourceLocale);
    const [entry] = words;
    const [key = ''] = Object.keys(entry?.labels ?? {});
    assert.ok(entry);
    const broken = words.map((c) =>
      c.id === entry.id ? { ...c, labels: Object.fromEntries(Object.entries(c.labels).filter(([k]) => k !== key)) } : c,
    );
    const file = `content/${sourceLocale}/charts.yaml`;
    assert.throws(
      () => buildChart(entry.id, chartInputs(content, sourceLocale, broken), 'test'),
      (error: Error) => error.message.startsWith(file) && error.message.includes(`"labels.${key}" is missing`),
    );
    const without = words.filter((c) => c.id !== entry.id);
    assert.throws(
      () => buildChart(entry.id, chartInputs(content, sourceLocale, without), 'test'),
      (error: Error) => error.message.startsWith(`${file}: chart "${entry.id}" has no entry`),
    );
  });
});
