/**
 * Writes a chart's data as CSV: a header row with the units, raw numbers, whether each value is approximate
 * or computed from others, and the sources of each value (for a computed one, those of its inputs).
 */
import { midpoint } from '../figures.ts';
import { formatMessage } from '../messages.ts';
import type { ChartModel } from './registry.ts';
import { rawValue } from './format-value.ts';

export interface CsvWords {
  low: string;
  high: string;
  approx: string;
  yes: string;
  /** The header of the column that marks a value computed from others (`derive` in the data file). */
  derived: string;
  sources: string;
}

export interface CsvSource {
  publisher: string;
  title: string;
  url?: string | undefined;
}

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV of a chart. One row per value; small multiples get a column for the panel. A range gets a
 * low and a high column. Starts with a byte-order mark so spreadsheet programs read it as UTF-8.
 */
export function chartCsv(model: ChartModel, words: CsvWords, sources: ReadonlyMap<string, CsvSource>): string {
  const { text } = model;
  const unit = (pattern: string) => formatMessage(pattern, model.locale, { unit: text.unit });
  const multiples = model.panels.length > 1;
  const points = model.panels.flatMap((panel) => panel.points.map((point) => ({ panel, point })));
  const ranges = points.some(({ point }) => typeof point.figure.value !== 'number');

  const header = [
    ...(multiples ? [text.rows, text.columns ?? ''] : [text.rows]),
    ...(ranges ? [unit(words.low), unit(words.high)] : [`${text.values} (${text.unit})`]),
    words.approx,
    words.derived,
    words.sources,
  ];
  const rows = points.map(({ panel, point }) => {
    const { figure } = point;
    const derived = figure.derive !== undefined;
    const [low, high] = typeof figure.value === 'number' ? [figure.value, figure.value] : figure.value;
    const values = ranges
      ? [rawValue(low, figure.digits, derived), rawValue(high, figure.digits, derived)]
      : [rawValue(midpoint(figure.value), figure.digits, derived)];
    const cited = figure.sources.map((id) => {
      const source = sources.get(id);
      if (!source) return id;
      return source.url ? `${source.publisher} <${source.url}>` : `${source.publisher}, “${source.title}”`;
    });
    return [
      ...(multiples ? [panel.title ?? '', point.label] : [point.label]),
      ...values,
      figure.approx ? words.yes : '',
      derived ? words.yes : '',
      cited.join('; '),
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
