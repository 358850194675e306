/**
 * The checks every engine runs: what matters to a reader of the article, each group one page load.
 * Pages, languages and charts come from the project (`Site`); nothing here names one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { palettes } from '../../src/explainer/core/charts/palette.ts';
import { TAGS } from '../axe.ts';
import { chartImageTextProblems } from '../checks/chart-image.ts';
import { liveChartDrift, type Shape } from '../checks/chart-geometry.ts';
import { smallChartText } from '../checks/chart-text-size.ts';
import { interactiveClaims } from '../checks/interactive.ts';
import { chartImagesShown, chartPrintProblems } from '../checks/print.ts';
import { tooltipProblems, tooltipsShown } from '../checks/tooltips.ts';
import { brokenWords } from '../checks/words.ts';
import {
  type ChartBoxes,
  chartBoxes,
  chartImages,
  chartState,
  liveOverImage,
  pointTexts,
  problemsInPage,
  readToTheEnd,
  shownInPage,
  until,
} from './page.ts';
import type { Checker, Driver, Group, Key, PageOptions, Site } from './types.ts';

const DESKTOP: PageOptions = { width: 1280, height: 800 };
/** A common phone: narrow enough for the charts' narrow layout. */
const PHONE: PageOptions = { width: 390, height: 844, touch: true };
/** The axe rules whose result depends on colours (as e2e/a11y.spec.ts checks the dark theme). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The chunk with Chart.js and the live chart code, loaded by a dynamic import on first use. */
const CHART_CHUNK = /\/_astro\/live\.[\w-]+\.js$/;
/** The smallest chart text a reader may be shown, in CSS pixels (as e2e/chart-text-size.spec.ts). */
const MIN_CHART_TEXT = 9;
/**
 * The widths the key figures are read at: a phone's to a wide desktop's, 80 px apart (e2e/key-figures.spec.ts
 * reads them 40 px apart in Chromium; a resize costs WebKitGTK's WebDriver two round trips).
 */
const KEY_FIGURE_WIDTHS = Array.from({ length: 17 }, (_, i) => 320 + i * 80);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page, one line each; with `rules`, only those rules run. */
async function axe(page: Driver, rules?: string[]): Promise<string[]> {
  await page.inject(axeSource);
  return page.evaluate(
    async ({ tags, rules }) => {
      const engine = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const { violations } = await engine.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
      });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: TAGS, rules },
  );
}

/** Reads the page to the end and waits until every chart's image has loaded. */
async function readAndSee(page: Driver): Promise<void> {
  await page.evaluate(readToTheEnd, undefined);
  await until(page, 'every chart image has loaded', chartImages, undefined, (images) =>
    images.every((image) => image.loaded),
  );
}

async function boxes(page: Driver, index: number): Promise<ChartBoxes> {
  const found = await page.evaluate(chartBoxes, index);
  if (!found) throw new Error(`chart ${index} has no stage or summary on the page`);
  return found;
}

/** Wakes the `index`th chart with the pointer (moving into its stage) and waits until it is drawn. */
async function wakeByPointer(page: Driver, index: number): Promise<ChartBoxes> {
  const { stage } = await boxes(page, index);
  await page.pointerMove(stage.x + stage.width / 2, stage.y + stage.height / 2);
  await until(page, `chart ${index} is drawn after the pointer entered it`, chartState, index, drawn);
  return boxes(page, index);
}

/**
 * The chart's visible tooltips, once it shows one or after `ms`: Chart.js handles pointer events on the
 * next animation frame, which a busy machine delays.
 */
async function tooltipsSoon(page: Driver, index: number, ms = 500) {
  const state = await until(page, 'a tooltip shows', chartState, index, (s) => s.tooltips.length > 0, ms).catch(
    () => undefined,
  );
  return state?.tooltips ?? [];
}

