/**
 * A Chart.js plugin that writes each value on its bar, so that no value depends on colour or on
 * hovering: the number at the end of the bar, the chart's mark text beside a marked bar, and a dashed
 * line across the panel at a reference point's value. Works for upright and for horizontal bars.
 */
import type { BarElement, Chart, Plugin } from 'chart.js';
import type { ChartSpec, SpecPanel, SpecPoint } from './spec.ts';
import type { Theme } from './theme.ts';

/** The text size of a chart: smaller on a narrow screen, where columns are narrow. */
export const fontSize = (chart: { width: number }) => (chart.width < 160 ? 9 : chart.width < 480 ? 10 : 12);

/** The font of the labels, as a canvas font string. */
export const labelFont = (size: number, weight: number, family: string) => `${weight} ${size}px ${family}`;

const weightOf = (point: SpecPoint) => (point.tone === 'accent' || point.mark ? 700 : 400);

/** The top of a point's value: the high end of a range. */
const highOf = (point: SpecPoint | undefined) => (point === undefined ? -Infinity : typeof point.value === 'number' ? point.value : point.value[1]);

export function valueLabels(spec: ChartSpec, panel: SpecPanel, theme: () => Theme): Plugin<'bar'> {
  const bars = (chart: Chart<'bar'>) => chart.getDatasetMeta(0).data as unknown as BarElement[];
  const horizontal = (chart: Chart<'bar'>) => chart.options.indexAxis === 'y';

  return {
    id: 'valueLabels',
    beforeDatasetsDraw(chart) {
      const point = panel.points.find((p) => p.reference);
      if (!point || typeof point.value !== 'number') return;
      const { ctx, chartArea: area } = chart;
      const across = horizontal(chart);
      const at = Math.round(chart.scales[across ? 'x' : 'y']!.getPixelForValue(point.value)) + 0.5;
      ctx.save();
      ctx.strokeStyle = theme().reference;
      ctx.lineWidth = 1;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      if (across) {
        ctx.moveTo(at, area.top);
        ctx.lineTo(at, area.bottom);
      } else {
        ctx.moveTo(area.left, at);
        ctx.lineTo(area.right, at);
      }
      ctx.stroke();
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const t = theme();
      // Text with a halo of the background, legible across grid and reference lines.
      const write = (text: string, x: number, y: number) => {
        ctx.strokeText(text, x, y);
        ctx.fillText(text, x, y);
      };
      const size = fontSize(chart);
      const across = horizontal(chart);
      ctx.save();
      ctx.fillStyle = t.text;
      ctx.strokeStyle = t.bg;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      bars(chart).forEach((bar, i) => {
        const point = panel.points[i];
        if (!point) return;
        const { x, y, base, width } = bar.getProps(['x', 'y', 'base', 'width'], true) as Record<string, number>;
        const value = point.short;
        ctx.font = labelFont(size, weightOf(point), t.font);
        if (across) {
          // After the end of the bar, on its row; the mark follows, or sits inside a bar too long for it.
          const end = Math.max(x!, base!) + 4;
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          write(value, end, y!);
          if (!point.mark || !spec.mark) return;
          const after = end + ctx.measureText(value).width + 8;
          ctx.font = labelFont(size, 700, t.font);
          if (after + ctx.measureText(spec.mark).width <= chart.width) {
            write(spec.mark, after, y!);
          } else {
            ctx.textAlign = 'right';
            ctx.fillStyle = t.onAccent;
            ctx.fillText(spec.mark, Math.max(x!, base!) - 6, y!);
            ctx.fillStyle = t.text;
          }
          return;
        }
        const top = Math.min(y!, base!);
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        write(value, x!, top - 4);
        if (!point.mark || !spec.mark) return;
        // On the line of the value, beside the bar on the side of the lower neighbour (whose value
        // sits lower), with a short leader line to the bar.
        const left = i > 0 && (highOf(panel.points[i - 1]) <= highOf(panel.points[i + 1]) || i === panel.points.length - 1);
        const side = left ? -1 : 1;
        const edge = x! + side * (width! / 2 + 3);
        const lead = edge + side * 8;
        const middle = top - 4 - size / 2;
        ctx.save();
        ctx.strokeStyle = t.text;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(edge, middle);
        ctx.lineTo(lead, middle);
        ctx.stroke();
        ctx.restore();
        ctx.textAlign = left ? 'right' : 'left';
        ctx.textBaseline = 'middle';
        ctx.font = labelFont(size, 700, t.font);
        write(spec.mark, lead + side * 3, middle);
      });
      ctx.restore();
    },
  };
}

/** The widest value label of a panel, in pixels: room to keep after the longest bar. */
export function widestLabel(panel: SpecPanel, size: number, family: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  return Math.max(
    ...panel.points.map((point) => {
      ctx.font = labelFont(size, weightOf(point), family);
      return ctx.measureText(point.short).width;
    }),
  );
}
