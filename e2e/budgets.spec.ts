import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Byte and layout budgets of the article pages (issue 3): JavaScript gzip-measured from the built files
 * the page actually requested, before any chart is near and once every chart is drawn; layout shift
 * over a full scroll. 1 KB = 1,000 bytes.
 */
const BEFORE_SCROLL = 2_000;
const ALL_DRAWN = 62_000;
const MAX_CLS = 0.01;
/** The built site being served (the root build). */
const DIST = process.env['DIST_DIR'] ?? 'dist';

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Gzipped bytes of the JavaScript the page has requested so far (from dist/), plus its inline scripts. */
function javascript(page: Page) {
  const files = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' || url.pathname.endsWith('.js')) files.add(url.pathname);
  });
  return async () => {
    const inline = await page.$$eval('script:not([src])', (scripts) =>
      scripts.filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    );
    const requested = [...files].map((path) => gzip(readFileSync(join(DIST, decodeURIComponent(path)))));
    return [...requested, ...inline.map(gzip)].reduce((a, b) => a + b, 0);
  };
}

for (const locale of ['it', 'en']) {
  test(`/${locale}/ keeps its JavaScript within budget before and after the charts`, async ({ page }) => {
    const measure = javascript(page);
    await page.goto(`${locale}/`);
    await page.waitForLoadState('networkidle');
    const before = await measure();
    expect(before, `JS before any chart is near: ${before} B gzip`).toBeLessThanOrEqual(BEFORE_SCROLL);

    for (const chart of await page.locator('figure.chart').all()) {
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-state', 'drawn');
    }
    const after = await measure();
    expect(after, `JS once every chart is drawn: ${after} B gzip`).toBeLessThanOrEqual(ALL_DRAWN);
    expect(after, 'the charts did load their code').toBeGreaterThan(before);
    test.info().annotations.push({ type: 'bytes', description: `/${locale}/ JS gzip: ${before} B before scrolling, ${after} B with every chart drawn` });
  });

  test(`/${locale}/ shifts no layout over a full scroll`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A slow network: the chart code arrives after the first chart has scrolled into view, so that
    // it is drawn in sight, where a shift would count.
    await page.route(/\/_astro\/draw\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto(`${locale}/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 3) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    await expect(page.locator('figure.chart[data-state="drawn"]')).toHaveCount(await page.locator('figure.chart').count());
    await page.waitForTimeout(600);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    test.info().annotations.push({ type: 'cls', description: `/${locale}/ CLS over a full scroll: ${cls}` });
    expect(cls).toBeLessThanOrEqual(MAX_CLS);
  });
}
