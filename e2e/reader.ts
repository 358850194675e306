import type { Page } from '@playwright/test';

/**
 * Scrolls through the page as a reader does, half a screen at a time, a frame apart, so that every
 * lazy part (each chart's image) comes into view; then waits for the network to settle.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
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

/**
 * Watches a page for what a reader should never meet: page errors, error events on `window` (what
 * reaches `window.onerror`, such as a ResizeObserver loop), console errors, CSP violations (as events
 * in the page and as console messages) and requests to another origin. Call before `goto`; it watches
 * every document the page loads, and the returned function lists what was seen so far.
 */
export async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const found: string[] = [];
  await page.exposeFunction('reportProblem', (text: string) => found.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportProblem: (text: string) => void }).reportProblem;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report(
          `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
        ),
      true,
    );
    window.addEventListener('error', (event) => report(`window error: ${event.message}`));
  });
  page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
      found.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:')
      found.push(`request to another origin: ${url.href}`);
  });
  return async () => [...found];
}

/**
 * Uses every chart of the page in turn as a reader does: moves the pointer across the plot and walks
 * it with the arrow keys (opening a table runs no script). Expects every chart drawn (`useEveryChart`).
 */
export async function exploreEveryChart(page: Page): Promise<void> {
  for (const figure of await page.locator('chart-figure').all()) {
    await figure.scrollIntoViewIfNeeded();
    const box = await figure.locator('canvas').first().boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await figure.locator('.chart-stage').first().focus();
    for (const key of ['ArrowRight', 'End', 'Home']) await page.keyboard.press(key);
  }
}
