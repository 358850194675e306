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
