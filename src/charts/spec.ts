/**
 * What a chart's client code receives, as JSON in the figure's `data-spec`: every text already in the
 * reader's language, every number raw with its unit and also as the server formatted it (in full and
 * short), so that the client needs no message formatting of its own.
 */
import type { Unit, UnitPatterns } from '../lib/format.ts';
import { formatShort, formatValue } from './format-value.ts';
import type { ChartModel } from './registry.ts';

export type Tone = 'base' | 'accent';

export interface SpecPoint {
  label: string;
  unit: Unit;
  value: number | readonly [number, number];
  digits?: number | undefined;
  approx: boolean;
  tone: Tone;
  /** Drawn with the chart's mark text next to its value ("The article’s quarter"). */
  mark: boolean;
  /** A dashed line is drawn across the panel at this point's value. */
  reference: boolean;
  /** The value in full, as the table writes it: "328,2 milioni di dollari". */
  text: string;
  /** The number alone, for a label on a bar: "328,2", "~0,10". */
  short: string;
}

export interface SpecPanel {
  /** The panel's title, for small multiples; a single-panel chart has none. */
  title?: string | undefined;
  points: SpecPoint[];
}

export interface ChartSpec {
  /** The `Intl` locale, e.g. `it-IT`. */
  locale: string;
  units: UnitPatterns;
  /** `{n}` patterns for an approximate value: in full ("about {n}") and on a bar ("~{n}"). */
  approx: string;
  approxShort: string;
  /** `{label}` and `{value}` pattern of a tooltip and of an announcement. */
  point: string;
  mark?: string | undefined;
  panels: SpecPanel[];
}

/** The client's spec of a built chart, with the locale's patterns for formatting. */
export function toSpec(
  model: ChartModel,
  format: { locale: string; units: UnitPatterns; approx: string; approxShort: string; point: string },
): ChartSpec {
  return {
    ...format,
    mark: model.text.mark,
    panels: model.panels.map((panel) => ({
      title: panel.title,
      points: panel.points.map(({ label, figure, tone, mark, reference }) => ({
        label,
        unit: figure.unit,
        value: figure.value,
        digits: figure.digits,
        approx: figure.approx,
        tone,
        mark,
        reference,
        text: formatValue(figure, format),
        short: formatShort(figure, format),
      })),
    })),
  };
}
