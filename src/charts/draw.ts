/**
 * Draws one chart figure with Chart.js: a bar chart per panel, values written on the bars, tooltips on
 * hover, tap and keyboard, colours from the theme (also when it changes), no motion when the reader
 * asks for less. A single panel lies on its side when narrow, so that its labels keep their room.
 * Loaded by `loader.ts` only when the figure nears the viewport.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type TooltipModel } from 'chart.js';
import { formatTick } from './format-value.ts';
import { fontSize, valueLabels, widestLabel } from './labels.ts';
import type { ChartSpec, SpecPanel, SpecPoint } from './spec.ts';
import { darkScheme, readTheme, type Theme } from './theme.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Below this width (CSS pixels) a single-panel chart draws horizontal bars. */
const NARROW = 480;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const animation = () => (reducedMotion.matches ? false : ({ duration: 400 } as const));

/** Splits a category label into two lines near its middle, so that labels fit narrow columns. */
function twoLines(label: string): string | string[] {
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return label;
  const cut = spaces.reduce((best, i) => (Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best));
  return [label.slice(0, cut), label.slice(cut + 1)];
}

/** The words for one point: "Q1 FY2021: 328,2 milioni di dollari", with the panel and the mark when there are. */
function describe(spec: ChartSpec, panel: SpecPanel, point: SpecPoint): string[] {
  const line = spec.point.replace('{label}', point.label).replace('{value}', point.text);
  return [panel.title, line, point.mark ? spec.mark : undefined].filter((text): text is string => !!text);
}

/** Shows Chart.js's tooltip as an HTML box in the plot, themed by CSS. */
function htmlTooltip(spec: ChartSpec, panel: SpecPanel, box: HTMLElement) {
  return ({ tooltip: model }: { tooltip: TooltipModel<'bar'> }) => {
    const index = model.dataPoints?.[0]?.dataIndex;
    const point = index === undefined ? undefined : panel.points[index];
    if (model.opacity === 0 || !point) {
      box.hidden = true;
      return;
    }
    const lines = describe(spec, panel, point);
    box.replaceChildren(
      ...lines.map((text, i) => {
        const el = document.createElement(i === 0 && lines.length > 1 ? 'strong' : 'span');
        el.textContent = text;
        return el;
      }),
    );
    box.hidden = false;
    const half = box.offsetWidth / 2;
    const width = box.parentElement?.clientWidth ?? 0;
    box.style.left = `${Math.min(Math.max(model.caretX, half), Math.max(half, width - half))}px`;
    box.style.top = `${model.caretY}px`;
  };
}

function config(spec: ChartSpec, panel: SpecPanel, theme: () => Theme, tooltip: HTMLElement, horizontal: boolean): ChartConfiguration<'bar'> {
  const t = theme();
  // Amounts per share keep their cents on the axis too: 0.10, not 0.1.
  const tickDigits = panel.points.some((p) => p.unit === 'usd') ? 2 : undefined;
  const [categories, values] = horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
  return {
    type: 'bar',
    data: {
      labels: panel.points.map((p) => p.label),
      datasets: [
        {
          data: panel.points.map((p) => (typeof p.value === 'number' ? p.value : [p.value[0], p.value[1]])),
          backgroundColor: panel.points.map((p) => (p.tone === 'accent' ? t.accent : t.base)),
          minBarLength: 4,
          maxBarThickness: 72,
        },
      ],
    },
    options: {
      indexAxis: categories,
      responsive: true,
      maintainAspectRatio: false,
      animation: animation(),
      interaction: { mode: 'index', axis: categories, intersect: false },
      // Horizontal bars keep room after the longest for its value.
      layout: { padding: horizontal ? { top: 4, right: widestLabel(panel, 10, t.font) + 8 } : { top: 4 } },
      plugins: { tooltip: { enabled: false, external: htmlTooltip(spec, panel, tooltip) } },
      scales: {
        [categories]: {
          grid: { display: false },
          border: { color: t.grid },
          ticks: {
            autoSkip: false,
            maxRotation: 0,
            color: t.text,
            font: (ctx) => ({ family: t.font, size: fontSize(ctx.chart), weight: panel.points[ctx.index]?.mark ? 'bold' : 'normal' }),
            callback: (_: unknown, i: number) => twoLines(panel.points[i]?.label ?? ''),
          },
        },
        [values]: {
          beginAtZero: true,
          grace: horizontal ? 0 : '15%',
          border: { display: false },
          grid: { color: t.grid },
          ticks: {
            maxTicksLimit: horizontal ? 4 : 6,
            color: t.muted,
            font: (ctx) => ({ family: t.font, size: fontSize(ctx.chart) }),
            callback: (v: number | string) => formatTick(Number(v), spec.locale, tickDigits),
          },
        },
      },
    },
    plugins: [valueLabels(spec, panel, theme)],
  };
}

