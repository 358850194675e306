import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatDate,
  formatFigure,
  fractionDigits,
  roundTo,
  type DatePatterns,
  type UnitPatterns,
  countsInMyriads,
} from './format.ts';
import { NBSP } from './typography.ts';

/** Writes the expected text with "_" for a non-breaking space. */
const nb = (text: string) => text.replaceAll('_', NBSP);

const it_: UnitPatterns = {
  'usd-million': '{n} milioni di dollari',
  'usd-billion': '{n} miliardi di dollari',
  usd: '{n} dollari',
  count: '{n}',
  million: '{n} milioni',
  ratio: '{n, plural, one {# volta} other {# volte}}',
};
const en: UnitPatterns = {
  'usd-million': '${n} million',
  'usd-billion': '${n} billion',
  usd: '${n}',
  count: '{n}',
  million: '{n} million',
  ratio: '{n, plural, one {# time} other {# times}}',
};
const datesIt: DatePatterns = { day: '{day, plural, =1 {#°} other {#}} {month} {year}', month: '{month} {year}' };
const datesEn: DatePatterns = { day: '{day} {month} {year}', month: '{month} {year}' };
const datesFr: DatePatterns = { day: '{day, plural, =1 {#er} other {#}} {month} {year}', month: '{month} {year}' };

describe('formatFigure', () => {
  it('writes millions of dollars as each press writes them', () => {
    assert.equal(formatFigure({ unit: 'usd-million', value: 328.2 }, 'it-IT', it_), nb('328,2_milioni di dollari'));
    assert.equal(formatFigure({ unit: 'usd-million', value: 328.2 }, 'en-GB', en), nb('$328.2_million'));
  });

  it('writes a thousand millions and more as billions, to three decimals at most', () => {
    assert.equal(formatFigure({ unit: 'usd-million', value: 2651.4 }, 'it-IT', it_), nb('2,651_miliardi di dollari'));
    assert.equal(formatFigure({ unit: 'usd-million', value: 2651.4 }, 'en-GB', en), nb('$2.651_billion'));
    assert.equal(formatFigure({ unit: 'usd-million', value: [2370, 2390] }, 'en-GB', en), nb('$2.37–2.39_billion'));
  });

  it('writes whole thousands of millions as billions, ranges with one unit', () => {
    assert.equal(
      formatFigure({ unit: 'usd-million', value: [1775, 1800] }, 'it-IT', it_),
      nb('1,775–1,800_miliardi di dollari'),
    );
    assert.equal(formatFigure({ unit: 'usd-million', value: [1775, 1800] }, 'en-GB', en), nb('$1.775–1.800_billion'));
    assert.equal(formatFigure({ unit: 'usd-million', value: [905, 915] }, 'en-GB', en), nb('$905–915_million'));
  });

  it('gives per-share amounts two decimals', () => {
    assert.equal(formatFigure({ unit: 'usd', value: 0.2 }, 'it-IT', it_), nb('0,20_dollari'));
    assert.equal(formatFigure({ unit: 'usd', value: 0.1 }, 'en-GB', en), '$0.10');
    assert.equal(formatFigure({ unit: 'usd', value: 100000 }, 'en-GB', en), '$100,000');
    assert.equal(formatFigure({ unit: 'usd', value: 100000 }, 'it-IT', it_), nb('100.000_dollari'));
  });

  it('formats percentages from their value, rounded to the digits asked for', () => {
    assert.equal(formatFigure({ unit: 'percent', value: 169.016, digits: 0 }, 'it-IT', it_), '169%');
    assert.equal(formatFigure({ unit: 'percent', value: 354 }, 'en-GB', en, { sign: true }), '+354%');
    assert.equal(formatFigure({ unit: 'percent', value: 7.1 }, 'it-IT', it_), '7,1%');
  });

  it('formats counts with the locale grouping, ratios with the locale word', () => {
    assert.equal(formatFigure({ unit: 'count', value: 265400 }, 'it-IT', it_), '265.400');
    assert.equal(formatFigure({ unit: 'count', value: 265400 }, 'en-GB', en), '265,400');
    assert.equal(formatFigure({ unit: 'ratio', value: 2.690163, digits: 2 }, 'it-IT', it_), nb('2,69_volte'));
    assert.equal(formatFigure({ unit: 'count', value: 58458.1, digits: -2 }, 'en-GB', en), '58,500');
  });
});