/** Sweeps the pointer across the chart's canvas until a tooltip shows; returns the tooltips seen. */
async function sweep(page: Driver, index: number, { canvas }: ChartBoxes): Promise<string[]> {
  if (!canvas) throw new Error(`chart ${index} has no canvas once drawn`);
  const seen: string[] = [];
  // Two passes, at two heights: the first may run while the chart still settles.
  for (const y of [0.6, 0.4])
    for (
      let x = canvas.x + canvas.width * 0.08;
      x < canvas.x + canvas.width && seen.length === 0;
      x += canvas.width / 14
    ) {
      await page.pointerMove(x, canvas.y + canvas.height * y);
      seen.push(...(await tooltipsSoon(page, index)).map((tip) => tip.text));
    }
  return seen;
}

/** The charts of `locale`'s article: all of the registry's, or fewer in a translation that ends early. */
function pageCharts(site: Site, locale: string): string[] {
  const ids = site.articleCharts[locale];
  if (!ids)
    throw new Error(
      `No article charts known for ${locale}: Site.articleCharts lists ${Object.keys(site.articleCharts).join(', ')}.`,
    );
  return [...ids];
}

/** Every chart of the language's article is on the page, once, each showing the image `file` names. */
function assertImages(
  images: { id: string; file: string }[],
  site: Site,
  locale: string,
  file: (id: string) => string,
): void {
  assert.deepEqual(
    images.map((image) => image.id).toSorted(),
    pageCharts(site, locale).toSorted(),
    'the page’s charts',
  );
  assert.deepEqual(
    images.filter((image) => image.file !== file(image.id)).map((image) => `${image.id}: ${image.file || 'none'}`),
    [],
    'charts showing another image',
  );
}

/**
 * Runs `fn`, a check of e2e/checks/ that takes a chart's `<chart-figure>`, on the `index`th chart of the
 * page: the function's own source is put in the page (as the browser's automation runs a script), then
 * called with the figure and `arg`.
 */
async function onFigure<A, R>(
  page: Driver,
  fn: (figure: Element, arg: A) => R | Promise<R>,
  index: number,
  arg: A,
): Promise<R> {
  await page.inject(`window.enginesFigureCheck = ${fn.toString()};`);
  return page.evaluate(
    ({ index, arg }) => {
      const check = (window as unknown as { enginesFigureCheck: (figure: Element, arg: A) => R | Promise<R> })
        .enginesFigureCheck;
      const figure = document.querySelectorAll('chart-figure')[index];
      if (!figure) throw new Error(`no chart ${index} on the page`);
      return check(figure, arg);
    },
    { index, arg },
  );
}

/**
 * Each drawn chart's bars and words stand where its image had them (`liveChartDrift`, in the page's
 * scheme); the charts must be drawn and done moving.
 */
async function noDrift(page: Driver, scheme: keyof typeof palettes): Promise<void> {
  const palette = palettes[scheme];
  const shapes: Shape[] = [
    { name: 'bar', colours: [palette.base, palette.accent], kind: 'solid', gap: 0 },
    { name: 'word', colours: [palette.text], kind: 'ink', gap: 2, not: [palette.base, palette.accent] },
  ];
  // The live charts grow into place (400 ms) unless the reader asks for reduced motion.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await forEveryChart(page, async (index) => {
    await boxes(page, index);
    const problems = await onFigure(page, liveChartDrift, index, { shapes });
    return problems.length > 0 ? problems.join('; ') : undefined;
  });
}

/** The in-page checks of e2e/checks/ that return what is wrong, run as one named check each. */
async function noProblems(t: Checker, name: string, found: () => Promise<string[]>): Promise<void> {
  await t.check(name, async () => assert.deepEqual(await found(), []));
}

const drawn = (state: { state: string }) => state.state === 'drawn';
/** The page's charts, in page order, by id. */
const chartsOf = async (page: Driver) => (await page.evaluate(chartImages, undefined)).map((image) => image.id);

/**
 * Runs `fn` for each chart of the page (its index in the page, its id); fails with the list of what
 * went wrong for each, if anything did.
 */
