import { createServer, type Server } from 'node:http';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readToTheEnd } from './reader.ts';

/**
 * The charts on the built site: each an image drawn at build time, seen at first paint with or without
 * JavaScript, in light and dark, wide and narrow, and in print; the live chart loaded only when a reader
 * points at, focuses or touches it, drawn over the image without a shift, explorable by pointer and
 * keyboard in each locale's number format; files to take away; an embed page other sites may frame.
 */

const CHART_IDS = ['quarterly-revenue', 'year-on-year', 'adjusted-eps', 'participants', 'customers', 'fy2021-guidance'];
/** The chunk with Chart.js and the live chart code, loaded by a dynamic import. */
const CHART_CHUNK = /\/_astro\/live\.[\w-]+\.js$/;
/** A port of this suite's own, for the page on another origin that frames the embed page. */
const OTHER_ORIGIN_PORT = Number(process.env['E2E_PORT_BASE'] || 4400) + 10;

const LOCALES = {
  // A number and its unit are joined by a non-breaking space (\u00A0), as the formatter writes them.
  it: {
    q1: 'Q1 FY2021: 328,2\u00A0milioni di dollari',
    last: 'Q4 FY2021: 882,5\u00A0milioni di dollari',
    operating: 'Q1 FY2020: 1,6\u00A0milioni di dollari',
    approx: 'circa 10\u00A0milioni',
  },
  en: {
    q1: 'Q1 FY2021: $328.2\u00A0million',
    last: 'Q4 FY2021: $882.5\u00A0million',
    operating: 'Q1 FY2020: $1.6\u00A0million',
    approx: 'about 10\u00A0million',
  },
} as const;

/** Page errors (window.onerror included), console errors and CSP violations while a test runs. */
async function problems(page: Page) {
  const found: string[] = [];
  await page.exposeFunction('reportProblem', (text: string) => found.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportProblem: (text: string) => void }).reportProblem;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
    window.addEventListener('error', (e) => report(`window error: ${e.message}`));
  });
  page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`console error: ${message.text()}`);
  });
  return found;
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

