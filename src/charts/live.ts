/**
 * The live chart that replaces a figure's image: the same Chart.js configuration as the image
 * (`config.ts`), drawn over it panel by panel in the same boxes, so nothing moves. Tooltips on hover,
 * tap and keyboard, a live region for screen readers, colours that follow the theme (`chart.update()`),
 * no motion when the reader asks for less, bars on their side where the narrow image is shown.
 * Everything it reads is inside its own `<chart-figure>`.
 */
import type { TooltipModel } from 'chart.js';
import { Chart } from './chart-js.ts';
import { chartConfig } from './config.ts';
import { chartFont } from './live-font.ts';
import { fontStack, themeOf } from './palette.ts';
import { readTable, TableError } from './read-table.ts';
import type { DrawPanel, DrawPoint, Drawing } from './types.ts';

const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const animation = () => (reducedMotion.matches ? false : ({ duration: 400 } as const));
/** The page's font until the charts' own has loaded (`live-font.ts`). */
let family = fontStack;
const theme = () => themeOf(darkScheme.matches ? 'dark' : 'light', family);

/** Every text a chart may draw, for the font to load the letters it needs. */
const textOf = (drawing: Drawing) =>
  `${[drawing.mark, ...drawing.panels.flatMap((p) => [p.title, ...p.points.flatMap((q) => [q.label, q.short])])].join(
    ' ',
  )} 0123456789.,`;

function need<T extends Element>(root: Element, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new TableError(`<chart-figure> has no ${selector}`);
  return found;
}

/** The words for one point: "Q1 FY2021: 328,2 milioni di dollari", with the panel and the mark when there are. */
function describe(pattern: string, drawing: Drawing, panel: DrawPanel, point: DrawPoint): string[] {
  const line = pattern.replace('{label}', point.label).replace('{value}', point.full);
  return [panel.title, line, point.mark ? drawing.mark : undefined].filter((text): text is string => !!text);
}

/** Shows Chart.js's tooltip as an HTML box in the plot, themed by CSS. */
function htmlTooltip(lines: (index: number) => string[] | undefined, box: HTMLElement) {
  return ({ tooltip: model }: { tooltip: TooltipModel<'bar'> }) => {
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
    const half = box.offsetWidth / 2;
    const width = box.parentElement?.clientWidth ?? 0;
    box.style.left = `${Math.min(Math.max(model.caretX, half), Math.max(half, width - half))}px`;
    box.style.top = `${model.caretY}px`;
  };
}

export async function hydrate(element: HTMLElement): Promise<void> {
  const stage = need(element, '.chart-stage', HTMLElement);
  const table = need(element, 'table', HTMLTableElement);
  const live = need(element, '[data-live]', HTMLElement);
  const pattern = element.dataset['point'] ?? '{label}: {value}';
  const drawing = readTable(table, element.dataset['locale'] ?? document.documentElement.lang, element.dataset['mark']);
  const narrow = matchMedia(element.dataset['narrow'] ?? 'not all');
  family = await chartFont(textOf(drawing), fontStack);
  const single = drawing.panels.length === 1;
  // Each panel's box over the image, in percent: x and width on the wide image, then on the narrow one.
  const boxes = (stage.dataset['panels'] ?? '').split(',').map((box) => box.split(' ').map(Number));

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
    plot.append(canvas, tooltip);
    layer.append(plot);
    const lines = (index: number) => {
      const point = panel.points[index];
      return point && describe(pattern, drawing, panel, point);
    };
    return { plot, canvas, panel, tooltip: htmlTooltip(lines, tooltip) };
  });
  stage.append(layer);

  let charts: Chart<'bar'>[] = [];
  const draw = () => {
    for (const chart of charts) chart.destroy();
    const [x, w] = narrow.matches ? [2, 3] : [0, 1];
    charts = plots.map(({ plot, canvas, panel, tooltip }, i) => {
      const box = boxes[i] ?? [0, 100, 0, 100];
      plot.style.left = `${box[x] ?? 0}%`;
      plot.style.width = `${box[w] ?? 100}%`;
      return new Chart(
        canvas,
        chartConfig(drawing, panel, { horizontal: single && narrow.matches, theme, animation: animation(), tooltip }),
      );
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
    (panel, point) => (live.textContent = describe(pattern, drawing, panel, point).join('. ')),
  );
}

/** Arrow keys, Home and End move through every value of every panel; Escape hides the tooltip. */
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
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: last }[
      event.key
    ];
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
