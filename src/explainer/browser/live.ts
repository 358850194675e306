/**
 * The live chart that replaces a figure's image: the same Chart.js configuration as the image
 * (`config.ts`), drawn over it panel by panel in the same boxes, so nothing moves. Tooltips on hover,
 * tap and keyboard, a live region for screen readers, colours that follow the theme (`chart.update()`),
 * no motion when the reader asks for less, bars on their side where the narrow image is shown.
 * Everything it reads is inside its own `<chart-figure>`.
 */
import type { TooltipModel } from 'chart.js';
import { Chart } from '../core/charts/chart-js.ts';
import { chartConfig } from '../core/charts/config.ts';
import { isRtl } from '../core/charts/direction.ts';
import { drawingText } from '../core/charts/drawing-text.ts';
import { chartFont, readFaces } from './live-font.ts';
import { fontStack, themeOf } from '../core/charts/palette.ts';
import { narrow as narrowSize, panelBox, wide } from '../core/charts/layout.ts';
import { placeTooltip } from './place.ts';
import { readTable, TableError } from './read-table.ts';
import type { DrawPanel, DrawPoint, Drawing } from '../core/charts/types.ts';

const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const animation = () => (reducedMotion.matches ? false : ({ duration: 400 } as const));
/** The page's font until the charts' own has loaded (`live-font.ts`). */
let family = fontStack;
const theme = () => themeOf(darkScheme.matches ? 'dark' : 'light', family);

function need<T extends Element>(root: Element, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new TableError(`<chart-figure> has no ${selector}`);
  return found;
}

/**
 * The words for one point: "Q1 FY2021: 328,2 milioni di dollari", with the panel and the mark when there
 * are. The line is the chart's ICU pattern filled at build time (`ChartTable.astro`, `src/explainer/core/messages.ts`).
 */
function describe(drawing: Drawing, panel: DrawPanel, point: DrawPoint): string[] {
  const line = point.line ?? point.full;
  return [panel.title, line, point.mark ? drawing.mark : undefined].filter((text): text is string => !!text);
}

/**
 * Shows Chart.js's tooltip as an HTML box over the stage, themed by CSS: its text wraps within the
 * width CSS allows, and it is placed against the viewport (`place.ts`), never past the screen's edge.
 */
function htmlTooltip(lines: (index: number) => string[] | undefined, box: HTMLElement, canvas: HTMLCanvasElement) {
  return ({ chart, tooltip: model }: { chart: Chart; tooltip: TooltipModel<'bar'> }) => {
    const index = model.dataPoints?.[0]?.dataIndex;
    const words = index === undefined ? undefined : lines(index);
    if (model.opacity === 0 || !words) {
      box.hidden = true;
      return;
    }
    box.replaceChildren(
      ...words.map((text, i) => {
        const el = document.createElement(i === 0 && words.length > 1 ? 'strong' : 'span');
        el.textContent = text;
        return el;
      }),
    );
    box.hidden = false;
    // The canvas is drawn at the image's size and scaled with it: the caret, in the chart's pixels, is
    // scaled to the screen's.
    const plot = canvas.getBoundingClientRect();
    const scale = plot.width / (chart.width || 1);
    const stage = box.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const root = document.documentElement;
    const at = placeTooltip(
      { x: plot.left + model.caretX * scale, y: plot.top + model.caretY * scale },
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: root.clientWidth, height: root.clientHeight },
    );
    box.style.left = `${at.left - stage.left}px`;
    box.style.top = `${at.top - stage.top}px`;
  };
}

