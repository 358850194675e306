/** A chart of `content/data/charts.yaml` in one locale, built and written as its drawing, for the build's pages. */
import type { LocaleData } from './site.ts';
import { toDrawing } from '../core/charts/drawing.ts';
import { valueFormatOf } from '../core/charts/format-value.ts';
import { buildChart } from '../core/charts/registry.ts';
import type { ChartModel, Drawing } from '../core/charts/types.ts';

export function localeChart(id: string, data: LocaleData, usedIn: string): { model: ChartModel; drawing: Drawing } {
  const model = buildChart(id, data.charts(), usedIn);
  return { model, drawing: toDrawing(model, valueFormatOf(data.ui)) };
}
