import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyRoot } from '../../../__fixtures__/story.ts';
import { loadContent } from '../../content/load.ts';
import { chartCsv, csvCell } from './csv.ts';
import { buildChart } from './registry.ts';
import { chartInputs, latinTranslation, sourcesFor } from './test-inputs.ts';

const { content } = loadContent({ root: storyRoot });
const translation = latinTranslation(content);
const words = {
  low: 'low ({unit})',
  high: 'high ({unit})',
  approx: 'approximate',
  yes: 'yes',
  derived: 'derived',
  sources: 'sources',
};
const model = (id: string) => buildChart(id, chartInputs(content, translation), 'test');
const rows = (chart: ReturnType<typeof model>) =>
  chartCsv(chart, words, sourcesFor(content, translation))
    .replace(/^\uFEFF/, '')
    .split('\r\n');
const csv = (id: string) => rows(model(id));

describe('chartCsv', () => {
  it('writes a header with the unit and raw numbers with their sources', () => {
    const [header, first, , last] = csv('riders-per-year');
    assert.equal(header, 'År,Resor (miljoner resor),approximate,derived,sources');
    assert.equal(first, '2021,1.8,,,Stadt Beispielhafen <https://example.org/radverkehr>');
    // A source without a headline is described in the reader's language; the cell is quoted for its comma.
    assert.equal(
      last,
      '2023,2.6,,,"Stadt Beispielhafen <https://example.org/radverkehr>; Zählstellen Beispielhafen, “Data från stadens räknestationer”"',
    );
  });

  it('gives ranges a low and a high column', () => {
    const [header, spring] = csv('forecast');
    assert.equal(header, 'Prognos eller utfall,low (miljoner resor),high (miljoner resor),approximate,derived,sources');
    assert.match(spring ?? '', /^Prognos på våren,2\.2,2\.4,,,/);
  });

  it('gives small multiples a column per panel, and marks approximations', () => {
    const [header, first, , , last] = csv('riders-by-day');
    assert.equal(header, 'Dagar,År,Resor per dag (resor per dag),approximate,derived,sources');
    assert.equal(first, 'Vardagar,2022,5400,,,"Zählstellen Beispielhafen, “Data från stadens räknestationer”"');
    assert.match(last ?? '', /^Helger,2023,4200,yes,,/);
  });

  it('marks a value computed from others, and cites the sources of what it is computed from', () => {
    const chart = model('riders-per-year');
    const derived = content.figures.get('riders-growth-factor');
    const [point] = chart.panels[0]?.points ?? [];
    assert.ok(derived?.derive && point, 'the story has a derived figure and a chart with a point');
    point.figure = derived;
    const [, first = ''] = rows(chart);
    assert.match(first, /^2021,[\d.]+,,yes,/, 'the derived column says yes');
    assert.match(first, /Stadt Beispielhafen/, 'the sources of the figures it is computed from');
  });

  it('quotes cells with commas or quotes', () => {
    assert.equal(csvCell('Over $100,000'), '"Over $100,000"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell(328.2), '328.2');
  });
});
