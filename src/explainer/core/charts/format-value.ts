/**
 * Formats a chart's values for the table, the tooltips and the labels on the bars, with the same digit
 * rules as the prose (`figureDigits`, `formatNumber`, `formatFigure` of `src/explainer/core/format.ts`).
 */
import {
  fillNumber,
  figureDigits,
  formatFigure,
  formatNumber,
  roundTo,
  type Formattable,
  type UnitPatterns,
} from '../format.ts';
import type { Ui } from '../schemas/ui.ts';

export interface ValueFormat {
  /** The `Intl` locale, e.g. `it-IT`. */
  locale: string;
  units: UnitPatterns;
  /** `{n}` patterns for an approximate value, in full and short. */
  approx: string;
  approxShort: string;
}

/** How a language writes a chart's values, from its interface strings (`content/<locale>/ui.yaml`). */
export function valueFormatOf(ui: Pick<Ui, 'language' | 'units' | 'chart'>): ValueFormat {
  return { locale: ui.language.intl, units: ui.units, approx: ui.chart.approx, approxShort: ui.chart.approxShort };
}

export interface ChartValue extends Formattable {
  approx: boolean;
}

/**
 * The value in full, exactly as the prose writes it: "circa 10 milioni", "$328.2 million", and from
 * 1,000 million up "$1.775–1.800 billion", so that a table cell or a tooltip reads as the sentence that
 * cites the same figure. The labels on the bars and the axis stay on the chart's one unit (`formatShort`).
 */
export function formatValue(point: ChartValue, format: ValueFormat): string {
  const last = typeof point.value === 'number' ? point.value : point.value[1];
  const text = formatFigure(point, format.locale, format.units);
  return point.approx ? fillNumber(format.approx, format.locale, last, text) : text;
}

/** The number alone, for a label on a bar (the unit is written above the chart): "328,2", "~0.10", "905–915". */
export function formatShort(point: ChartValue, format: ValueFormat): string {
  const values = typeof point.value === 'number' ? [point.value] : [...point.value];
  const digits = figureDigits(point);
  const text = values.map((v) => formatNumber(roundTo(v, digits), format.locale, digits)).join('–');
  return point.approx ? fillNumber(format.approxShort, format.locale, values.at(-1) ?? 0, text) : text;
}

/** The raw number for a data file: as written for a reported figure, rounded to its digits for a computed one. */
export function rawValue(value: number, digits: number | undefined, derived: boolean): number {
  return derived ? roundTo(value, digits ?? 2) : value;
}
