import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber } from '../format.ts';
import { formatShort, formatValue, rawValue } from './format-value.ts';

const it_ = {
  locale: 'it-IT',
  units: {
    'usd-million': '{n} milioni di dollari',
    'usd-billion': '{n} miliardi di dollari',
    usd: '{n} dollari',
    count: '{n}',
    million: '{n} milioni',
    ratio: '{n} volte',
  },
  approx: 'circa {n}',
  approxShort: '~{n}',
};
const en = {
  locale: 'en-GB',
  units: {
    'usd-million': '${n} million',
    'usd-billion': '${n} billion',
    usd: '${n}',
    count: '{n}',
    million: '{n} million',
    ratio: '{n} times',
  },
  approx: 'about {n}',
  approxShort: '~{n}',
};

describe('chart values', () => {
  it('are written in full as the prose writes them, approximations marked', () => {
    assert.equal(
      formatValue({ unit: 'usd-million', value: 328.2, approx: false }, it_),
      '328,2\u00A0milioni di dollari',
    );
    assert.equal(formatValue({ unit: 'usd-million', value: 328.2, approx: false }, en), '$328.2\u00A0million');
    assert.equal(formatValue({ unit: 'million', value: 10, approx: true }, it_), 'circa 10\u00A0milioni');
    assert.equal(formatValue({ unit: 'usd', value: 0.1, approx: true }, en), 'about $0.10');
  });

  it('from 1,000 million up are in billions, as the text that cites them, while the bars keep millions', () => {
    assert.equal(
      formatValue({ unit: 'usd-million', value: [1775, 1800], approx: false }, it_),
      '1,775–1,800\u00A0miliardi di dollari',
    );
    assert.equal(
      formatValue({ unit: 'usd-million', value: [2370, 2390], approx: false }, en),
      '$2.37–2.39\u00A0billion',
    );
    assert.equal(formatShort({ unit: 'usd-million', value: [1775, 1800], approx: false }, en), '1,775–1,800');
    assert.equal(formatValue({ unit: 'usd-million', value: 200, approx: true }, en), 'about $200\u00A0million');
  });

  it('are short on a bar: the number in the locale, cents kept, ranges in millions', () => {
    assert.equal(formatShort({ unit: 'usd-million', value: 2651.4, approx: false }, it_), '2.651,4');
    assert.equal(formatShort({ unit: 'usd-million', value: [1775, 1800], approx: false }, en), '1,775–1,800');
    assert.equal(formatShort({ unit: 'usd', value: 0.1, approx: true }, it_), '~0,10');
    assert.equal(formatShort({ unit: 'count', value: 58458.15, digits: -2, approx: true }, en), '~58,500');
  });

  it('write a dollar threshold on a bar as the table writes it, without cents', () => {
    const threshold = { unit: 'usd', value: 100000, approx: false } as const;
    assert.equal(formatShort(threshold, en), '100,000');
    assert.equal(formatValue(threshold, en), '$100,000');
  });

  it('group axis numbers the way each press does', () => {
    assert.equal(formatNumber(2500, 'it-IT', 0, 2), '2.500');
    assert.equal(formatNumber(2500, 'en-GB', 0, 2), '2,500');
    assert.equal(formatNumber(0.1, 'it-IT', 2), '0,10');
  });

  it('are raw in the CSV: as written, or rounded when computed', () => {
    assert.equal(rawValue(328.2, undefined, false), 328.2);
    assert.equal(rawValue(58458.149, -2, true), 58500);
  });
});
