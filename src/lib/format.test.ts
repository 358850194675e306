import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatFigure, fractionDigits, roundTo, type UnitPatterns } from './format.ts';

const it_: UnitPatterns = {
  'usd-million': '{n} milioni di dollari',
  'usd-billion': '{n} miliardi di dollari',
  usd: '{n} dollari',
  count: '{n}',
  million: '{n} milioni',
  ratio: '{n} volte',
};
const en: UnitPatterns = {
  'usd-million': '${n} million',
  'usd-billion': '${n} billion',
  usd: '${n}',
  count: '{n}',
  million: '{n} million',
  ratio: '{n} times',
};

describe('formatFigure', () => {
  it('writes millions of dollars as each press writes them', () => {
    assert.equal(formatFigure({ unit: 'usd-million', value: 328.2 }, 'it-IT', it_), '328,2 milioni di dollari');
    assert.equal(formatFigure({ unit: 'usd-million', value: 328.2 }, 'en-GB', en), '$328.2 million');
  });

  it('writes a thousand millions and more as billions, to three decimals at most', () => {
    assert.equal(formatFigure({ unit: 'usd-million', value: 2651.4 }, 'it-IT', it_), '2,651 miliardi di dollari');
    assert.equal(formatFigure({ unit: 'usd-million', value: 2651.4 }, 'en-GB', en), '$2.651 billion');
    assert.equal(formatFigure({ unit: 'usd-million', value: [2370, 2390] }, 'en-GB', en), '$2.37–2.39 billion');
  });

  it('writes whole thousands of millions as billions, ranges with one unit', () => {
    assert.equal(formatFigure({ unit: 'usd-million', value: [1775, 1800] }, 'it-IT', it_), '1,775–1,800 miliardi di dollari');
    assert.equal(formatFigure({ unit: 'usd-million', value: [1775, 1800] }, 'en-GB', en), '$1.775–1.800 billion');
    assert.equal(formatFigure({ unit: 'usd-million', value: [905, 915] }, 'en-GB', en), '$905–915 million');
  });

  it('gives per-share amounts two decimals', () => {
    assert.equal(formatFigure({ unit: 'usd', value: 0.2 }, 'it-IT', it_), '0,20 dollari');
    assert.equal(formatFigure({ unit: 'usd', value: 0.1 }, 'en-GB', en), '$0.10');
    assert.equal(formatFigure({ unit: 'usd', value: 100000 }, 'en-GB', en), '$100,000');
    assert.equal(formatFigure({ unit: 'usd', value: 100000 }, 'it-IT', it_), '100.000 dollari');
  });

  it('formats percentages from their value, rounded to the digits asked for', () => {
    assert.equal(formatFigure({ unit: 'percent', value: 169.016, digits: 0 }, 'it-IT', it_), '169%');
    assert.equal(formatFigure({ unit: 'percent', value: 354 }, 'en-GB', en, { sign: true }), '+354%');
    assert.equal(formatFigure({ unit: 'percent', value: 7.1 }, 'it-IT', it_), '7,1%');
  });

  it('formats counts with the locale grouping, ratios with the locale word', () => {
    assert.equal(formatFigure({ unit: 'count', value: 265400 }, 'it-IT', it_), '265.400');
    assert.equal(formatFigure({ unit: 'count', value: 265400 }, 'en-GB', en), '265,400');
    assert.equal(formatFigure({ unit: 'ratio', value: 2.690163, digits: 2 }, 'it-IT', it_), '2,69 volte');
    assert.equal(formatFigure({ unit: 'count', value: 58458.1, digits: -2 }, 'en-GB', en), '58,500');
  });
});

describe('helpers', () => {
  it('counts fraction digits as written', () => {
    assert.equal(fractionDigits(328.2), 1);
    assert.equal(fractionDigits(905), 0);
    assert.equal(fractionDigits(0.03), 2);
  });

  it('rounds to negative digits', () => {
    assert.equal(roundTo(58458, -2), 58500);
    assert.equal(roundTo(2.6901, 2), 2.69);
  });

  it('formats dates and months for each locale', () => {
    assert.equal(formatDate('2020-06-02', 'it-IT'), '2 giugno 2020');
    assert.equal(formatDate('2020-06-02', 'en-GB'), '2 June 2020');
    assert.equal(formatDate('2019-12', 'en-GB'), 'December 2019');
    assert.equal(formatDate('2021-03-01', 'it-IT'), '1° marzo 2021');
    assert.equal(formatDate('2021-03-01', 'en-GB'), '1 March 2021');
    assert.throws(() => formatDate('June', 'en-GB'), /Not an ISO date/);
  });
});
