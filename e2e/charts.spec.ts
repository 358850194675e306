import { createServer, type Server } from 'node:http';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartIds, chartPageLocales } from '../src/explainer/content/chart-ids.ts';
import { narrowMedia } from '../src/explainer/core/charts/layout.ts';
import { locales, sourceLocale } from '../src/explainer/content/locales.ts';
import { articleCharts } from './articles.ts';
import { hostAppliesHeaders } from './host.ts';
import { readToTheEnd, watchProblems } from './reader.ts';

/**
 * The charts on the built site: each an image drawn at build time, seen at first paint with or without
 * JavaScript, in light and dark, wide and narrow, and in print; the live chart loaded only when a reader
 * points at, focuses or touches it, drawn over the image without a shift, explorable by pointer and
 * keyboard in each locale's number format; files to take away; an embed page other sites may frame.
 * Charts and languages come from the project (content/): what a chart should show is
 * read from its own table, which the build writes with the same formatter.
 */

const CHART_IDS = chartIds;
/** The first chart (a single panel, with a marked point), and the small multiples. */
const FIRST = CHART_IDS[0] ?? '';
const MULTIPLES = 'table[data-multiples]';
/** The chunk with Chart.js and the live chart code, loaded by a dynamic import. */
const CHART_CHUNK = /\/_astro\/live\.[\w-]+\.js$/;

/**
 * What the chart says of a point, as its table has it: the figure's `data-point` pattern with the
 * row's label and the cell's text (with small multiples, the column's label and the row's `column` cell).
 */
async function pointText(chart: Locator, row: Locator, column = 0): Promise<string> {
  const pattern = (await chart.getAttribute('data-point')) ?? '';
  const multiples = (await chart.locator(MULTIPLES).count()) > 0;
  const label = multiples
    ? await chart
        .locator('thead th')
        .nth(column + 1)
        .textContent()
    : await row.locator('th').textContent();
  const value = await row.locator('td').nth(column).textContent();
  return pattern.replace('{label}', label ?? '').replace('{value}', value ?? '');
}

const figure = (page: Page, id: string) =>
  page.locator('chart-figure').filter({ has: page.locator(`figure[data-chart="${id}"]`) });
const image = (chart: Locator) => chart.locator('img.chart-image');

/** The image's file as the browser chose it from the picture's sources, once it has loaded. */
async function shown(chart: Locator): Promise<string> {
  await chart.scrollIntoViewIfNeeded();
  const img = image(chart);
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  return img.evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname.split('/').pop() ?? '');
}

/** Uses a chart as a reader does, by pointing at it, and waits for the live chart. */
async function use(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('.chart-stage').hover();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
}

