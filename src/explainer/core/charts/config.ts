/**
 * The Chart.js configuration of one panel, the same for the image drawn at build time and for the
 * live chart: bars, value labels, the panel's title, axes in the locale's numbers. Colours are
 * scriptable options that read the current theme, so a theme change is a `chart.update()`.
 */
import type { Chart, ChartConfiguration, Plugin, TooltipModel } from 'chart.js';
import { figureDigits, formatNumber } from '../format.ts';
import { isRtl } from './direction.ts';
import { fontSize, valueLabels, widestLabel } from './labels.ts';
import type { DrawPanel, Drawing, Theme } from './types.ts';

export interface ConfigOptions {
  /** Bars lie on their side (a single panel, narrow). */
  horizontal: boolean;
  theme: () => Theme;
  animation: false | { duration: number };
  /** Shows the tooltip; absent at build time. */
  tooltip?: ((context: { chart: Chart; tooltip: TooltipModel<'bar'> }) => void) | undefined;
}

/** Splits a label into two lines near its middle, so that it fits a narrow column. */
export function twoLines(label: string): string | string[] {
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return label;
  const cut = spaces.reduce((best, i) =>
    Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best,
  );
  return [label.slice(0, cut), label.slice(cut + 1)];
}

export function chartConfig(drawing: Drawing, panel: DrawPanel, options: ConfigOptions): ChartConfiguration<'bar'> {
  const { horizontal, theme } = options;
  const [categories, values] = horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
  // Right to left, as that language's press draws it: the first bar at the right, the value axis on the
  // right, bars on their side growing leftwards, labels at their start on the right.
  const rtl = isRtl(drawing);
  const mirror = rtl
    ? {
        categories: horizontal ? { position: 'right' as const } : { reverse: true },
        values: horizontal ? { reverse: true } : { position: 'right' as const },
      }
    : { categories: {}, values: {} };
  // Amounts per share keep their cents on the axis too: 0.10, not 0.1.
  const cents = panel.points.some((p) => p.unit === 'usd' && figureDigits(p) >= 2);
  const font = (chart: { width: number }, bold = false) => ({
    family: theme().font,
    size: fontSize(chart),
    weight: bold ? ('bold' as const) : ('normal' as const),
  });
  return {
    type: 'bar',
    data: {
      labels: panel.points.map((p) => p.label),
      datasets: [
        {
          data: panel.points.map((p) => (typeof p.value === 'number' ? p.value : [p.value[0], p.value[1]])),
          backgroundColor: (ctx) => (panel.points[ctx.dataIndex]?.tone === 'accent' ? theme().accent : theme().base),
          minBarLength: 4,
          maxBarThickness: 72,
        },
      ],
    },
    options: {
      indexAxis: categories,
      responsive: options.tooltip !== undefined,
      maintainAspectRatio: false,
      animation: options.animation,
      interaction: { mode: 'index', axis: categories, intersect: false },
      // Horizontal bars keep room after the longest for its value.
      layout: {
        padding: (ctx) =>
          horizontal
            ? { top: 4, [rtl ? 'left' : 'right']: widestLabel(ctx.chart, drawing, panel, theme()) + 8 }
            : { top: 4 },
      },
      plugins: {
        title: {
          display: panel.title !== undefined,
          text: twoLines(panel.title ?? ''),
          align: rtl ? 'end' : 'start',
          // Options that cannot be scriptable read the theme through a getter, when Chart.js resolves them.
          get color() {
            return theme().text;
          },
          font: (ctx) => ({ ...font(ctx.chart, true), lineHeight: 1.25 }),
          padding: { top: 0, bottom: 8 },
        },
        tooltip: {
          enabled: false,
          ...(rtl ? { rtl, textDirection: 'rtl' } : {}),
          ...(options.tooltip ? { external: options.tooltip } : {}),
        },
      },
      scales: {
        [categories]: {
          ...mirror.categories,
          grid: { display: false },
          border: {
            get color() {
              return theme().grid;
            },
          },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            color: () => theme().text,
            font: (ctx) => font(ctx.chart, panel.points[ctx.index]?.mark),
            callback: (_: unknown, i: number) => twoLines(panel.points[i]?.label ?? ''),
          },
        },
        [values]: {
          ...mirror.values,
          beginAtZero: true,
          grace: horizontal ? 0 : '15%',
          border: { display: false },
          grid: { color: () => theme().grid },
          ticks: {
            maxTicksLimit: horizontal ? 4 : 6,
            color: () => theme().muted,
            font: (ctx) => font(ctx.chart),
            callback: (v: number | string) => formatNumber(Number(v), drawing.locale, cents ? 2 : 0, 2),
          },
        },
      },
    },
    plugins: [...(rtl ? [rightToLeft] : []), valueLabels(drawing, panel, theme)],
  };
}

/** Sets the canvas's text direction, so that every text runs, and is ordered, right to left. */
const rightToLeft: Plugin<'bar'> = {
  id: 'rightToLeft',
  beforeDraw(chart) {
    chart.ctx.direction = 'rtl';
  },
};
