/** A chart of `content/data/charts.yaml` in one locale, built and written as its drawing, for the build's pages. */
import type { LocaleData } from './site.ts';
import { toDrawing } from '../core/charts/drawing.ts';
import { buildChart } from '../core/charts/registry.ts';
import type { ChartModel, Drawing } from '../core/charts/types.ts';

export function localeChart(id: string, data: LocaleData, usedIn: string): { model: ChartModel; drawing: Drawing } {
  const model = buildChart(id, data.charts(), usedIn);
  const { chart: words } = data.ui;
  return {
    model,
    drawing: toDrawing(model, {
      locale: data.intl,
      units: data.ui.units,
      approx: words.approx,
      approxShort: words.approxShort,
    }),
  };
}
