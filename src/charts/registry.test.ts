import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { locales } from '../i18n/config.ts';
import { chartIds } from './ids.ts';
import { buildChart, registry } from './registry.ts';
import { chartsOf, localeData } from './test-data.ts';

describe('chart registry', () => {
  it('has a builder for every chart id', () => {
    assert.deepEqual(Object.keys(registry).toSorted(), [...chartIds].toSorted());
  });

  for (const locale of locales) {
    it(`builds every chart from the figures and content/${locale}/charts.yaml`, () => {
      const data = localeData(locale);
      for (const id of chartIds) {
        const model = buildChart(id, data, 'test');
        assert.ok(model.text.title && model.text.takeaway, `${id} has a title and a takeaway`);
        assert.ok(model.sources.length > 0, `${id} has sources`);
        assert.ok(!model.text.takeaway.includes('{fig:'), `${id}: the takeaway's figures are filled in`);
      }
    });
  }

  it('places every chart once in each article', () => {
    for (const locale of locales) {
      const text = readFileSync(`content/${locale}/article.mdx`, 'utf8');
      const placed = [...text.matchAll(/<Chart id="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(placed.toSorted(), [...chartIds].toSorted(), `content/${locale}/article.mdx`);
    }
  });

  it('shows the quarter of the article marked, and $1.6 million in a panel of its own scale', () => {
    const data = localeData('en');
    const quarterly = buildChart('quarterly-revenue', data, 'test');
    const marked = quarterly.panels[0]?.points.filter((p) => p.mark).map((p) => p.figure.id);
    assert.deepEqual(marked, ['revenue-q1-fy2021']);
    assert.equal(quarterly.panels[0]?.points.length, 8);
    const yoy = buildChart('year-on-year', data, 'test');
    assert.equal(yoy.panels.length, 3);
    assert.deepEqual(
      yoy.panels[1]?.points.map((p) => p.figure.value),
      [1.6, 23.4],
    );
  });

  it('fails on an unknown chart id, naming the file and the known ids', () => {
    assert.throws(
      () => buildChart('revenue-by-quarter', localeData('en'), 'content/en/article.mdx'),
      (error: Error) =>
        error.message.includes('content/en/article.mdx') &&
        error.message.includes('"revenue-by-quarter"') &&
        chartIds.every((id) => error.message.includes(id)),
    );
  });

  it('fails on a missing label, naming the file and the key', () => {
    const charts: Record<string, unknown>[] = chartsOf('en');
    const broken = charts.map((c) =>
      c['id'] === 'participants' ? { ...c, labels: { 'dec-2019': 'December 2019', 'mar-2020': 'March 2020' } } : c,
    );
    assert.throws(
      () => buildChart('participants', localeData('en', broken), 'test'),
      /content\/en\/charts\.yaml.*"labels\.apr-2020" is missing/,
    );
    const without = charts.filter((c) => c['id'] !== 'customers');
    assert.throws(
      () => buildChart('customers', localeData('en', without), 'test'),
      /content\/en\/charts\.yaml: chart "customers" has no entry/,
    );
  });
});