export async function hydrate(element: HTMLElement): Promise<void> {
  const stage = need(element, '.chart-stage', HTMLElement);
  const table = need(element, 'table', HTMLTableElement);
  const live = need(element, '[data-live]', HTMLElement);
  const drawing = readTable(table, element.dataset['locale'] ?? document.documentElement.lang, element.dataset['mark']);
  const narrow = matchMedia(element.dataset['narrow'] ?? 'not all');
  family = await chartFont(drawingText(drawing), fontStack, readFaces(element.dataset['fonts']));
  const single = drawing.panels.length === 1;
  const n = drawing.panels.length;
  const rtl = isRtl(drawing);

  // The live chart is laid out at the size of the image it covers (`layout.ts`), as the build laid the
  // image out, and scaled with it: every bar and label stays where the image had it, at any width.
  const layer = document.createElement('div');
  layer.className = 'chart-live';
  const plots = drawing.panels.map((panel) => {
    const plot = document.createElement('div');
    plot.className = 'chart-plot';
    const canvas = document.createElement('canvas');
    const tooltip = document.createElement('div');
    tooltip.className = 'chart-tooltip';
    tooltip.hidden = true;
    tooltip.setAttribute('aria-hidden', 'true');
    plot.append(canvas);
    layer.append(plot);
    stage.append(tooltip);
    const lines = (index: number) => {
      const point = panel.points[index];
      return point && describe(drawing, panel, point);
    };
    return { plot, canvas, panel, tooltip: htmlTooltip(lines, tooltip, canvas) };
  });
  stage.append(layer);
  const size = () => (narrow.matches ? narrowSize : wide);
  const fit = () => {
    const { width } = size();
    layer.style.transform = `scale(${stage.clientWidth / width})`;
  };
  // Scaling moves nothing in the page's layout, so following the stage's size cannot loop.
  new ResizeObserver(fit).observe(stage);

  let charts: Chart<'bar'>[] = [];
  const draw = () => {
    for (const chart of charts) chart.destroy();
    const { width, height } = size();
    layer.style.width = `${width}px`;
    layer.style.height = `${height}px`;
    fit();
    charts = plots.map(({ plot, canvas, panel, tooltip }, i) => {
      // Right to left, the first panel is the rightmost, as in the image.
      const box = panelBox(rtl ? n - 1 - i : i, n, width);
      plot.style.left = `${box.x}px`;
      plot.style.width = `${box.width}px`;
      canvas.width = Math.round(box.width);
      canvas.height = height;
      const config = chartConfig(drawing, panel, {
        horizontal: single && narrow.matches,
        theme,
        animation: animation(),
        tooltip,
      });
      // Sharp at the scale it is shown at, on any screen.
      const scale = (stage.clientWidth / width) * devicePixelRatio;
      config.options = { ...config.options, responsive: false, devicePixelRatio: Math.max(1, scale) };
      return new Chart(canvas, config);
    });
  };
  draw();
  // Turning a phone, or resizing a window, across the threshold lays the bars the other way. A media
  // query's change event, not a ResizeObserver, so that redrawing cannot feed back into a resize loop.
  narrow.addEventListener('change', draw);
  const recolour = () => {
    element.dataset['theme'] = darkScheme.matches ? 'dark' : 'light';
    for (const chart of charts) chart.update('none');
  };
  recolour();
  darkScheme.addEventListener('change', recolour);
  reducedMotion.addEventListener('change', () => {
    for (const chart of charts) chart.options.animation = animation();
  });
  keyboard(
    stage,
    () => charts,
    drawing,
    (panel, point) => (live.textContent = describe(drawing, panel, point).join('. ')),
  );
}

/**
 * Arrow keys, Home and End move through every value of every panel (right to left, the left arrow goes
 * on to the next value, as the bars run); Escape hides the tooltip.
 */
function keyboard(
  surface: HTMLElement,
  charts: () => Chart<'bar'>[],
  drawing: Drawing,
  announce: (panel: DrawPanel, point: DrawPoint) => void,
): void {
  const points = drawing.panels.flatMap((panel, c) => panel.points.map((_, index) => ({ c, index })));
  let at = -1;
  const clear = () => {
    for (const chart of charts()) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
    }
  };
  const activate = (n: number) => {
    const target = points[n];
    const chart = target && charts()[target.c];
    const panel = target && drawing.panels[target.c];
    const point = target && panel?.points[target.index];
    if (!target || !chart || !panel || !point) return;
    at = n;
    clear();
    const bar = chart.getDatasetMeta(0).data[target.index];
    const active = [{ datasetIndex: 0, index: target.index }];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: bar?.x ?? 0, y: bar?.y ?? 0 });
    chart.update('none');
    announce(panel, point);
  };
  surface.addEventListener('keydown', (event) => {
    const last = points.length - 1;
    const step = isRtl(drawing) ? -1 : 1;
    const next = {
      ArrowRight: at + step,
      ArrowDown: at + 1,
      ArrowLeft: at - step,
      ArrowUp: at - 1,
      Home: 0,
      End: last,
    }[event.key];
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
