import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { chartIds, chartPageLocales } from '../src/explainer/content/chart-ids.ts';
import { embeddedFrames, embeddedPage } from './checks/embed.ts';

/**
 * A chart's embed code, pasted into a page of another site, shows the whole chart without a scroll bar
 * at a phone's width and a desktop's: the chart's page posts its height, the snippet's script sets the
 * frame's. The snippet names the site's address (SITE_URL); here the site is served elsewhere, so the
 * test puts the server's address in its place, as a deployment's SITE_URL would be.
 */
const HOST_PORT = Number(process.env['E2E_PORT_BASE'] || 4400) + 11;
const WIDTHS = [390, 1280];
const FIRST = chartIds[0] ?? '';

test.describe('embedded charts', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Server;
  let hostPage = '';
  test.beforeAll(async () => {
    server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage));
    await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const locale of chartPageLocales)
    for (const width of WIDTHS)
      test(`/${locale}/ at ${width} px: the embed code's frame fits the chart`, async ({ page, baseURL }) => {
        await page.goto(`${locale}/charts/${FIRST}/`);
        const snippet = (await page.locator('.embed-code code').textContent()) ?? '';
        const site = new URL(/src="([^"]+)"/.exec(snippet)?.[1] ?? '').origin;
        const served = new URL(baseURL ?? '').origin;
        hostPage = `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>Another site</title><p>Before the chart.</p>${snippet.replaceAll(site, served)}<p>After the chart.</p></html>`;
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
        const frame = page.frameLocator('iframe');
        await expect(frame.locator('chart-figure')).toHaveCount(1);
        const inner = page.frames().find((f) => f !== page.mainFrame());
        if (!inner) throw new Error('no frame');
        await expect
          .poll(async () => {
            const [height] = await page.evaluate(embeddedFrames);
            const { content, scrolls } = await inner.evaluate(embeddedPage);
            return { fits: !scrolls && Math.abs((height ?? 0) - content) <= 2, height, content };
          })
          .toMatchObject({ fits: true });
      });
});
