import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The charts of issue 3 on the built site: lazy, drawn in view, explorable by pointer and keyboard in
 * each locale's number format, switchable to their table, downloadable, and still complete as tables
 * without JavaScript or when Chart.js cannot load.
 */

const CHART_IDS = ['quarterly-revenue', 'year-on-year', 'adjusted-eps', 'participants', 'customers', 'fy2021-guidance'];
/** The chunk with Chart.js and the drawing code, loaded by a dynamic import. */
const CHART_CHUNK = /\/_astro\/draw\.[\w-]+\.js$/;

const LOCALES = {
  // A number and its unit are joined by a non-breaking space (\u00A0), as the formatter writes them.
  it: { q1: 'Q1 FY2021: 328,2\u00A0milioni di dollari', last: 'Q4 FY2021: 882,5\u00A0milioni di dollari', operating: 'Q1 FY2020: 1,6\u00A0milioni di dollari', approx: 'circa 10\u00A0milioni' },
  en: { q1: 'Q1 FY2021: $328.2\u00A0million', last: 'Q4 FY2021: $882.5\u00A0million', operating: 'Q1 FY2020: $1.6\u00A0million', approx: 'about 10\u00A0million' },
} as const;

/** Page errors, console errors and content-security-policy violations while a test runs. */
async function problems(page: Page) {
  const found: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => found.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
    document.addEventListener('securitypolicyviolation', (e) => report(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`console error: ${message.text()}`);
  });
  return found;
}

const figure = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);

async function drawn(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
}

