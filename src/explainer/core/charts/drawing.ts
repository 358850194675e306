/**
 * What drawing a chart needs, from a chart of the registry: each value written once, here, with the
 * formatter of the table and the prose. The page writes the same values into the figure's table
 * (`ChartTable.astro`), whence the browser reads them back (`read-table.ts`).
 */
import { formatShort, formatValue, type ValueFormat } from './format-value.ts';
import type { ChartModel, Drawing } from './types.ts';

export function toDrawing(model: ChartModel, format: ValueFormat): Drawing {
  return {
    locale: format.locale,
    mark: model.text.mark,
    panels: model.panels.map((panel) => ({
      title: panel.title,
      points: panel.points.map(({ label, figure, tone, mark, reference }) => ({
        label,
        unit: figure.unit,
        value: figure.value,
        full: formatValue(figure, format),
        short: formatShort(figure, format),
        tone,
        mark,
        reference,
      })),
    })),
  };
}
