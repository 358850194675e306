/**
 * Plain functions run in the page by any driver (`Driver.evaluate`), and the few helpers built on them.
 * Each in-page function is self-contained: it is sent to the browser as its source text.
 */
import type { Driver } from './types.ts';

/**
 * Installs the page's own watcher: CSP violations, error events, unhandled rejections and console
 * errors, kept in `window.enginesProblems`. Run before the page's scripts where the protocol allows it
 * (Playwright's init scripts, BiDi's preload scripts); WebDriver classic can only run it after the load.
 */
export function watchInPage(): void {
  const memory = window as unknown as { enginesProblems?: string[] };
  if (memory.enginesProblems) return;
  const found: string[] = [];
  memory.enginesProblems = found;
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      found.push(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    true,
  );
  window.addEventListener('error', (event) => found.push(`window error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => found.push(`unhandled rejection: ${String(event.reason)}`));
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    found.push(`console error: ${args.map(String).join(' ')}`);
    error(...args);
  };
}

/** What the page's watcher saw, and every resource the page fetched from another origin. */
export function problemsInPage(): string[] {
  const seen = (window as unknown as { enginesProblems?: string[] }).enginesProblems ?? [];
  const elsewhere = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.protocol !== 'data:' && url.host !== location.host)
    .map((url) => `request to another origin: ${url.href}`);
  return [...seen, ...elsewhere];
}

/**
 * Runs `fn` in the page until `ok` holds for its result, and returns that result; after `timeout` fails
 * with `what` and the last result.
 */
export async function until<A, R>(
  page: Driver,
  what: string,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  ok: (value: R) => boolean,
  timeout = 10_000,
): Promise<R> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (ok(value)) return value;
    if (Date.now() > end)
      throw new Error(`timed out after ${timeout} ms waiting until ${what} (last seen: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Scrolls through the page half a screen at a time, a frame apart, as a reader does, so that every lazy
 * part comes into view; then back to the top.
 */
export async function readToTheEnd(): Promise<void> {
  for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  window.scrollTo(0, 0);
}

/** Where a chart is on screen, after scrolling it into view: its stage, canvas and summary, as boxes. */
export interface ChartBoxes {
  stage: Box;
  canvas: Box | null;
  summary: Box;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Scrolls the `index`th chart to the middle of the screen and returns where its parts are. */
export function chartBoxes(index: number): ChartBoxes | null {
  const chart = document.querySelectorAll('chart-figure')[index];
  if (!chart) return null;
  chart.querySelector('.chart-stage')?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = (el: Element | null): Box | null => {
    if (!el) return null;
    const { x, y, width, height } = el.getBoundingClientRect();
    return { x, y, width, height };
  };
  const stage = box(chart.querySelector('.chart-stage'));
  const summary = box(chart.querySelector('summary'));
  return stage && summary ? { stage, canvas: box(chart.querySelector('canvas')), summary } : null;
}

/**
 * What the `index`th chart says of each of its points, in the order the keys walk them (panel by panel),
 * as its own table has it: the figure's `data-point` pattern with the row's (or, for small multiples,
 * where each row is a panel, the column's) label and the cell's text. The build writes the table with
 * the same formatter.
 */
export function pointTexts(index: number): string[] {
  const chart = document.querySelectorAll('chart-figure')[index];
  if (!chart) return [];
  const pattern = chart.getAttribute('data-point') ?? '';
  const multiples = chart.querySelector('table[data-multiples]') !== null;
  const rows = [...chart.querySelectorAll('tbody tr')];
  const headers = [...chart.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
  const columns = rows[0]?.querySelectorAll('td').length ?? 0;
  const text = (row: Element, column: number) =>
    pattern
      .replace('{label}', (multiples ? headers[column + 1] : row.querySelector('th')?.textContent) ?? '')
      .replace('{value}', row.querySelectorAll('td')[column]?.textContent ?? '');
  // Small multiples: a row per panel, a column per point.
  return multiples
    ? rows.flatMap((row) => Array.from({ length: columns }, (_, c) => text(row, c)))
    : rows.map((row) => text(row, 0));
}

/** The state of the `index`th chart: drawn or not, its theme, its live region and its visible tooltips. */
export function chartState(index: number) {
  const chart = document.querySelectorAll<HTMLElement>('chart-figure')[index];
  const tooltips = [...(chart?.querySelectorAll<HTMLElement>('.chart-tooltip') ?? [])].filter(
    (tip) => !tip.hidden && tip.getClientRects().length > 0 && getComputedStyle(tip).visibility !== 'hidden',
  );
  return {
    state: chart?.dataset['state'] ?? '',
    theme: chart?.dataset['theme'] ?? '',
    live: chart?.querySelector('[data-live]')?.textContent?.trim() ?? '',
    tooltips: tooltips.map((tip) => {
      const { left, right } = tip.getBoundingClientRect();
      return { text: tip.textContent?.trim() ?? '', left, right };
    }),
    focused: document.activeElement === chart?.querySelector('.chart-stage'),
    outline: chart ? getComputedStyle(chart.querySelector('.chart-stage') ?? chart).outlineStyle : '',
  };
}

/** Each chart's image as the browser chose it (file name), or why it is not shown yet. */
export function chartImages(): { id: string; file: string; loaded: boolean }[] {
  return [...document.querySelectorAll('chart-figure')].map((chart) => {
    const img = chart.querySelector<HTMLImageElement>('img.chart-image');
    return {
      id: chart.querySelector('figure')?.dataset['chart'] ?? '',
      file: img?.currentSrc ? (new URL(img.currentSrc).pathname.split('/').pop() ?? '') : '',
      loaded: Boolean(img?.complete && img.naturalWidth > 0 && img.getClientRects().length > 0),
    };
  });
}

/** Whether an element is rendered (has a box). */
export function shownInPage(selector: string): boolean[] {
  return [...document.querySelectorAll(selector)].map(
    (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );
}

/**
 * An in-page check (for `inPage`): every drawn chart lies over its image, in the same box, so that the
 * swap moved nothing: the image fills the stage, and each canvas has a size and stays inside it.
 */
export function liveOverImage(): string[] {
  const wrong: string[] = [];
  for (const chart of document.querySelectorAll<HTMLElement>('chart-figure[data-state="drawn"]')) {
    const id = chart.querySelector('figure')?.dataset['chart'] ?? '?';
    const stage = chart.querySelector('.chart-stage')?.getBoundingClientRect();
    const image = chart.querySelector('img.chart-image')?.getBoundingClientRect();
    if (!stage || !image) {
      wrong.push(`${id}: no stage or image`);
      continue;
    }
    const off = (a: number, b: number) => Math.abs(a - b) > 1;
    if (
      [
        off(image.x, stage.x),
        off(image.y, stage.y),
        off(image.width, stage.width),
        off(image.height, stage.height),
      ].some(Boolean)
    )
      wrong.push(
        `${id}: the image (${Math.round(image.width)}×${Math.round(image.height)}) does not fill the stage (${Math.round(stage.width)}×${Math.round(stage.height)})`,
      );
    const canvases = [...chart.querySelectorAll('canvas')].map((canvas) => canvas.getBoundingClientRect());
    if (canvases.length === 0) wrong.push(`${id}: drawn, but no canvas`);
    for (const box of canvases)
      if (
        box.width < 1 ||
        box.height < 1 ||
        box.left < stage.left - 1 ||
        box.right > stage.right + 1 ||
        box.top < stage.top - 1 ||
        box.bottom > stage.bottom + 1
      )
        wrong.push(
          `${id}: a canvas (${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}) outside the stage`,
        );
  }
  return wrong;
}
