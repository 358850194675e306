/**
 * A Chart.js plugin that writes each value on its bar, so that no value depends on colour or on
 * hovering: the number at the end of the bar, the chart's mark text beside a marked bar, and a dashed
 * line across the panel at a reference point's value, with a gap wherever it would cross a label.
 * Works for upright and for horizontal bars, on a browser's canvas and on the build's.
 */
import type { BarElement, Chart, Plugin } from 'chart.js';
import { isRtl } from './direction.ts';
import { gaps } from './gaps.ts';
import type { DrawPanel, DrawPoint, Drawing, Theme } from './types.ts';

/**
 * The text size of a chart, in the image's pixels: smaller in a narrow panel. Never under 10, which the
 * narrow image, shown from 360 to 600 pixels wide, keeps at 9 pixels or more on screen.
 */
export const fontSize = (chart: { width: number }) => (chart.width < 480 ? 10 : 12);

const labelFont = (size: number, weight: number, family: string) => `${weight} ${size}px ${family}`;
const weightOf = (point: DrawPoint) => (point.tone === 'accent' || point.mark ? 700 : 400);

/** The top of a point's value: the high end of a range. */
const highOf = (point: DrawPoint | undefined) =>
  point === undefined ? -Infinity : typeof point.value === 'number' ? point.value : point.value[1];

interface Label {
  text: string;
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  weight: number;
  /** Written in the colour on an accent bar, inside the bar. */
  inside?: boolean;
  /** A short leader line from the bar to the label. */
  leader?: [number, number, number];
}

/** Where each label of a panel goes, from the bars' final positions. */
function layoutLabels(chart: Chart<'bar'>, drawing: Drawing, panel: DrawPanel, t: Theme): Label[] {
  const { ctx } = chart;
  const size = fontSize(chart);
  const across = chart.options.indexAxis === 'y';
  const rtl = isRtl(drawing);
  const bars = chart.getDatasetMeta(0).data as unknown as BarElement[];
  const labels: Label[] = [];
  const width = (text: string, weight: number) => {
    ctx.font = labelFont(size, weight, t.font);
    return ctx.measureText(text).width;
  };
  bars.forEach((bar, i) => {
    const point = panel.points[i];
    if (!point) return;
    const {
      x = 0,
      y = 0,
      base = 0,
      width: thickness = 0,
    } = bar.getProps(['x', 'y', 'base', 'width'], true) as Record<string, number>;
    const weight = weightOf(point);
    const mark = point.mark ? drawing.mark : undefined;
    if (across && rtl) {
      // Bars grow leftwards: the same, mirrored.
      const end = Math.min(x, base) - 4;
      labels.push({ text: point.short, x: end, y: y, align: 'right', weight });
      if (!mark) return;
      const after = end - width(point.short, weight) - 8;
      if (after - width(mark, 700) >= 0) labels.push({ text: mark, x: after, y: y, align: 'right', weight: 700 });
      else labels.push({ text: mark, x: Math.min(x, base) + 6, y: y, align: 'left', weight: 700, inside: true });
      return;
    }
    if (across) {
      // After the end of the bar, on its row; the mark follows, or sits inside a bar too long for it.
      const end = Math.max(x, base) + 4;
      labels.push({ text: point.short, x: end, y: y, align: 'left', weight });
      if (!mark) return;
      const after = end + width(point.short, weight) + 8;
      if (after + width(mark, 700) <= chart.width)
        labels.push({ text: mark, x: after, y: y, align: 'left', weight: 700 });
      else labels.push({ text: mark, x: Math.max(x, base) - 6, y: y, align: 'right', weight: 700, inside: true });
      return;
    }
    const top = Math.min(y, base);
    labels.push({ text: point.short, x: x, y: top - 4 - size / 2, align: 'center', weight });
    if (!mark) return;
    // On the line of the value, beside the bar on the side of the lower neighbour, with a leader line;
    // right to left, the point before is on the right.
    const before =
      i > 0 && (highOf(panel.points[i - 1]) <= highOf(panel.points[i + 1]) || i === panel.points.length - 1);
    const left = rtl ? !before : before;
    const side = left ? -1 : 1;
    const edge = x + side * (thickness / 2 + 3);
    const lead = edge + side * 8;
    const middle = top - 4 - size / 2;
    labels.push({
      text: mark,
      x: lead + side * 3,
      y: middle,
      align: left ? 'right' : 'left',
      weight: 700,
      leader: [edge, lead, middle],
    });
  });
  return labels;
}