async function forEveryChart(
  page: Driver,
  fn: (index: number, id: string) => Promise<string | undefined>,
): Promise<void> {
  const wrong: string[] = [];
  const ids = await chartsOf(page);
  assert.ok(ids.length > 0, 'the page has no chart');
  for (const [index, id] of ids.entries()) {
    const problem = await fn(index, id).catch((error: unknown) => String(error));
    if (problem) wrong.push(`${id}: ${problem}`);
  }
  assert.deepEqual(wrong, []);
}

const read = (locale: string): Group => ({
  name: `/${locale}/ read to the end, charts used by pointer`,
  needs: [],
  options: DESKTOP,
  async run(page, site, t) {
    await page.goto(`${locale}/`);
    await page.pointerMove(0, 0);
    await readAndSee(page);
    await t.check('every chart is its light, wide image, loaded once read to', async () => {
      assertImages(await page.evaluate(chartImages, undefined), site, locale, (id) => `${id}-light.svg`);
    });
    await t.check('no chart code is loaded before a reader uses a chart', async () => {
      const chunks = await page.evaluate(
        (source) =>
          performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => new RegExp(source).test(new URL(name).pathname)),
        CHART_CHUNK.source,
      );
      assert.deepEqual(chunks, []);
    });
    await t.check('the page fits its width, without horizontal scrolling', async () => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        undefined,
      );
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    });
    await t.check('each chart wakes under the pointer, and its tooltip shows a value of its table', () =>
      forEveryChart(page, async (index) => {
        const seen = await sweep(page, index, await wakeByPointer(page, index));
        const points = await page.evaluate(pointTexts, index);
        if (!seen.some((tip) => points.some((point) => tip.includes(point))))
          return `no tooltip with a point of the table (${points[0]} …); seen: ${seen.join(' | ') || 'none'}`;
        return undefined;
      }),
    );
    await t.check('axe finds no WCAG 2.2 A/AA violation with every chart drawn', async () => {
      assert.deepEqual(await axe(page), []);
    });
    await t.check('no error, CSP violation or request to another origin', async () => {
      assert.deepEqual(await page.problems(), []);
    });
    await t.check('the watcher sees a CSP violation when there is one', async () => {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.injected = "yes"';
        document.body.append(script);
      }, undefined);
      await until(page, 'the watcher reports a CSP violation', problemsInPage, undefined, (problems) =>
        problems.some((problem) => problem.startsWith('CSP violation: script-src')),
      );
      assert.equal(await page.evaluate(() => document.body.dataset['injected'] ?? '', undefined), '');
    });
  },
});

const keys = (locale: string): Group => ({
  name: `/${locale}/ charts used by keyboard, tables opened, key figures at every width`,
  needs: [],
  options: DESKTOP,
  async run(page, site, t) {
    await page.goto(`${locale}/`);
    await t.check('each chart says how to use it, its script run: role, role description, focus, hint', async () => {
      // Each chart says it four ways (e2e/chart-reader.spec.ts checks that none does without the script).
      assert.equal((await page.evaluate(interactiveClaims, undefined)).length, pageCharts(site, locale).length * 4);
    });
    await t.check('each chart wakes on focus; Home, → and End announce its values; Escape hides the tooltip', () =>
      forEveryChart(page, async (index) => {
        await boxes(page, index);
        await page.evaluate((i) => {
          document.querySelectorAll<HTMLElement>('chart-figure .chart-stage')[i]?.focus();
        }, index);
        await until(page, `chart ${index} is drawn once focused`, chartState, index, drawn);
        const points = await page.evaluate(pointTexts, index);
        const steps: [Key, string | undefined][] = [
          ['Home', points[0]],
          ['ArrowRight', points[1]],
          ['End', points.at(-1)],
        ];
        for (const [key, expected] of steps) {
          await page.press(key);
          const state = await until(
            page,
            `the live region announces "${expected}" and a tooltip shows after ${key}`,
            chartState,
            index,
            (s) => s.live.includes(expected ?? '') && s.tooltips.length > 0,
            3_000,
          );
          if (!state.focused) return `focus left the chart after ${key}`;
          if (state.outline === 'none') return 'the focused chart shows no outline';
        }
        await page.press('Escape');
        await until(page, 'Escape hides the tooltip', chartState, index, (s) => s.tooltips.length === 0, 3_000);
        return undefined;
      }),
    );
    await t.check('each chart’s table opens with a click on its summary', () =>
      forEveryChart(page, async (index) => {
        const { summary } = await boxes(page, index);
        await page.click(summary.x + Math.min(20, summary.width / 2), summary.y + summary.height / 2);
        const shown = await page.evaluate((i) => {
          const table = document.querySelectorAll('chart-figure')[i]?.querySelector('table');
          return Boolean(table && table.getClientRects().length > 0);
        }, index);
        return shown ? undefined : 'the table stays hidden';
      }),
    );
    await t.check(
      'no key figure breaks inside a word, at every width from the narrowest the window gets to 1600 px',
      async () => {
        const problems: string[] = [];
        const seen = new Set<number>();
        for (const width of KEY_FIGURE_WIDTHS) {
          const got = await page.resize(width, DESKTOP.height);
          if (seen.has(got)) continue;
          seen.add(got);
          for (const problem of await page.evaluate(brokenWords, '.card-value')) problems.push(`${got} px: ${problem}`);
        }
        assert.deepEqual(problems, []);
      },
    );
    await t.check('no error, CSP violation or request to another origin', async () => {
      assert.deepEqual(await page.problems(), []);
    });
  },
});

