/**
 * The shapes the chart code shares: what the registry builds on the server (`ChartModel`), what a
 * drawing needs (`Drawing`, the same at build time and in the browser, where it is read back from the
 * figure's table), and the colours of a theme.
 */
import type { Figure } from '../figures.ts';
import type { Unit } from '../format.ts';

export type Tone = 'base' | 'accent';

export interface ChartPoint {
  key: string;
  label: string;
  figure: Figure;
  tone: Tone;
  mark: boolean;
  reference: boolean;
}

export interface ChartPanel {
  key?: string | undefined;
  title?: string | undefined;
  points: ChartPoint[];
}

/** A chart ready to render: its words in one language and its figures resolved. */
export interface ChartModel {
  id: string;
  /** The locale of the words: the page's, or the source locale when `charts.yaml` is not translated yet. */
  locale: string;
  /** The file the words come from, for error messages. */
  file: string;
  text: {
    title: string;
    takeaway: string;
    unit: string;
    rows: string;
    columns?: string | undefined;
    values: string;
    mark?: string | undefined;
  };
  panels: ChartPanel[];
  /** Every source of every figure shown, in order of first use. */
  sources: string[];
}

/** One bar: its label, its raw value and the value already written, in full and short. */
export interface DrawPoint {
  label: string;
  unit: Unit;
  value: number | readonly [number, number];
  /** In full, as the table and the tooltip write it: "$328.2 million". */
  full: string;
  /** On the bar, the unit being above the chart: "328.2", "~0.10", "905–915". */
  short: string;
  tone: Tone;
  /** Drawn with the chart's mark text next to its value ("The article’s quarter"). */
  mark: boolean;
  /** A dashed line is drawn across the panel at this point's value. */
  reference: boolean;
  /** What the tooltip says of it: the chart's point pattern filled at build time ("Q1 FY2021: $328.2 million"). */
  line?: string | undefined;
}

export interface DrawPanel {
  title?: string | undefined;
  points: DrawPoint[];
}

/** What drawing a chart needs, in one language. */
export interface Drawing {
  /** The `Intl` locale of the axis numbers, e.g. `it-IT`. */
  locale: string;
  /** The text beside the marked bar. */
  mark?: string | undefined;
  panels: DrawPanel[];
}

export interface Theme {
  dark: boolean;
  base: string;
  accent: string;
  /** Text on an accent bar. */
  onAccent: string;
  reference: string;
  text: string;
  bg: string;
  muted: string;
  grid: string;
  /** The font family the canvas measures and draws with. */
  font: string;
}

/** A face of the charts' fonts as the live chart declares it: its file, weight and the characters it sets. */
export interface LiveFace {
  url: string;
  weight: number;
  range: string;
}
