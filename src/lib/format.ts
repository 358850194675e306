/**
 * Formats figures for a locale with `Intl`. Pure functions: the words around a number
 * ("{n} milioni di dollari", "${n} million") come from the locale's interface strings.
 */

export const units = ['usd-million', 'usd', 'count', 'million', 'percent', 'ratio'] as const;
export type Unit = (typeof units)[number];

/** The unit patterns a locale must define in its `ui.yaml`, under `units`. `{n}` stands for the number. */
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

function fill(pattern: string, n: string): string {
  return pattern.replace('{n}', n);
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

  // A percentage is formatted from its fraction (1.69 → "169%"), so it is rounded two places further.
  const rounding = style === 'percent' ? digits + 2 : digits;
  const number = new Intl.NumberFormat(locale, {
    style,
    minimumFractionDigits: Math.max(0, digits),
    maximumFractionDigits: Math.max(0, digits),
    useGrouping: 'always',
    signDisplay: options.sign ? 'exceptZero' : 'auto',
  });
  const text = scaled.map((v) => number.format(roundTo(v, rounding))).join('–');
  return fill(pattern, text);
}

/** Rounds to `digits` fraction digits; negative digits round to tens, hundreds… */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Formats an ISO date (YYYY-MM-DD or YYYY-MM) as the locale writes it: "2 giugno 2020", "2 June 2020". */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined) throw new Error(`Not an ISO date: "${iso}"`);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).formatToParts(date);
  // Italian writes the first of the month as an ordinal: "1° marzo 2021".
  const ordinalFirst = day === 1 && new Intl.Locale(locale).language === 'it';
  return parts.map((p) => (p.type === 'day' && ordinalFirst ? `${p.value}°` : p.value)).join('');
}
