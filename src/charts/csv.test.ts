import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartCsv, csvCell } from './csv.ts';
import { loadContent } from '../content/load.ts';
import { buildChart } from './registry.ts';
import { chartInputs, sourcesFor } from './test-inputs.ts';

const { content } = loadContent();

const words = { low: 'low ({unit})', high: 'high ({unit})', approx: 'approximate', yes: 'yes', sources: 'sources' };
const csv = (id: string) => {
  return chartCsv(buildChart(id, chartInputs(content, 'en'), 'test'), words, sourcesFor(content, 'en'))
    .replace(/^\uFEFF/, '')
    .split('\r\n');
};

describe('chartCsv', () => {
  it('writes a header with the unit and raw numbers with their sources', () => {
    const [header, first, , , , q1] = csv('quarterly-revenue');
    assert.equal(header, 'Quarter,Revenue (millions of dollars),approximate,sources');
    assert.match(
      first ?? '',
      /^Q1 FY2020,122,,StreetInsider <https:\/\/www\.streetinsider\.com\/.+>; The Hindu <https:/,
    );
    assert.match(q1 ?? '', /^Q1 FY2021,328\.2,,/);
  });

  it('gives ranges a low and a high column', () => {
    const [header, march] = csv('fy2021-guidance');
    assert.equal(header, 'Forecast or result,low (millions of dollars),high (millions of dollars),approximate,sources');
    assert.match(march ?? '', /^Forecast of March 2020,905,915,,/);
  });

  it('gives small multiples a column per panel, marks approximations and rounds computed values', () => {
    const [header, before] = csv('customers');
    assert.equal(header, 'Customers,Quarter,Count (customers),approximate,sources');
    assert.match(before ?? '', /^More than ten employees,Q1 FY2020,58500,yes,/);
  });

  it('quotes cells with commas or quotes', () => {
    assert.equal(csvCell('Over $100,000'), '"Over $100,000"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell(328.2), '328.2');
  });
});
