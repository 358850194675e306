import type { Page } from '@playwright/test';

/**
 * Scrolls through the page as a reader does, half a screen at a time, so that every lazy part
 * (each chart) comes into view; then waits for the network to settle.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 40));
    }
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Uses every chart of the page, as a pointer entering each would, and waits until each is drawn live
 * (until then a chart is its image: its code loads on first use). Then back to the top.
 */
export async function useEveryChart(page: Page): Promise<void> {
  const charts = page.locator('chart-figure');
  await charts.evaluateAll((figures) => {
    for (const figure of figures) figure.dispatchEvent(new PointerEvent('pointerenter'));
  });
  const count = await charts.count();
  await page.waitForFunction(
    (n) => document.querySelectorAll('chart-figure[data-state="drawn"] canvas').length >= n,
    count,
  );
  await page.waitForFunction((n) => document.querySelectorAll('chart-figure[data-state="drawn"]').length === n, count);
  await page.evaluate(() => window.scrollTo(0, 0));
}
