/**
 * Formats a chart's values, on the server (table) and in the browser (tooltips, labels on bars, ticks),
 * with the same `formatFigure` as the prose and the locale's patterns.
 */
import { fillNumber, formatFigure, fractionDigits, roundTo, type Formattable, type UnitPatterns } from '../lib/format.ts';

export interface ValueFormat {
  /** The `Intl` locale, e.g. `it-IT`. */
  locale: string;
  units: UnitPatterns;
  /** `{n}` patterns for an approximate value, in full and short. */
  approx: string;
  approxShort: string;
}

export interface ChartValue extends Formattable {
  approx: boolean;
}

/**
 * The value in full, as the prose writes it: "circa 10 milioni", "$328.2 million". Unlike the prose,
 * millions of dollars stay in millions ("$2,651.4 million", "$1,775–1,800 million", never "billion"),
 * so that every value of a chart is read on the one unit of its axis and its table.
 */
export function formatValue(point: ChartValue, format: ValueFormat): string {
  const last = typeof point.value === 'number' ? point.value : point.value[1];
  const text =
    point.unit === 'usd-million'
      ? fillNumber(format.units['usd-million'], format.locale, last, formatShort({ ...point, approx: false }, format))
      : formatFigure(point, format.locale, format.units);
  return point.approx ? fillNumber(format.approx, format.locale, last, text) : text;
}

/** The number alone, for a label on a bar (the unit is written above the chart): "328,2", "~0.10", "905–915". */
export function formatShort(point: ChartValue, format: ValueFormat): string {
  const values = typeof point.value === 'number' ? [point.value] : [...point.value];
  let digits = point.digits ?? Math.max(...values.map(fractionDigits));
  if (point.unit === 'usd') digits = Math.max(2, digits);
  const text = values.map((v) => formatTick(roundTo(v, digits), format.locale, Math.max(0, digits))).join('–');
  return point.approx ? fillNumber(format.approxShort, format.locale, values.at(-1) ?? 0, text) : text;
}

/** A number on an axis, grouped the way the locale's press groups it: "2.500", "0,05". */
export function formatTick(value: number, locale: string, digits?: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
    useGrouping: 'always',
  }).format(value);
}

/** The raw number for a data file: as written for a reported figure, rounded to its digits for a computed one. */
export function rawValue(value: number, digits: number | undefined, derived: boolean): number {
  return derived ? roundTo(value, digits ?? 2) : value;
}