for (const locale of locales) {
  test.describe(`/${locale}/ charts`, () => {
    test('show their image at first paint and load no chart code until a reader uses one', async ({ page }) => {
      // Many steps, each waiting on a browser that may share its machine.
      test.slow();
      const problems = await watchProblems(page);
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (CHART_CHUNK.test(new URL(request.url()).pathname)) chunks.push(request.url());
      });
      // A translation that ends before the source's does shows the charts it has reached.
      const ids = articleCharts(locale);
      await page.goto(`${locale}/`);
      await expect(page.locator('chart-figure')).toHaveCount(ids.length);
      // The mouse rests off the page, so reading to the end touches no chart.
      await page.mouse.move(0, 0);
      await readToTheEnd(page);
      for (const id of ids) {
        expect(await shown(figure(page, id)), id).toBe(`${id}-light.svg`);
        await expect(image(figure(page, id)), id).toHaveAttribute('alt', /\w{4,}/);
      }
      expect(chunks, 'chart code requested before any chart is used').toEqual([]);
      await expect(page.locator('chart-figure[data-state="static"]')).toHaveCount(ids.length);

      // Pointing at one chart draws it, over its image and in the same box.
      const chart = figure(page, FIRST);
      const before = await chart.locator('.chart-stage').boundingBox();
      await use(chart);
      const canvas = chart.locator('canvas');
      await expect(canvas).toBeVisible();
      const box = await canvas.boundingBox();
      expect(box?.width).toBeCloseTo(before?.width ?? 0, 0);
      expect(box?.height).toBeCloseTo(before?.height ?? 0, 0);
      const after = await chart.locator('.chart-stage').boundingBox();
      expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);
      await expect(page.locator('chart-figure[data-state="drawn"]')).toHaveCount(1);
      expect(chunks).toHaveLength(1);
      expect(await problems()).toEqual([]);
    });

    test('hover and arrow keys show the values in the locale’s format', async ({ page }) => {
      // Many steps, each waiting on a browser that may share its machine.
      test.slow();
      await page.goto(`${locale}/`);
      const chart = figure(page, FIRST);
      await use(chart);
      const tooltip = chart.locator('.chart-tooltip');
      const live = chart.locator('[data-live]');
      const rows = chart.locator('tbody tr');
      const marked = await pointText(chart, chart.locator('tbody tr.is-accent'));
      const last = await pointText(chart, rows.last());

      // Hover: sweep across the plot until the article's quarter is under the pointer.
      const box = await chart.locator('canvas').boundingBox();
      if (!box) throw new Error('the chart has no canvas on screen');
      const seen: string[] = [];
      for (
        let x = box.x + box.width * 0.4;
        x < box.x + box.width && !seen.some((text) => text.includes(marked));
        x += 12
      ) {
        await page.mouse.move(x, box.y + box.height / 2);
        if (await tooltip.isVisible()) seen.push((await tooltip.textContent()) ?? '');
      }
      expect(seen.join(' | ')).toContain(marked);
      await page.mouse.move(0, 0);
      await expect(tooltip).toBeHidden();

      // Keyboard: focusing a chart that was never pointed at draws it too; then arrows, End and Home.
      // Small multiples are in every article in full; a translation that ends early may not have reached them.
      const multiples = page
        .locator('chart-figure')
        .filter({ has: page.locator(MULTIPLES) })
        .first();
      if (articleCharts(locale).length === CHART_IDS.length || (await multiples.count()) > 0) {
        await multiples.scrollIntoViewIfNeeded();
        const surface = multiples.locator('.chart-stage');
        await surface.focus();
        await expect(multiples).toHaveAttribute('data-state', 'drawn');
        expect(await surface.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
        // Small multiples: the arrows go on into the next panel, to its first point.
        const columns = await multiples.locator('tbody tr').first().locator('td').count();
        for (let i = 0; i < columns + 1; i++) await page.keyboard.press('ArrowRight');
        await expect(multiples.locator('[data-live]')).toContainText(
          await pointText(multiples, multiples.locator('tbody tr').nth(1), 0),
        );
        await expect(multiples.locator('.chart-tooltip').nth(1)).toBeVisible();
        await expect(multiples.locator('.chart-tooltip').nth(0)).toBeHidden();
      }

      await chart.locator('.chart-stage').focus();
      const markedIndex = await rows.evaluateAll((trs) => trs.findIndex((tr) => tr.classList.contains('is-accent')));
      for (let i = 0; i < markedIndex + 1; i++) await page.keyboard.press('ArrowRight');
      await expect(live).toContainText(marked);
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('End');
      await expect(live).toHaveText(last);
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    // Every host serves these files with their types: checked with every link, in site.spec.ts.
    test('keep the table one click away, and offer the data and the images as files', async ({ page, request }) => {
      await page.goto(`${locale}/`);
      // A language without its own chart words shows the source language's charts, and their files; so does
      // a chart whose entry in its charts.yaml is still in the source language.
      const hasCharts = chartPageLocales.includes(locale);
      // The charts of this language's article: all of them, or those a translation that ends early has reached.
      const ids = articleCharts(locale);
      // A chart with an approximate value: the table writes it in words ("about 10 million"), not "~10".
      // Every article in full has one; a translation that ends early may not have reached it yet.
      const approximate = page
        .locator('chart-figure')
        .filter({ has: page.locator('td[data-short^="~"]') })
        .first();
      if (ids.length === CHART_IDS.length || (await approximate.count()) > 0) {
        await approximate.scrollIntoViewIfNeeded();
        await expect(approximate.locator('table')).toBeHidden();
        await approximate.locator('summary').click();
        await expect(approximate.locator('table')).toBeVisible();
        // In words and digits of any script, in either order ("about 10", "約10", "نحو ١٠"), never the sign.
        const cell = approximate.locator('td[data-short^="~"]').first();
        await expect(cell).toHaveText(/\p{L}.*\p{Nd}|\p{Nd}.*\p{L}/u);
        await expect(cell).not.toHaveText(/~/);
      }

      const filesOf = async (id: string) => {
        // The language the chart's words are in: its own `lang`, or the one it sits in (an untranslated article's).
        const wordsLang = await figure(page, id)
          .locator('figure.chart')
          .evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? '');
        expect([hasCharts ? locale : sourceLocale, sourceLocale], id).toContain(wordsLang);
        return wordsLang === locale ? locale : sourceLocale;
      };
      for (const id of ids) {
        const files = await filesOf(id);
        const links = figure(page, id).locator('.chart-links a[download]');
        const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(
          hrefs.map((h) => new URL(h).pathname.slice(new URL(h).pathname.indexOf(`/${files}/`) + 1)),
          id,
        ).toEqual([
          `${files}/data/${id}.csv`,
          `${files}/charts/${id}/${id}-light.svg`,
          `${files}/charts/${id}/${id}.png`,
        ]);
        for (const [href, type] of hrefs.map((h, i) => [h, ['text/csv', 'image/svg+xml', 'image/png'][i]] as const)) {
          const response = await request.get(href);
          expect(response.status(), href).toBe(200);
          expect(response.headers()['content-type'], href).toContain(type);
        }
      }
      // The first chart's files say what its table says: the CSV with raw numbers and its sources, the
      // image with the numbers as the page's language writes them.
      const chart = figure(page, FIRST);
      const files = await filesOf(FIRST);
      const columns = await chart.locator('thead th').allTextContents();
      const unit = (await chart.locator('.chart-unit').textContent()) ?? '';
      const accent = chart.locator('tbody tr.is-accent');
      const label = (await accent.locator('th').textContent()) ?? '';
      const value = (await accent.locator('td').getAttribute('data-value')) ?? '';
      const csv = (await (await request.get(`${files}/data/${FIRST}.csv`)).text()).replace(/^\uFEFF/, '');
      const [header = '', ...lines] = csv.split('\r\n');
      expect(header.split(',').slice(0, 2)).toEqual([columns[0], `${columns[1]} (${unit})`]);
      // Label, value, approximate, computed by us, sources.
      expect(header.split(',')).toHaveLength(5);
      expect(lines.find((line) => line.startsWith(`${label},`))).toMatch(
        new RegExp(`^[^,]+,${value},,,\\S.* <https://`),
      );
      const svg = await (await request.get(`${files}/charts/${FIRST}/${FIRST}-light.svg`)).text();
      const written = new Intl.NumberFormat((await chart.getAttribute('data-locale')) ?? locale).format(Number(value));
      // The text is outlines in the charts' font, whatever the reader's fonts; each text group names its words.
      expect(svg, 'the value is written, in the locale’s numbers').toContain(`data-t="${written}"`);
      expect(svg).not.toMatch(/<text|font-family/);
    });

    test('follow the dark theme, as an image and once drawn', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${locale}/`);
      const chart = figure(page, FIRST);
      expect(await shown(chart)).toBe(`${FIRST}-dark.svg`);
      await use(chart);
      await expect(chart).toHaveAttribute('data-theme', 'dark');
      const canvas = chart.locator('canvas');
      const dark = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(chart).toHaveAttribute('data-theme', 'light');
      await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(dark);
    });
  });
}

test('without JavaScript every chart is its image, light or dark, with its table and sources', async ({ browser }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
    const page = await context.newPage();
    await page.goto(`${sourceLocale}/`);
    for (const id of CHART_IDS) {
      const chart = figure(page, id);
      expect(await shown(chart), `${id}, ${colorScheme}`).toBe(`${id}-${colorScheme}.svg`);
      await expect(chart.locator('.chart-footer a').first()).toBeVisible();
    }
    const revenue = figure(page, FIRST);
    await revenue.locator('summary').click();
    await expect(revenue.locator('tbody tr')).toHaveCount(8);
    await expect(revenue.locator('tbody tr.is-accent td')).toBeVisible();
    await context.close();
  }
});

test('printed, each chart is its light, wide image, without links or the live chart', async ({ page }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${sourceLocale}/`);
  const chart = figure(page, FIRST);
  await use(chart);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await shown(chart)).toBe(`${FIRST}-light.svg`);
  await expect(chart.locator('.chart-live')).toBeHidden();
  await expect(chart.locator('.chart-links')).toBeHidden();
  await expect(chart.locator('.chart-table')).toBeHidden();
  for (const id of CHART_IDS) expect(await shown(figure(page, id)), id).toBe(`${id}-light.svg`);
});