/**
 * Walks every value of every chart with the keys, and fails with each problem `tooltipProblems` finds:
 * a tooltip past the screen's edge, its text out of its box, the page scrolling sideways.
 */
function everyTooltipInside(page: Driver): Promise<void> {
  return forEveryChart(page, async (index) => {
    await page.evaluate((i) => {
      document.querySelectorAll<HTMLElement>('chart-figure .chart-stage')[i]?.focus();
    }, index);
    await until(page, `chart ${index} is drawn once focused`, chartState, index, drawn);
    const count = (await page.evaluate(pointTexts, index)).length;
    const problems: string[] = [];
    for (let point = 0; point < count; point++) {
      await page.press(point === 0 ? 'Home' : 'ArrowRight');
      await until(page, `one tooltip shows for value ${point + 1}`, tooltipsShown, undefined, (n) => n === 1, 3_000);
      for (const problem of await page.evaluate(tooltipProblems, undefined))
        problems.push(`value ${point + 1}: ${problem}`);
    }
    return problems.length > 0 ? problems.join('; ') : undefined;
  });
}

/** A narrow screen without touch: the narrowest a WebKitGTK window gets, still in the charts' narrow layout. */
const narrow: Group = {
  name: 'narrow screen (460 px): narrow images, every tooltip inside the screen',
  needs: [],
  options: { width: 460, height: 844 },
  async run(page, site, t) {
    await page.goto(`${site.sourceLocale}/`);
    await readAndSee(page);
    await t.check('every chart is its narrow image (bars on their side)', async () => {
      assertImages(
        await page.evaluate(chartImages, undefined),
        site,
        site.sourceLocale,
        (id) => `${id}-narrow-light.svg`,
      );
    });
    await t.check('the page fits the screen’s width, without horizontal scrolling', async () => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        undefined,
      );
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    });
    await noProblems(t, `no chart text is under ${MIN_CHART_TEXT} px as shown`, () =>
      page.evaluate(smallChartText, MIN_CHART_TEXT),
    );
    await t.check('every value’s tooltip stays inside the screen', () => everyTooltipInside(page));
    await t.check('no error, CSP violation or request to another origin', async () => {
      assert.deepEqual(await page.problems(), []);
    });
  },
};