/** Applies the current theme's colours to a drawn chart. */
function recolour(chart: Chart<'bar'>, panel: SpecPanel, t: Theme): void {
  const dataset = chart.data.datasets[0];
  if (dataset) dataset.backgroundColor = panel.points.map((p) => (p.tone === 'accent' ? t.accent : t.base));
  const categories = chart.options.indexAxis === 'y' ? 'y' : 'x';
  for (const [axis, scale] of Object.entries(chart.options.scales ?? {})) {
    if (!scale) continue;
    if (scale.ticks) scale.ticks.color = axis === categories ? t.text : t.muted;
    if (scale.grid) scale.grid.color = t.grid;
    if (scale.border) scale.border.color = t.grid;
  }
  chart.update('none');
}

/** Arrow keys, Home and End move through every value of every panel; Escape hides the tooltip. */
function keyboard(surface: HTMLElement, charts: Chart<'bar'>[], spec: ChartSpec, live: HTMLElement): void {
  const points = spec.panels.flatMap((panel, c) => panel.points.map((_, index) => ({ c, index })));
  let at = -1;
  const clear = () => {
    for (const chart of charts) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
    }
  };
  const activate = (n: number) => {
    const target = points[n];
    if (!target) return;
    const chart = charts[target.c];
    const panel = spec.panels[target.c];
    const point = panel?.points[target.index];
    if (!chart || !panel || !point) return;
    at = n;
    clear();
    const bar = chart.getDatasetMeta(0).data[target.index];
    const active = [{ datasetIndex: 0, index: target.index }];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: bar?.x ?? 0, y: bar?.y ?? 0 });
    chart.update('none');
    live.textContent = describe(spec, panel, point).join('. ');
  };
  surface.addEventListener('keydown', (event) => {
    const last = points.length - 1;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: last }[event.key];
    if (event.key === 'Escape') clear();
    if (next === undefined) return;
    event.preventDefault();
    activate(Math.min(Math.max(next, 0), last));
  });
  surface.addEventListener('blur', () => {
    at = -1;
    clear();
  });
}

/** Draws the chart of `figure` from the spec in its `data-spec`. */
export function draw(figure: HTMLElement): void {
  const frame = figure.querySelector<HTMLElement>('.chart-frame')!;
  const surface = frame.querySelector<HTMLElement>('.chart-panels')!;
  const spec = JSON.parse(frame.dataset['spec'] ?? '') as ChartSpec;
  let theme = readTheme(figure);
  const current = () => theme;
  const single = spec.panels.length === 1;

  const charts: Chart<'bar'>[] = [];
  [...surface.querySelectorAll<HTMLElement>('.chart-plot')].forEach((plot, i) => {
    const panel = spec.panels[i]!;
    const canvas = plot.querySelector('canvas')!;
    const tooltip = document.createElement('div');
    tooltip.className = 'chart-tooltip';
    tooltip.hidden = true;
    tooltip.setAttribute('aria-hidden', 'true');
    plot.append(tooltip);
    const narrow = () => single && plot.clientWidth < NARROW;
    let horizontal = narrow();
    charts[i] = new Chart(canvas, config(spec, panel, current, tooltip, horizontal));
    // Turning a phone, or resizing a window, across the threshold lays the bars the other way.
    new ResizeObserver(() => {
      if (narrow() === horizontal || plot.clientWidth === 0) return;
      horizontal = narrow();
      charts[i]?.destroy();
      charts[i] = new Chart(canvas, config(spec, panel, current, tooltip, horizontal));
    }).observe(plot);
  });

  figure.dataset['theme'] = theme.dark ? 'dark' : 'light';
  darkScheme.addEventListener('change', () => {
    theme = readTheme(figure);
    charts.forEach((chart, i) => recolour(chart, spec.panels[i]!, theme));
    figure.dataset['theme'] = theme.dark ? 'dark' : 'light';
  });
  reducedMotion.addEventListener('change', () => {
    for (const chart of charts) chart.options.animation = animation();
  });
  keyboard(surface, charts, spec, figure.querySelector<HTMLElement>('[data-live]')!);
}