test('when Chart.js cannot load, the image and the table stay and nothing throws', async ({ page }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  const problems = await watchProblems(page);
  await page.route(CHART_CHUNK, (route) => route.abort());
  await page.goto(`${sourceLocale}/`);
  for (const id of CHART_IDS) {
    const chart = figure(page, id);
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.chart-stage').hover();
    await expect(chart).toHaveAttribute('data-state', 'failed');
    await expect(image(chart)).toBeVisible();
    await chart.locator('summary').click();
    await expect(chart.locator('table')).toBeVisible();
  }
  expect((await problems()).filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});

test('on a narrow touch screen, bars lie on their side, in the image and once a tap draws them', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${sourceLocale}/`);
  const chart = figure(page, FIRST);
  expect(await shown(chart)).toBe(`${FIRST}-narrow-light.svg`);
  const stage = chart.locator('.chart-stage');
  const box = await stage.boundingBox();
  if (!box) throw new Error('the chart has no stage on screen');
  await stage.tap({ position: { x: box.width * 0.6, y: box.height * 0.55 } });
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  const canvas = chart.locator('canvas');
  expect((await canvas.boundingBox())?.height).toBeCloseTo(box.height, 0);
  await canvas.tap({ position: { x: box.width * 0.6, y: box.height * 0.55 } });
  await expect(chart.locator('.chart-tooltip')).toBeVisible();
  const points = await Promise.all((await chart.locator('tbody tr').all()).map((row) => pointText(chart, row)));
  // The tooltip shows one of the table's points (and, for the marked one, its mark).
  const tip = (await chart.locator('.chart-tooltip').textContent()) ?? '';
  expect(
    points.filter((point) => tip.startsWith(point)),
    tip,
  ).toHaveLength(1);
  expect(await problems()).toEqual([]);
  await context.close();
});

test('a chart crossing the narrow threshold redraws the other way without an error event', async ({ page }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  const problems = await watchProblems(page);
  await page.setViewportSize({ width: 700, height: 800 });
  await page.goto(`${sourceLocale}/`);
  const chart = figure(page, FIRST);
  await use(chart);
  const horizontal = () =>
    chart
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) =>
        c.width > 0 ? c.getBoundingClientRect().height > c.getBoundingClientRect().width : null,
      );
  for (const width of [460, 640, 400, 700, 470, 1000, 380]) {
    await page.setViewportSize({ width, height: 800 });
    const narrow = await page.evaluate((media) => matchMedia(media).matches, narrowMedia);
    await expect.poll(horizontal, `${width} px`).toBe(narrow);
    // Two frames: the resize observers of this frame report in the next.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  expect(await problems()).toEqual([]);
});

test('with reduced motion a chart appears at once, without growing bars', async ({ page }) => {
  /** Pictures of the canvas taken one animation frame apart, from the moment it has pixels. */
  const frames = async (motion: 'reduce' | 'no-preference') => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(`${sourceLocale}/`);
    const chart = figure(page, FIRST);
    await chart.scrollIntoViewIfNeeded();
    const waiting = chart.evaluate(
      (element) =>
        new Promise<string[]>((resolve) => {
          const pictures: string[] = [];
          const tick = () => {
            const canvas = element.querySelector('canvas');
            if (canvas && canvas.width > 0) {
              const empty = document.createElement('canvas');
              [empty.width, empty.height] = [canvas.width, canvas.height];
              const picture = canvas.toDataURL();
              if (pictures.length > 0 || picture !== empty.toDataURL()) pictures.push(picture);
            }
            if (pictures.length === 3) resolve(pictures);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    await chart.locator('.chart-stage').hover();
    return waiting;
  };
  // The test can tell: with motion allowed, the bars are still growing between frames.
  const moving = await frames('no-preference');
  expect(new Set(moving).size).toBeGreaterThan(1);
  const still = await frames('reduce');
  expect(new Set(still).size).toBe(1);
});

test('a chart’s link goes to the share sheet where there is one, and to the clipboard elsewhere', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const share = (chart: Locator) => chart.locator('.chart-links a[data-share]');

  // A browser without Web Share: the link is copied, and the live region says so.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
  await page.goto(`${sourceLocale}/`);
  const chart = figure(page, FIRST);
  const url = (await share(chart).getAttribute('data-share')) ?? '';
  expect(new URL(url).hash).toBe(`#${await chart.locator('figure').getAttribute('id')}`);
  await share(chart).scrollIntoViewIfNeeded();
  await share(chart).click();
  await expect(chart.locator('[data-live]')).toHaveText((await share(chart).getAttribute('data-copied')) ?? '');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  expect(new URL(page.url()).hash, 'the page stays where it is').toBe('');

  // A browser with Web Share: the share sheet gets the link and the chart's title.
  const other = await context.newPage();
  await other.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await other.goto(`${sourceLocale}/`);
  const shared = figure(other, FIRST);
  await share(shared).scrollIntoViewIfNeeded();
  await share(shared).click();
  await expect
    .poll(() => other.evaluate(() => (window as unknown as { shared?: ShareData }).shared ?? null))
    .toEqual({ url, title: await shared.locator('h3').textContent() });
  expect(new URL(other.url()).hash).toBe('');
  await context.close();
});