for (const [locale, expected] of Object.entries(LOCALES)) {
  test.describe(`/${locale}/ charts`, () => {
    test('show their image at first paint and load no chart code until a reader uses one', async ({ page }) => {
      // Many steps, each waiting on a browser that may share its machine.
      test.slow();
      const errors = await problems(page);
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (CHART_CHUNK.test(new URL(request.url()).pathname)) chunks.push(request.url());
      });
      await page.goto(`${locale}/`);
      await expect(page.locator('chart-figure')).toHaveCount(CHART_IDS.length);
      // The mouse rests off the page, so reading to the end touches no chart.
      await page.mouse.move(0, 0);
      await readToTheEnd(page);
      for (const id of CHART_IDS) {
        expect(await shown(figure(page, id)), id).toBe(`${id}-light.svg`);
        await expect(image(figure(page, id)), id).toHaveAttribute('alt', /\w{4,}/);
      }
      expect(chunks, 'chart code requested before any chart is used').toEqual([]);
      await expect(page.locator('chart-figure[data-state="static"]')).toHaveCount(CHART_IDS.length);

      // Pointing at one chart draws it, over its image and in the same box.
      const chart = figure(page, 'quarterly-revenue');
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
      expect(errors).toEqual([]);
    });

    test('hover and arrow keys show the values in the locale’s format', async ({ page }) => {
      // Many steps, each waiting on a browser that may share its machine.
      test.slow();
      await page.goto(`${locale}/`);
      const chart = figure(page, 'quarterly-revenue');
      await use(chart);
      const tooltip = chart.locator('.chart-tooltip');
      const live = chart.locator('[data-live]');

      // Hover: sweep across the plot until the article's quarter is under the pointer.
      const box = await chart.locator('canvas').boundingBox();
      if (!box) throw new Error('the chart has no canvas on screen');
      const seen: string[] = [];
      for (let x = box.x + box.width * 0.4; x < box.x + box.width && !seen.join().includes(expected.q1); x += 12) {
        await page.mouse.move(x, box.y + box.height / 2);
        if (await tooltip.isVisible()) seen.push((await tooltip.textContent()) ?? '');
      }
      expect(seen.join(' | ')).toContain(expected.q1);
      await page.mouse.move(0, 0);
      await expect(tooltip).toBeHidden();

      // Keyboard: focusing a chart that was never pointed at draws it too; then arrows, End and Home.
      const multiples = figure(page, 'year-on-year');
      await multiples.scrollIntoViewIfNeeded();
      const surface = multiples.locator('.chart-stage');
      await surface.focus();
      await expect(multiples).toHaveAttribute('data-state', 'drawn');
      expect(await surface.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      // Small multiples: the arrows go on into the next panel, where $1.6 million is.
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect(multiples.locator('[data-live]')).toContainText(expected.operating);
      await expect(multiples.locator('.chart-tooltip').nth(1)).toBeVisible();
      await expect(multiples.locator('.chart-tooltip').nth(0)).toBeHidden();

      await chart.locator('.chart-stage').focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(live).toContainText(expected.q1);
      await expect(tooltip).toBeVisible();
      await page.keyboard.press('End');
      await expect(live).toHaveText(expected.last);
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();
    });

    test('keep the table one click away, and offer the data and the images as files', { tag: '@host' }, async ({
      page,
      request,
    }) => {
      await page.goto(`${locale}/`);
      const participants = figure(page, 'participants');
      await participants.scrollIntoViewIfNeeded();
      await expect(participants.locator('table')).toBeHidden();
      await participants.locator('summary').click();
      await expect(participants.locator('table')).toBeVisible();
      await expect(participants.locator('table')).toContainText(expected.approx);

      for (const id of CHART_IDS) {
        const links = figure(page, id).locator('.chart-links a[download]');
        const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(
          hrefs.map((h) => new URL(h).pathname.replace(/^.*?\/(it|en)\//, '$1/')),
          id,
        ).toEqual([
          `${locale}/data/${id}.csv`,
          `${locale}/charts/${id}/${id}-light.svg`,
          `${locale}/charts/${id}/${id}.png`,
        ]);
        for (const [href, type] of hrefs.map((h, i) => [h, ['text/csv', 'image/svg+xml', 'image/png'][i]] as const)) {
          const response = await request.get(href);
          expect(response.status(), href).toBe(200);
          expect(response.headers()['content-type'], href).toContain(type);
        }
      }
      const csv = await (await request.get(`${locale}/data/quarterly-revenue.csv`)).text();
      const header =
        locale === 'it'
          ? 'Trimestre,Ricavi (milioni di dollari),approssimato,fonti'
          : 'Quarter,Revenue (millions of dollars),approximate,sources';
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header);
      expect(csv).toContain('\r\nQ1 FY2021,328.2,,StreetInsider <https://');
      const svg = await (await request.get(`${locale}/charts/quarterly-revenue/quarterly-revenue-light.svg`)).text();
      expect(svg, 'text stays text, in the locale’s numbers').toMatch(
        locale === 'it' ? /<text[^>]*>328,2<\/text>/ : /<text[^>]*>328.2<\/text>/,
      );
      expect(svg).toContain('font-family="system-ui');
    });

    test('follow the dark theme, as an image and once drawn', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${locale}/`);
      const chart = figure(page, 'adjusted-eps');
      expect(await shown(chart)).toBe('adjusted-eps-dark.svg');
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
    await page.goto('it/');
    for (const id of CHART_IDS) {
      const chart = figure(page, id);
      expect(await shown(chart), `${id}, ${colorScheme}`).toBe(`${id}-${colorScheme}.svg`);
      await expect(chart.locator('.chart-footer a').first()).toBeVisible();
    }
    const revenue = figure(page, 'quarterly-revenue');
    await revenue.locator('summary').click();
    await expect(revenue.locator('tbody tr')).toHaveCount(8);
    await expect(revenue.locator('table')).toContainText('328,2 milioni di dollari');
    await context.close();
  }
});

test('printed, each chart is its light, wide image, without links or the live chart', async ({ page }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('en/');
  const chart = figure(page, 'customers');
  await use(chart);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await shown(chart)).toBe('customers-light.svg');
  await expect(chart.locator('.chart-live')).toBeHidden();
  await expect(chart.locator('.chart-links')).toBeHidden();
  await expect(chart.locator('.chart-table')).toBeHidden();
  for (const id of CHART_IDS) expect(await shown(figure(page, id)), id).toBe(`${id}-light.svg`);
});

test('when Chart.js cannot load, the image and the table stay and nothing throws', async ({ page }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  const errors = await problems(page);
  await page.route(CHART_CHUNK, (route) => route.abort());
  await page.goto('en/');
  for (const id of CHART_IDS) {
    const chart = figure(page, id);
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('.chart-stage').hover();
    await expect(chart).toHaveAttribute('data-state', 'failed');
    await expect(image(chart)).toBeVisible();
    await chart.locator('summary').click();
    await expect(chart.locator('table')).toBeVisible();
  }
  expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});

test('on a narrow touch screen, bars lie on their side, in the image and once a tap draws them', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = await problems(page);
  await page.goto('it/');
  const chart = figure(page, 'quarterly-revenue');
  expect(await shown(chart)).toBe('quarterly-revenue-narrow-light.svg');
  const stage = chart.locator('.chart-stage');
  const box = await stage.boundingBox();
  if (!box) throw new Error('the chart has no stage on screen');
  await stage.tap({ position: { x: box.width * 0.6, y: box.height * 0.55 } });
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  const canvas = chart.locator('canvas');
  expect((await canvas.boundingBox())?.height).toBeCloseTo(box.height, 0);
  await canvas.tap({ position: { x: box.width * 0.6, y: box.height * 0.55 } });
  await expect(chart.locator('.chart-tooltip')).toBeVisible();
  await expect(chart.locator('.chart-tooltip')).toContainText(/FY202\d: [\d.,]+\smilioni di dollari/);
  expect(errors).toEqual([]);
  await context.close();
});

test('a chart crossing the narrow threshold redraws the other way without an error event', async ({ page }) => {
  // Many steps, each waiting on a browser that may share its machine.
  test.slow();
  const errors = await problems(page);
  await page.setViewportSize({ width: 700, height: 800 });
  await page.goto('en/');
  const chart = figure(page, 'quarterly-revenue');
  await use(chart);
  const horizontal = () =>
    chart
      .locator('canvas')
      .evaluate((c: HTMLCanvasElement) =>
        c.width > 0 ? c.getBoundingClientRect().height > c.getBoundingClientRect().width : null,
      );
  for (const width of [460, 520, 400, 700, 470, 1000, 380]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(horizontal, `${width} px`).toBe(width < 512);
    // Two frames: the resize observers of this frame report in the next.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  expect(errors).toEqual([]);
});

test('with reduced motion a chart appears at once, without growing bars', async ({ page }) => {
  /** Pictures of the canvas taken one animation frame apart, from the moment it has pixels. */
  const frames = async (motion: 'reduce' | 'no-preference') => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('en/');
    const chart = figure(page, 'quarterly-revenue');
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

test.describe('embed pages', () => {
  // Only the framing test needs the other origin: the describe's tests may run in parallel workers.
  test.describe.configure({ mode: 'serial' });
  let server: Server;
  const framer = (src: string) =>
    `<!doctype html><title>Another site</title><iframe src="${src}" title="chart" width="600" height="600"></iframe>`;
  test.beforeAll(async ({ baseURL }) => {
    server = createServer((req, res) => {
      const target = new URL(new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '', baseURL).href;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(framer(target));
    });
    await new Promise<void>((resolve) => server.listen(OTHER_ORIGIN_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The framed document's body text, or null when the browser refused to show the page in a frame. */
  async function framed(page: Page, path: string): Promise<string | null> {
    await page.goto(`http://127.0.0.1:${OTHER_ORIGIN_PORT}/?src=${encodeURIComponent(path)}`);
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
    const inside = await framed(page, 'en/charts/quarterly-revenue/');
    expect(inside, 'the embed page is shown in the frame').toContain('Revenue, quarter by quarter');
    const frame = page.frameLocator('iframe');
    await frame.locator('.chart-stage').hover();
    await expect(frame.locator('chart-figure')).toHaveAttribute('data-state', 'drawn');
    expect(await framed(page, 'en/'), 'the article refuses to be framed').toBeNull();
  });

  test('each has the figure alone, a way back, a snippet and its chart as social card', async ({ page, request }) => {
    for (const locale of Object.keys(LOCALES)) {
      await page.goto(`${locale}/charts/fy2021-guidance/`);
      await expect(page.locator('chart-figure')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const card = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
      expect(card).toMatch(new RegExp(`/${locale}/charts/fy2021-guidance/fy2021-guidance\\.png$`));
      const png = await request.get(new URL(card).pathname);
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).readUInt32BE(16), 'PNG width').toBe(1200);
      const snippet = (await page.locator('.embed-code code').textContent()) ?? '';
      expect(snippet).toMatch(
        new RegExp(`^<iframe src="[^"]+/${locale}/charts/fy2021-guidance/" title="[^"]+" width="100%" height="\\d+"`),
      );
      await page.locator('.embed-back a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/#chart-fy2021-guidance$`));
    }
    const sitemap = await (await request.get('sitemap.xml')).text();
    for (const id of CHART_IDS) expect(sitemap).toContain(`/en/charts/${id}/</loc>`);
  });
});