const touch: Group = {
  name: 'narrow touch screen: a tap draws a chart and shows a value',
  needs: ['touch'],
  options: PHONE,
  async run(page, site, t) {
    await page.goto(`${site.sourceLocale}/`);
    await readAndSee(page);
    await t.check('every chart is its narrow image (bars on their side)', async () => {
      assertImages(
        await page.evaluate(chartImages, undefined),
        site,
        site.sourceLocale,
        (id) => `${id}-narrow-light.svg`,
      );
    });
    await t.check('the page fits a phone’s width, without horizontal scrolling', async () => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        undefined,
      );
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    });
    await t.check(
      'a tap wakes each chart, as a touch, and a tap on a bar shows one of its table’s values',
      async () => {
        await page.evaluate(() => {
          const memory = window as unknown as { pointerTypes: string[] };
          memory.pointerTypes = [];
          document.addEventListener('pointerdown', (event) => memory.pointerTypes.push(event.pointerType), true);
        }, undefined);
        await forEveryChart(page, async (index) => {
          const { stage } = await boxes(page, index);
          await page.tap(stage.x + stage.width * 0.6, stage.y + stage.height * 0.55);
          await until(page, `chart ${index} is drawn after a tap`, chartState, index, drawn);
          const { canvas } = await boxes(page, index);
          if (!canvas) return 'no canvas once drawn';
          const points = await page.evaluate(pointTexts, index);
          // Tap across the plot (bars on their side, or small multiples upright) until a bar shows its tooltip.
          const spots = [0.3, 0.55, 0.8].flatMap((x) => [0.2, 0.35, 0.5, 0.65, 0.8].map((y) => [x, y] as const));
          for (const [x, y] of spots) {
            await page.tap(canvas.x + canvas.width * x, canvas.y + canvas.height * y);
            const text = (await tooltipsSoon(page, index))[0]?.text;
            if (text !== undefined)
              return points.filter((point) => text.includes(point)).length === 1
                ? undefined
                : `the tooltip "${text}" shows no single point of the table`;
          }
          return 'no tap on the chart showed a tooltip';
        });
        const types = await page.evaluate(
          () => [...new Set((window as unknown as { pointerTypes: string[] }).pointerTypes)],
          undefined,
        );
        assert.deepEqual(types, ['touch'], 'the taps arrive as touch');
      },
    );
    await t.check('every value’s tooltip stays inside the screen', () => everyTooltipInside(page));
    await t.check('no error, CSP violation or request to another origin', async () => {
      assert.deepEqual(await page.problems(), []);
    });
  },
};

const dark: Group = {
  name: 'dark scheme: dark images, dark live charts, contrast',
  needs: ['dark'],
  options: { ...DESKTOP, dark: true },
  async run(page, site, t) {
    await page.goto(`${site.sourceLocale}/`);
    await page.pointerMove(0, 0);
    await t.check('the browser reports the dark scheme to the page', async () => {
      assert.ok(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined));
    });
    await readAndSee(page);
    await t.check('every chart is its dark image', async () => {
      assertImages(await page.evaluate(chartImages, undefined), site, site.sourceLocale, (id) => `${id}-dark.svg`);
    });
    await t.check('each chart, once drawn, is drawn dark', () =>
      forEveryChart(page, async (index) => {
        await wakeByPointer(page, index);
        const { theme } = await page.evaluate(chartState, index);
        return theme === 'dark' ? undefined : `drawn with the theme "${theme}"`;
      }),
    );
    await t.check('axe finds no colour violation in the dark scheme', async () => {
      assert.deepEqual(await axe(page, COLOUR_RULES), []);
    });
    await t.check(
      'before printing every chart shows its print image, and after it its screen image again',
      async () => {
        const screen = await page.evaluate(chartImagesShown, undefined);
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')), undefined);
        await until(page, 'every chart shows its print image', chartPrintProblems, undefined, (p) => p.length === 0);
        await page.evaluate(() => window.dispatchEvent(new Event('afterprint')), undefined);
        await until(page, 'every chart shows its screen image again', chartImagesShown, undefined, (shown) =>
          Object.entries(screen).every(([id, file]) => shown[id] === file),
        );
      },
    );
    await t.check('no error, CSP violation or request to another origin', async () => {
      assert.deepEqual(await page.problems(), []);
    });
  },
};