describe('plural forms', () => {
  it('chooses the form from the number shown', () => {
    assert.equal(formatFigure({ unit: 'ratio', value: 1 }, 'it-IT', it_), nb('1_volta'));
    assert.equal(formatFigure({ unit: 'ratio', value: 30 }, 'it-IT', it_), nb('30_volte'));
    assert.equal(formatFigure({ unit: 'ratio', value: 1 }, 'en-GB', en), nb('1_time'));
    const fr = {
      ...it_,
      ratio: '{n, plural, one {# fois} other {# fois}}',
      million: '{n, plural, one {# million} other {# millions}}',
    };
    assert.equal(formatFigure({ unit: 'million', value: 1.5 }, 'fr-FR', fr), nb('1,5_million'));
    assert.equal(formatFigure({ unit: 'million', value: 300 }, 'fr-FR', fr), nb('300_millions'));
  });

  it('keeps a plain "{n}" pattern working', () => {
    assert.equal(
      formatFigure({ unit: 'million', value: 300 }, 'it-IT', { ...it_, million: '{n} milioni' }),
      nb('300_milioni'),
    );
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
    assert.equal(formatDate('2020-06-02', 'it-IT', datesIt), nb('2_giugno 2020'));
    assert.equal(formatDate('2020-06-02', 'en-GB', datesEn), nb('2_June 2020'));
    assert.equal(formatDate('2019-12', 'en-GB', datesEn), 'December 2019');
    assert.equal(formatDate('2019-12', 'it-IT', datesIt), 'dicembre 2019');
    assert.throws(() => formatDate('June', 'en-GB', datesEn), /Not an ISO date/);
  });

  it("writes the first of the month as each language's pattern says, with no rule for one language in code", () => {
    assert.equal(formatDate('2021-03-01', 'it-IT', datesIt), nb('1°_marzo 2021'));
    assert.equal(formatDate('2021-03-01', 'fr-FR', datesFr), nb('1er_mars 2021'));
    assert.equal(formatDate('2021-03-02', 'fr-FR', datesFr), nb('2_mars 2021'));
    assert.equal(formatDate('2021-03-01', 'en-GB', datesEn), nb('1_March 2021'));
    // The same Italian date under the English pattern has no ordinal: the pattern decides, not the code.
    assert.equal(formatDate('2021-03-01', 'it-IT', datesEn), nb('1_marzo 2021'));
  });
});

describe('languages that count in ten thousands', () => {
  // Fixture patterns of a language that writes its scale words into the number (Japanese).
  const myriad = {
    'usd-million': '{n}ドル',
    'usd-billion': '{n}ドル',
    usd: '{n}ドル',
    count: '{n}',
    million: '{n}',
    ratio: '{n}倍',
  };
  it('are told apart by Intl’s compact notation', () => {
    assert.deepEqual(['ja-JP', 'zh-CN', 'ko-KR', 'en-GB', 'de-DE', 'ar-EG'].map(countsInMyriads), [
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('write amounts in millions whole, with their own scale words and the figure’s precision', () => {
    assert.equal(formatFigure({ unit: 'usd-million', value: 328.2 }, 'ja-JP', myriad), '3.282億ドル');
    assert.equal(formatFigure({ unit: 'usd-million', value: 1.6 }, 'ja-JP', myriad), '160万ドル');
    assert.equal(formatFigure({ unit: 'usd-million', value: [3300, 3400] }, 'ja-JP', myriad), '33億–34億ドル');
    assert.equal(formatFigure({ unit: 'million', value: 300 }, 'ja-JP', myriad), '3億');
    assert.equal(formatFigure({ unit: 'ratio', value: 2.69 }, 'ja-JP', myriad), '2.69倍');
  });
});
