import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  findTypedNumbers,
  matchFigure,
  parseLocaleNumber,
  proseOfMdx,
  proseOfText,
  readDigitDate,
  type FigureText,
} from './typed-numbers.ts';

const typed = (text: string, intl = 'en-GB', also: string[] = [], names: string[] = []) =>
  findTypedNumbers(text, intl, also, names).map((n) => n.text);

describe('findTypedNumbers', () => {
  it('allows dates with a month name, bare years, quarters, fiscal years and the listed labels', () => {
    assert.deepEqual(
      typed(
        'On 2 June 2020, and on June 2nd, in Q1 FY2021 and in 2019: AES-256-GCM, SIP/H.323, E2EE.',
        'en-GB',
        [],
        ['AES-256-GCM', 'H.323', 'E2EE'],
      ),
      [],
    );
    assert.deepEqual(typed('AES-256-GCM, H.323 and E2EE, unless listed'), ['256', '323', '2']);
    assert.deepEqual(typed('H.3234 and XH.323 are other names', 'en-GB', [], ['H.323']), ['3234', '323']);
    assert.deepEqual(typed('Il 1° marzo 2021 e il 31 gennaio, nel Q4 FY2020.', 'it-IT'), []);
  });

  it('finds quantities, with their separators, and days without a month', () => {
    assert.deepEqual(typed('Revenue was $328.2 million, 265,400 customers, up 169%.'), ['328.2', '265,400', '169']);
    assert.deepEqual(typed('Ricavi per 2.651,4 milioni.', 'it-IT'), ['2.651,4']);
    assert.deepEqual(typed('the 17th, 12 months'), ['17', '12']);
  });

  it('allows the quarters, halves and ordinals of quarters as other languages write them', () => {
    assert.deepEqual(typed('Au T1 FY2021 (1er trimestre) et au S2, puis au 2e trimestre', 'fr-FR'), []);
    assert.deepEqual(typed('nel 1° trimestre e nel T2, H1 2020', 'it-IT'), []);
    assert.deepEqual(typed('in the 1st quarter, and 4Q'), []);
    assert.deepEqual(typed('T12 and Q5 are no quarters, nor the 5e trimestre', 'fr-FR'), ['12', '5', '5']);
  });

  it('allows a fiscal year across two calendar years, but not a number after it', () => {
    assert.deepEqual(typed('l’esercizio 2019/20 e il 2020/21', 'it-IT'), []);
    assert.deepEqual(typed('2019/20/21 e 2019/205', 'it-IT'), ['20', '21', '205']);
  });

  it("allows dates in the source language's words in a translation, when told the source language", () => {
    assert.deepEqual(typed('le 22 aprile 2020', 'fr-FR', ['it-IT']), []);
    assert.deepEqual(typed('le 22 aprile 2020', 'fr-FR'), ['22']);
  });

  it("finds a date typed in digits as one date, read in the language's order", () => {
    const [date] = findTypedNumbers('il 02/06/2020, poi', 'it-IT');
    assert.deepEqual(date, { text: '02/06/2020', index: 3, date: '2020-06-02' });
    assert.deepEqual(typed('on 2020-06-02 and 2.6.20'), ['2020-06-02', '2.6.20']);
    assert.equal(readDigitDate('06/02/2020', 'en-US'), '2020-06-02');
    assert.equal(readDigitDate('02/06/2020', 'en-GB'), '2020-06-02');
    assert.equal(readDigitDate('31/13/2020', 'en-GB'), undefined);
  });

  it('reads month names in the locale only', () => {
    assert.deepEqual(typed('il 2 June', 'it-IT'), ['2']);
  });
});

describe('proseOfMdx and proseOfText', () => {
  it('blank tags, expressions and placeholders but keep lines and positions', () => {
    const mdx = 'import X from "y";\nRevenue of <Fig id="revenue-q1-fy2021" /> in <Term id="q1">Q1</Term>.\n{/* 42 */}';
    const prose = proseOfMdx(mdx);
    assert.equal(prose.length, mdx.length);
    assert.equal(prose.split('\n').length, 3);
    assert.deepEqual(typed(prose), []);
    assert.deepEqual(typed(proseOfText('From {fig:participants-2019-12} to {n} times')), []);
  });
});

