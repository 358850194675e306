/**
 * Formats figures and dates for a locale with `Intl`. Pure functions: the words around a number
 * ("{n} milioni di dollari", "{n, plural, one {# volta} other {# volte}}") and the order of a date's
 * parts come from the locale's interface strings, as ICU MessageFormat patterns. The result has the
 * non-breaking spaces the locale's typography wants (see typography.ts).
 */
import { formatMessage } from './messages.ts';
import { typeset } from './typography.ts';

export const units = ['usd-million', 'usd', 'count', 'million', 'percent', 'ratio'] as const;
export type Unit = (typeof units)[number];

/**
 * The unit patterns a locale must define in its `ui.yaml`, under `units`, in ICU MessageFormat.
 * `{n}` (or `#` inside `{n, plural, …}`) stands for the number as the site formats it.
 */
export interface UnitPatterns {
  'usd-million': string;
  'usd-billion': string;
  usd: string;
  count: string;
  million: string;
  ratio: string;
}

export interface Formattable {
  unit: Unit;
  /** A single value, or the two ends of a range. */
  value: number | readonly [number, number];
  /** Fraction digits to show; when absent, those of the value as written in the data. */
  digits?: number | undefined;
}

export interface FormatOptions {
  /** Show the sign of a change: "+354%". */
  sign?: boolean;
}

/** Counts the fraction digits of a number as written: 328.2 → 1, 2651.4 → 1, 905 → 0. */
export function fractionDigits(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/**
 * The fraction digits a figure is written with: its own `digits`, else those of the value as written in
 * the data; amounts in dollars under a hundred keep their cents ("$0.20"), thresholds do not ("$100,000").
 */
export function figureDigits(figure: Formattable): number {
  const values = typeof figure.value === 'number' ? [figure.value] : [...figure.value];
  const digits = figure.digits ?? Math.max(...values.map(fractionDigits));
  return figure.unit === 'usd' && values.some((v) => v < 100) ? Math.max(2, digits) : digits;
}

/**
 * Writes a number the way the locale's press does, grouped ("2.500", "0,05"), with `min` to `max`
 * fraction digits. Every number of the site, in prose, tables, chart labels and axes, goes through here.
 */
export function formatNumber(value: number, locale: string, min: number, max = min): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: Math.max(0, min),
    maximumFractionDigits: Math.max(0, max),
    useGrouping: 'always',
  }).format(value);
}

/** Fills an ICU `pattern`'s `{n}` with `text`, the plural form chosen by `value`, and typesets it. */
export function fillNumber(pattern: string, locale: string, value: number, text: string): string {
  return typeset(formatMessage(pattern, locale, { n: { value, text } }), locale);
}

/**
 * Formats a figure for `locale`, e.g. 328.2 usd-million → "328,2 milioni di dollari" (it) or
 * "$328.2 million" (en). Amounts from 1,000 million up are shown in billions, to at most three decimals,
 * the way the financial press writes them ("$1.775 billion", "$2.651 billion").
 */
export function formatFigure(
  figure: Formattable,
  locale: string,
  patterns: UnitPatterns,
  options: FormatOptions = {},
): string {
  const values = typeof figure.value === 'number' ? [figure.value] : [...figure.value];
  let pattern: string;
  let scaled = values;
  let style: 'decimal' | 'percent' = 'decimal';
  let digits = figureDigits(figure);

  switch (figure.unit) {
    case 'usd-million': {
      if (values.every((v) => v >= 1000)) {
        scaled = values.map((v) => v / 1000);
        digits = Math.min(3, Math.max(...scaled.map(fractionDigits)));
        pattern = patterns['usd-billion'];
      } else {
        pattern = patterns['usd-million'];
      }
      break;
    }
    case 'usd':
      pattern = patterns.usd;
      break;
    case 'percent':
      style = 'percent';
      scaled = values.map((v) => v / 100);
      pattern = '{n}';
      break;
    case 'count':
      pattern = patterns.count;
      break;
    case 'million':
      pattern = patterns.million;
      break;
    case 'ratio':
      pattern = patterns.ratio;
      break;
  }

  // Where the language counts in ten thousands (万, 億; 만, 억), amounts in millions are written whole, in
  // its own scale words ("3.282億", "160万"), and the pattern gives only the currency ("{n}ドル").
  if ((figure.unit === 'usd-million' || figure.unit === 'million') && countsInMyriads(locale)) {
    const significant = Math.max(
      ...values.map((v) => String(roundTo(v, figureDigits(figure))).replace(/^0\.0*|\./g, '').length),
    );
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: significant });
    const whole = values.map((v) => compact.format(v * 1e6)).join('–');
    return fillNumber(
      figure.unit === 'million' ? patterns.million : patterns['usd-million'],
      locale,
      values.at(-1) ?? 0,
      whole,
    );
  }

  // A percentage is formatted from its fraction (1.69 → "169%"), so it is rounded two places further.
  const rounding = style === 'percent' ? digits + 2 : digits;
  const number = new Intl.NumberFormat(locale, {
    style,
    minimumFractionDigits: Math.max(0, digits),
    maximumFractionDigits: Math.max(0, digits),
    useGrouping: 'always',
    signDisplay: options.sign ? 'exceptZero' : 'auto',
  });
  const rounded = scaled.map((v) => roundTo(v, rounding));
  const text = rounded.map((v) => number.format(v)).join('–');
  // A range takes the plural of its upper end ("1–2 milioni"), as CLDR's plural ranges mostly do.
  const last = rounded.at(-1) ?? 0;
  return fillNumber(pattern, locale, style === 'percent' ? last * 100 : last, text);
}

/**
 * Whether a language names its large numbers by ten thousands (Chinese, Japanese, Korean: 1万, 1만) rather
 * than by thousands: read from Intl's compact notation, which writes ten thousand as "1" and a scale word.
 */
export function countsInMyriads(locale: string): boolean {
  const parts = new Intl.NumberFormat(locale, { notation: 'compact' }).formatToParts(1e4);
  return (
    parts.some((p) => p.type === 'compact') &&
    parts
      .filter((p) => p.type === 'integer')
      .map((p) => p.value)
      .join('') === '1'
  );
}

/** Rounds to `digits` fraction digits; negative digits round to tens, hundreds… */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The date patterns a locale defines in its `ui.yaml`, under `dates`, in ICU MessageFormat with the
 * arguments `{day}`, `{month}` (the month's name) and `{year}`: "{day, plural, =1 {#°} other {#}} {month} {year}"
 * gives "1° marzo 2021", "{day, plural, =1 {#er} other {#}} {month} {year}" gives "1er mars 2021".
 */
export interface DatePatterns {
  /** A day: "2 giugno 2020". */
  day: string;
  /** A month without a day: "giugno 2020". */
  month: string;
}

/**
 * Formats an ISO date (YYYY-MM-DD or YYYY-MM) for `locale` with its `patterns`. The month's name and
 * the numbers come from `Intl` (the month in the form it takes in a full date, as some languages
 * decline it), the order and the words around them from the patterns.
 */
export function formatDate(iso: string, locale: string, patterns: DatePatterns): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month))
    throw new Error(`Not an ISO date: "${iso}"`);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const values = {
    month:
      day === undefined
        ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long' }).format(date)
        : part('month'),
    year: part('year'),
    ...(day === undefined ? {} : { day: { value: day, text: part('day') } }),
  };
  return typeset(formatMessage(day === undefined ? patterns.month : patterns.day, locale, values), locale);
}