for (const [locale, expected] of Object.entries(LOCALES)) {
  test.describe(`/${locale}/ charts`, () => {
    test('load no chart code before scrolling, then each draws once in view', async ({ page }) => {
      const errors = await problems(page);
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (CHART_CHUNK.test(new URL(request.url()).pathname)) chunks.push(request.url());
      });
      await page.goto(`${locale}/`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('figure.chart')).toHaveCount(CHART_IDS.length);
      await expect(page.locator('figure.chart[data-state="waiting"]')).toHaveCount(CHART_IDS.length);
      expect(chunks, 'chart code requested before any chart is near').toEqual([]);

      for (const id of CHART_IDS) {
        const chart = figure(page, id);
        await drawn(chart);
        for (const canvas of await chart.locator('canvas').all()) {
          const box = await canvas.boundingBox();
          expect(box?.width, `${id}: canvas width`).toBeGreaterThan(100);
          expect(box?.height, `${id}: canvas height`).toBeGreaterThan(100);
        }
        await expect(chart.locator('.chart-table')).toBeHidden();
      }
      expect(chunks).toHaveLength(1);
      expect(errors).toEqual([]);
    });

    test('hover and arrow keys show the values in the locale’s format', async ({ page }) => {
      await page.goto(`${locale}/`);
      const chart = figure(page, 'quarterly-revenue');
      await drawn(chart);
      const tooltip = chart.locator('.chart-tooltip');
      const live = chart.locator('[data-live]');

      // Hover: sweep across the plot until the article's quarter is under the pointer.
      const box = (await chart.locator('canvas').boundingBox())!;
      const seen: string[] = [];
      for (let x = box.x + box.width * 0.4; x < box.x + box.width && !seen.join().includes(expected.q1); x += 12) {
        await page.mouse.move(x, box.y + box.height / 2);
        if (await tooltip.isVisible()) seen.push((await tooltip.textContent()) ?? '');
      }
      expect(seen.join(' | ')).toContain(expected.q1);
      await page.mouse.move(0, 0);
      await expect(tooltip).toBeHidden();

      // Keyboard: focus with a visible ring, then arrows, End and Home.
      const surface = chart.locator('.chart-panels');
      await surface.focus();
      expect(await surface.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(live).toContainText(expected.q1);
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText(expected.q1);
      await page.keyboard.press('End');
      await expect(live).toHaveText(expected.last);
      await page.keyboard.press('Escape');
      await expect(tooltip).toBeHidden();

      // Small multiples: the arrows go on into the next panel, where $1.6 million is.
      const multiples = figure(page, 'year-on-year');
      await drawn(multiples);
      await multiples.locator('.chart-panels').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await expect(multiples.locator('[data-live]')).toContainText(expected.operating);
      await expect(multiples.locator('.chart-tooltip').nth(1)).toBeVisible();
      await expect(multiples.locator('.chart-tooltip').nth(0)).toBeHidden();
    });

    test('switch between chart and table', async ({ page }) => {
      await page.goto(`${locale}/`);
      const chart = figure(page, 'participants');
      await drawn(chart);
      const [showChart, showTable] = await chart.locator('.chart-controls button').all();
      await expect(showChart!).toHaveAttribute('aria-pressed', 'true');
      await showTable!.click();
      await expect(showTable!).toHaveAttribute('aria-pressed', 'true');
      await expect(showChart!).toHaveAttribute('aria-pressed', 'false');
      await expect(chart.locator('.chart-table')).toBeVisible();
      await expect(chart.locator('.chart-table')).toContainText(expected.approx);
      await expect(chart.locator('.chart-frame')).toBeHidden();
      await showChart!.click();
      await expect(chart.locator('.chart-frame')).toBeVisible();
      await expect(chart.locator('.chart-table')).toBeHidden();
      await expect(chart.locator('.chart-table')).toHaveAttribute('hidden', '');
    });

    test('offer each chart’s data as CSV', { tag: '@host' }, async ({ page, request }) => {
      await page.goto(`${locale}/`);
      for (const id of CHART_IDS) {
        const link = figure(page, id).locator('a[download]');
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).toMatch(new RegExp(`/${locale}/data/${id}\\.csv$`));
        const response = await request.get(new URL(href, page.url()).href);
        expect(response.status(), href).toBe(200);
        const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
        expect(lines.length, href).toBeGreaterThan(2);
        expect(lines[0], `${href}: header with the unit`).toMatch(/\(.+\)/);
      }
      const csv = await (await request.get(`${locale}/data/quarterly-revenue.csv`)).text();
      const header = locale === 'it' ? 'Trimestre,Ricavi (milioni di dollari),approssimato,fonti' : 'Quarter,Revenue (millions of dollars),approximate,sources';
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header);
      expect(csv).toContain('\r\nQ1 FY2021,328.2,,StreetInsider <https://');
    });

    test('redraw in the dark theme when it changes', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${locale}/`);
      const chart = figure(page, 'adjusted-eps');
      await drawn(chart);
      await expect(chart).toHaveAttribute('data-theme', 'light');
      const canvas = chart.locator('canvas');
      const light = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(chart).toHaveAttribute('data-theme', 'dark');
      await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(light);
    });
  });
}

test('without JavaScript every chart is its table, with the values and the sources', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('it/');
  for (const id of CHART_IDS) {
    const chart = figure(page, id);
    await expect(chart.locator('table')).toBeVisible();
    await expect(chart.locator('.chart-frame')).toBeHidden();
    await expect(chart.locator('.chart-controls')).toBeHidden();
    await expect(chart.locator('.chart-footer a').first()).toBeVisible();
  }
  await expect(figure(page, 'quarterly-revenue').locator('tbody tr')).toHaveCount(8);
  await expect(figure(page, 'quarterly-revenue').locator('table')).toContainText('328,2 milioni di dollari');
  await expect(figure(page, 'participants').locator('table')).toContainText('circa 10 milioni');
  await context.close();
});

test('when Chart.js cannot load, the tables stay and nothing throws', async ({ page }) => {
  const errors = await problems(page);
  await page.route(CHART_CHUNK, (route) => route.abort());
  await page.goto('en/');
  for (const id of CHART_IDS) {
    const chart = figure(page, id);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-state', 'failed');
    await expect(chart.locator('table')).toBeVisible();
    await expect(chart.locator('.chart-controls')).toBeHidden();
  }
  expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});

test('on a narrow touch screen, bars lie on their side and a tap shows the tooltip', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = await problems(page);
  await page.goto('it/');
  const chart = figure(page, 'quarterly-revenue');
  await drawn(chart);
  const canvas = chart.locator('canvas');
  const box = (await canvas.boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  await canvas.tap({ position: { x: box.width * 0.6, y: box.height * 0.55 } });
  await expect(chart.locator('.chart-tooltip')).toBeVisible();
  await expect(chart.locator('.chart-tooltip')).toContainText(/FY202\d: [\d.,]+\smilioni di dollari/);
  expect(errors).toEqual([]);
  await context.close();
});

test('bar colours stand out from the background by at least 3:1 in both themes', async ({ page }) => {
  await page.goto('en/');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const ratios = await figure(page, 'quarterly-revenue').evaluate((el) => {
      const probe = document.createElement('span');
      el.append(probe);
      const rgb = (value: string) => {
        probe.style.color = value;
        return (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      };
      const luminance = (value: string) => {
        const [r = 0, g = 0, b = 0] = rgb(value).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(el);
      const bg = luminance(getComputedStyle(document.body).backgroundColor);
      const ratio = (name: string) => {
        const l = luminance(style.getPropertyValue(name).trim());
        return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
      };
      const ratios = { base: ratio('--chart-base'), accent: ratio('--chart-accent'), reference: ratio('--chart-reference') };
      probe.remove();
      return ratios;
    });
    for (const [name, ratio] of Object.entries(ratios)) expect(ratio, `${colorScheme}: ${name}`).toBeGreaterThanOrEqual(3);
  }
});

test('with reduced motion a chart appears at once, without growing bars', async ({ page }) => {
  /** Pictures of the canvas taken one animation frame apart, from the moment it has pixels. */
  const frames = async (motion: 'reduce' | 'no-preference') => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('en/');
    const chart = figure(page, 'quarterly-revenue');
    await chart.scrollIntoViewIfNeeded();
    return chart.locator('canvas').evaluate(
      (canvas: HTMLCanvasElement) =>
        new Promise<string[]>((resolve) => {
          const pictures: string[] = [];
          const empty = document.createElement('canvas');
          [empty.width, empty.height] = [canvas.width, canvas.height];
          const blank = empty.toDataURL();
          const tick = () => {
            const picture = canvas.toDataURL();
            if (pictures.length > 0 || (picture !== blank && canvas.width > 0)) pictures.push(picture);
            if (pictures.length === 3) resolve(pictures);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
  };
  // The test can tell: with motion allowed, the bars are still growing between frames.
  const moving = await frames('no-preference');
  expect(new Set(moving).size).toBeGreaterThan(1);
  const still = await frames('reduce');
  expect(new Set(still).size).toBe(1);
});