const print: Group = {
  name: 'print: each chart is its light, wide image, without the live chart, links or table',
  needs: ['print', 'dark'],
  options: { ...DESKTOP, dark: true, print: true },
  async run(page, site, t) {
    await page.goto(`${site.sourceLocale}/`);
    await readAndSee(page);
    await t.check('every chart is its light, wide image, even in the dark scheme', async () => {
      assertImages(await page.evaluate(chartImages, undefined), site, site.sourceLocale, (id) => `${id}-light.svg`);
    });
    await t.check('no live chart, links or table are printed', async () => {
      const shown: string[] = [];
      for (const selector of ['.chart-live', '.chart-links', '.chart-table'])
        if ((await page.evaluate(shownInPage, selector)).some(Boolean)) shown.push(selector);
      assert.deepEqual(shown, []);
    });
  },
};

const live: Group = {
  name: 'live charts over their images',
  needs: [],
  options: DESKTOP,
  async run(page, site, t) {
    await page.goto(`${site.sourceLocale}/`);
    await page.pointerMove(0, 0);
    await readAndSee(page);
    for (const index of (await chartsOf(page)).keys()) await wakeByPointer(page, index);
    await page.pointerMove(0, 0);
    await noProblems(t, 'every live chart lies over its image, in the same box', () =>
      page.evaluate(liveOverImage, undefined),
    );
    await t.check('each live chart’s bars and words stand where its image had them', () => noDrift(page, 'light'));
    await noProblems(t, `no chart text is under ${MIN_CHART_TEXT} px as shown`, () =>
      page.evaluate(smallChartText, MIN_CHART_TEXT),
    );
  },
};

/** Every image a chart's picture may show, in every language: its sources' and its `<img>`'s addresses. */
function chartImageFiles(): string[] {
  return [
    ...new Set(
      [...document.querySelectorAll('chart-figure picture')].flatMap((picture) =>
        [...picture.querySelectorAll('source, img')].map(
          (el) => new URL(el.getAttribute('srcset') ?? el.getAttribute('src') ?? '', document.baseURI).href,
        ),
      ),
    ),
  ];
}

const images = (locales: readonly string[]): Group => ({
  name: 'chart images, each opened on its own',
  needs: [],
  options: DESKTOP,
  async run(page, _site, t) {
    const files: string[] = [];
    for (const locale of locales) {
      await page.goto(`${locale}/`);
      files.push(...(await page.evaluate(chartImageFiles, undefined)).filter((file) => !files.includes(file)));
    }
    await t.check('no chart image has text overlapping another or outside it', async () => {
      assert.ok(files.length > 0, 'the pages show no chart image');
      const problems: string[] = [];
      for (const file of files) {
        await page.goto(file);
        for (const problem of await page.evaluate(chartImageTextProblems, {}))
          problems.push(`${new URL(file).pathname}: ${problem}`);
      }
      assert.deepEqual(problems, []);
    });
  },
});

/**
 * The check groups, in the order they run. A module of checks is added here in one line: an in-page
 * function of e2e/checks/ that returns what is wrong (an empty list when all is well) goes in with
 * `inPage(name, path, fn)`, e.g. `...site.locales.map((l) => inPage(`/${l}/ chart fixes`, `${l}/`, check))`.
 */
export function groups(site: Site): Group[] {
  return [...site.locales.map(read), ...site.locales.map(keys), narrow, touch, dark, print, live, images(site.locales)];
}

/**
 * A group made of one in-page check: loads `path`, reads it to the end, wakes every chart by pointer,
 * then runs `fn` in the page, which returns what is wrong (nothing, when all is well).
 */
export function inPage(
  name: string,
  path: string,
  fn: () => string[] | Promise<string[]>,
  options: PageOptions = DESKTOP,
): Group {
  return {
    name,
    needs: [],
    options,
    async run(page, _site, t) {
      await page.goto(path);
      await readAndSee(page);
      for (const index of (await chartsOf(page)).keys()) await wakeByPointer(page, index);
      await t.check(name, async () => assert.deepEqual(await page.evaluate(fn, undefined), []));
    },
  };
}