test.describe('embed pages', () => {
  // Only the framing test needs the other origin: the describe's tests may run in parallel workers.
  test.describe.configure({ mode: 'serial' });
  let server: Server;
  /** The other origin's port: any free one, so that projects running at once do not clash. */
  let otherPort = 0;
  const framer = (src: string) =>
    `<!doctype html><title>Another site</title><iframe src="${src}" title="chart" width="600" height="600"></iframe>`;
  test.beforeAll(async ({ baseURL }) => {
    server = createServer((req, res) => {
      const target = new URL(new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '', baseURL).href;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(framer(target));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    otherPort = typeof address === 'object' && address ? address.port : 0;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The framed document's body text, or null when the browser refused to show the page in a frame. */
  async function framed(page: Page, path: string): Promise<string | null> {
    await page.goto(`http://127.0.0.1:${otherPort}/?src=${encodeURIComponent(path)}`);
    await page.waitForLoadState('networkidle');
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame?.url().startsWith('http')) return null;
    return frame
      .locator('body')
      .textContent({ timeout: 5_000 })
      .catch(() => null);
  }

  test('a chart’s own page works inside a frame on another origin; the article does not', { tag: '@host' }, async ({
    page,
  }) => {
    await page.goto(`${sourceLocale}/charts/${FIRST}/`);
    const title = (await page.locator('.chart-title').textContent()) ?? '';
    const inside = await framed(page, `${sourceLocale}/charts/${FIRST}/`);
    expect(inside, 'the embed page is shown in the frame').toContain(title);
    const frame = page.frameLocator('iframe');
    await frame.locator('.chart-stage').hover();
    await expect(frame.locator('chart-figure')).toHaveAttribute('data-state', 'drawn');
    // Only a header can forbid framing (a <meta> CSP's frame-ancestors is ignored): a host that sends no
    // headers cannot protect the article.
    if (hostAppliesHeaders())
      expect(await framed(page, `${sourceLocale}/`), 'the article refuses to be framed').toBeNull();
  });

  test('each has the figure alone, a way back, a snippet and its chart as social card', async ({ page, request }) => {
    const id = CHART_IDS.at(-1) ?? FIRST;
    for (const locale of chartPageLocales) {
      await page.goto(`${locale}/charts/${id}/`);
      await expect(page.locator('chart-figure')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const card = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
      expect(card).toMatch(new RegExp(`/${locale}/charts/${id}/${id}\\.png$`));
      const png = await request.get(new URL(card).pathname);
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).readUInt32BE(16), 'PNG width').toBe(1200);
      const snippet = (await page.locator('.embed-code code').textContent()) ?? '';
      expect(snippet).toMatch(
        new RegExp(`^<iframe src="[^"]+/${locale}/charts/${id}/" title="[^"]+" width="100%" height="\\d+"`),
      );
      await page.locator('.embed-back a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/#chart-${id}$`));
    }
    const sitemap = await (await request.get('sitemap.xml')).text();
    for (const chart of CHART_IDS) expect(sitemap).toContain(`/${sourceLocale}/charts/${chart}/</loc>`);
  });
});
