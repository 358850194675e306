import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { budgets } from '../budgets.ts';
import { locales } from '../src/explainer/content/locales.ts';
import { readToTheEnd, useEveryChart } from './reader.ts';

/**
 * Byte and layout budgets of the article pages (budgets.ts): JavaScript gzip-measured from the built
 * files the page actually requested, after a reader has read the whole page without using a chart,
 * and once every chart has been used; layout shift over the same read, in the same page.
 */
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

for (const locale of locales) {
  test(`/${locale}/ keeps its JavaScript within budget and shifts no layout, read to the end and every chart used`, async ({
    page,
  }) => {
    // Reads the whole page and uses every chart, on a machine the browser may share.
    test.slow();
    const measure = javascript(page);
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[]) w.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // A slow network: the chart code arrives well after the pointer, so the swap happens in sight.
    await page.route(/\/_astro\/live\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(`${locale}/`);
    await page.mouse.move(0, 0);
    await readToTheEnd(page);
    const before = await measure();
    expect(before, `JS read to the end without using a chart: ${before} B gzip`).toBeLessThanOrEqual(
      budgets.jsBeforeInteraction,
    );
    await expect(page.locator('chart-figure[data-state="static"]')).toHaveCount(
      await page.locator('chart-figure').count(),
    );

    await useEveryChart(page);
    await page.waitForTimeout(600);
    const after = await measure();
    expect(after, `JS once every chart is used: ${after} B gzip`).toBeLessThanOrEqual(budgets.jsAfterInteraction);
    expect(after, 'the charts did load their code').toBeGreaterThan(before);
    // Every shift counts, even right after the pointer moved: a chart's swap must not move anything.
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    test.info().annotations.push(
      {
        type: 'bytes',
        description: `/${locale}/ JS gzip: ${before} B read to the end, ${after} B with every chart used`,
      },
      { type: 'cls', description: `/${locale}/ CLS over a full read and every chart used: ${cls}` },
    );
    expect(cls, 'layout shift over a full read and the use of every chart').toBeLessThanOrEqual(budgets.cls);
  });
}
