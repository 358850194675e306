import { expect, test } from '@playwright/test';
import { chartIds } from '../src/explainer/content/chart-ids.ts';
import { locales, sourceLocale } from '../src/explainer/content/locales.ts';
import { articleCharts } from './articles.ts';
import { interactiveClaims } from './checks/interactive.ts';
import { chartImagesShown, chartPrintProblems } from './checks/print.ts';

/**
 * Charts as readers meet them outside the usual path: printing straight after opening the page, from a
 * phone-sized window in the dark theme; reading with JavaScript off; copying a chart's link.
 */

const printEvent = (type: string) => window.dispatchEvent(new Event(type));

for (const locale of locales)
  test(`/${locale}/ printed straight after opening, from a narrow dark window: every chart prints its image, and the screen's comes back`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${locale}/`);
    await expect(page.locator('chart-figure')).toHaveCount(articleCharts(locale).length);
    // The first chart's screen image, once loaded: the narrow, dark one.
    const first = page.locator('chart-figure img').first();
    await first.scrollIntoViewIfNeeded();
    await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    const screen = await page.evaluate(chartImagesShown);
    await page.evaluate(printEvent, 'beforeprint');
    await expect.poll(() => page.evaluate(chartPrintProblems), { timeout: 10_000 }).toEqual([]);
    await page.evaluate(printEvent, 'afterprint');
    const firstId = Object.keys(screen)[0] ?? '';
    await expect.poll(async () => (await page.evaluate(chartImagesShown))[firstId]).toBe(screen[firstId]);
    expect(screen[firstId]).toMatch(/-narrow-dark\.svg$/);
  });

test('without JavaScript no chart claims to be interactive and each says its values are in its table; with it, each says how to use it', async ({
  browser,
}) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto(`${sourceLocale}/`);
  await expect(page.locator('chart-figure')).toHaveCount(chartIds.length);
  expect(await page.evaluate(interactiveClaims)).toEqual([]);
  // What works instead is said under every chart: its values are in its table.
  const saysTable = page.locator('chart-figure .chart-table-hint');
  await expect(saysTable).toHaveCount(chartIds.length);
  for (const hint of await saysTable.all()) await expect(hint).toBeVisible();
  await off.close();

  const on = await browser.newPage();
  await on.goto(`${sourceLocale}/`);
  const claims = await on.evaluate(interactiveClaims);
  // Each chart says it four ways: role, role description, focus and the hint.
  expect(claims).toHaveLength(chartIds.length * 4);
  await expect(on.locator('chart-figure .chart-table-hint:visible')).toHaveCount(0);
  await on.close();
});

test('copying a chart’s link says so beside the link, for everyone to see', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
  await page.goto(`${sourceLocale}/`);
  const link = page.locator('.chart-links a[data-share]').first();
  await link.scrollIntoViewIfNeeded();
  await link.click();
  const copied = (await link.getAttribute('data-copied')) ?? '';
  expect(copied).not.toBe('');
  const note = page.locator('.chart-links').first().getByText(copied, { exact: true });
  await expect(note).toBeVisible();
  await context.close();
});