/** The box a label covers, as [left, right, top, bottom]. */
function boxOf(chart: Chart<'bar'>, label: Label, t: Theme): [number, number, number, number] {
  const size = fontSize(chart);
  chart.ctx.font = labelFont(size, label.weight, t.font);
  const w = chart.ctx.measureText(label.text).width;
  const left = label.align === 'left' ? label.x : label.align === 'right' ? label.x - w : label.x - w / 2;
  return [left, left + w, label.y - size / 2 - 1, label.y + size / 2 + 1];
}

export function valueLabels(drawing: Drawing, panel: DrawPanel, theme: () => Theme): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    beforeDatasetsDraw(chart) {
      const point = panel.points.find((p) => p.reference);
      if (!point || typeof point.value !== 'number') return;
      const t = theme();
      const { ctx, chartArea: area } = chart;
      const across = chart.options.indexAxis === 'y';
      const scale = chart.scales[across ? 'x' : 'y'];
      if (!scale) return;
      const at = Math.round(scale.getPixelForValue(point.value)) + 0.5;
      // The labels the line would cross, as intervals along the line.
      const crossed = layoutLabels(chart, drawing, panel, t)
        .map((label) => boxOf(chart, label, t))
        .filter(([l, r, top, bottom]) => (across ? l <= at && at <= r : top <= at && at <= bottom))
        .map(([l, r, top, bottom]) => (across ? ([top, bottom] as const) : ([l, r] as const)));
      ctx.save();
      ctx.strokeStyle = t.reference;
      ctx.lineWidth = 1;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      for (const [from, to] of gaps(across ? area.top : area.left, across ? area.bottom : area.right, crossed)) {
        if (across) {
          ctx.moveTo(at, from);
          ctx.lineTo(at, to);
        } else {
          ctx.moveTo(from, at);
          ctx.lineTo(to, at);
        }
      }
      ctx.stroke();
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const t = theme();
      const size = fontSize(chart);
      ctx.save();
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      for (const label of layoutLabels(chart, drawing, panel, t)) {
        ctx.font = labelFont(size, label.weight, t.font);
        ctx.textAlign = label.align;
        if (label.leader) {
          const [from, to, y] = label.leader;
          ctx.strokeStyle = t.text;
          ctx.lineWidth = 1;
          ctx.beginPath();
          ctx.moveTo(from, y);
          ctx.lineTo(to, y);
          ctx.stroke();
        }
        if (label.inside) {
          ctx.fillStyle = t.onAccent;
          ctx.fillText(label.text, label.x, label.y);
          continue;
        }
        // Text with a halo of the background, legible across grid lines.
        ctx.fillStyle = t.text;
        ctx.strokeStyle = t.bg;
        ctx.lineWidth = 3;
        ctx.strokeText(label.text, label.x, label.y);
        ctx.fillText(label.text, label.x, label.y);
      }
      ctx.restore();
    },
  };
}

/** The widest value label of a panel, in pixels: room to keep after the longest bar. */
export function widestLabel(chart: Chart, _drawing: Drawing, panel: DrawPanel, t: Theme): number {
  const { ctx } = chart;
  const size = fontSize(chart);
  return Math.max(
    ...panel.points.map((point) => {
      ctx.font = labelFont(size, weightOf(point), t.font);
      return ctx.measureText(point.short).width;
    }),
  );
}