describe('parseLocaleNumber', () => {
  it('reads each locale’s separators, and a mistyped decimal point', () => {
    assert.equal(parseLocaleNumber('2,651.4', 'en-GB'), 2651.4);
    assert.equal(parseLocaleNumber('2.651,4', 'it-IT'), 2651.4);
    assert.equal(parseLocaleNumber('265.400', 'it-IT'), 265400);
    assert.equal(parseLocaleNumber('1,775', 'it-IT'), 1.775);
    assert.equal(parseLocaleNumber('328.2', 'it-IT'), 328.2);
    assert.equal(parseLocaleNumber('265\u202F400', 'fr-FR'), 265400);
  });
});

describe('matchFigure', () => {
  const figures: FigureText[] = [
    { id: 'revenue', text: '$328.2 million' },
    { id: 'growth', text: '169%' },
    { id: 'days', text: '30' },
    { id: 'factor', text: '30 times' },
  ];
  const match = (text: string) => {
    const [number] = findTypedNumbers(text, 'en-GB');
    assert.ok(number, `a number in "${text}"`);
    return matchFigure(text, number, figures, 'en-GB');
  };

  it('names the figure that shows the same number, preferring the one whose unit surrounds it', () => {
    assert.deepEqual(match('revenue of $328.2 million'), { kind: 'same', figures: [figures[0]], inContext: true });
    assert.deepEqual(match('grew 30 times'), { kind: 'same', figures: [figures[3]], inContext: true });
    assert.deepEqual(match('revenue of 328.2'), { kind: 'same', figures: [figures[0]], inContext: false });
  });

  it("names no figure for a small number whose words are not a figure's unit", () => {
    assert.deepEqual(match('for 30 days'), { kind: 'none' });
    assert.deepEqual(match('joins 31 meetings'), { kind: 'none' });
    assert.deepEqual(match('some 330.2 people'), { kind: 'none' });
  });

  it('calls a near but different number a disagreement with the data', () => {
    assert.deepEqual(match('revenue of $330.2 million'), { kind: 'close', figure: figures[0] });
    assert.deepEqual(match('up 170%'), { kind: 'close', figure: figures[1] });
  });

  it('finds nothing for a number far from every figure', () => {
    assert.deepEqual(match('four is 4'), { kind: 'none' });
  });
});

describe('numbers of other scripts and languages', () => {
  it('allows the dates, quarters and small counts that Chinese, Japanese and Korean write in digits', () => {
    assert.deepEqual(typed('2020年6月2日、第1四半期の売上は3倍になった。4月と2019年も。', 'ja-JP'), []);
    assert.deepEqual(typed('2020년 6월 2일, 1분기 매출은 3배가 되었다.', 'ko-KR'), []);
    assert.deepEqual(typed('2020年6月2日，第1季度收入增长了3倍。', 'zh-CN'), []);
  });

  it('still finds a quantity among them, and a larger count that may be a figure', () => {
    assert.deepEqual(typed('売上高は328.2百万ドル、参加者は30倍。', 'ja-JP'), ['328.2', '30']);
    assert.deepEqual(typed('2020年62日', 'ja-JP'), ['62']);
  });

  it('finds numbers typed in Arabic-Indic or full-width digits, and reads them', () => {
    assert.deepEqual(typed('بلغت الإيرادات ٣٢٨٫٢ مليون دولار في ٢٠٢٠', 'ar-EG'), ['٣٢٨٫٢']);
    assert.equal(parseLocaleNumber('٣٢٨٫٢', 'ar-EG'), 328.2);
    assert.deepEqual(typed('في ٢ يونيو ٢٠٢٠ وفي ٣١ يناير، لا في ٣١ يوماً', 'ar-EG'), ['٣١']);
    assert.equal(parseLocaleNumber('２６５', 'ja-JP'), 265);
  });
});
