import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/i18n/config.ts';
import { readToTheEnd, useEveryChart } from './reader.ts';

/**
 * Security: the built pages carry a Content-Security-Policy that allows their scripts and styles by
 * hash only, every host sends the headers of the build's `_headers` (tests tagged `@host` run on each,
 * see playwright.config.ts), and a reader who reads and uses every chart meets no CSP violation.
 */

/** Records CSP violations, as events in the page and as console messages. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
        ),
      true,
    );
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) messages.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...messages,
  ];
}

/** Reads the page to the end, then uses every chart: its switch, the pointer and the arrow keys. */
async function readAndUse(page: Page) {
  await readToTheEnd(page);
  await useEveryChart(page);
  for (const figure of await page.locator('chart-figure').all()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('summary').click();
    const canvas = figure.locator('canvas').first();
    if (await canvas.isVisible()) {
      const box = await canvas.boundingBox();
      if (box) {
        for (const x of [0.25, 0.5, 0.75]) await page.mouse.move(box.x + box.width * x, box.y + box.height / 2);
      }
    }
    const focusable = figure.locator('[tabindex="0"]').first();
    if (await focusable.isVisible()) {
      await focusable.focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home']) await page.keyboard.press(key);
    }
  }
}

/** The page's CSP, from its <meta>, as a map of directive to sources. */
async function metaPolicy(page: Page) {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  return new Map(
    (content ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .flatMap(([name, ...sources]) => (name ? [[name, sources] as const] : [])),
  );
}

for (const locale of locales) {
  test(`/${locale}/ is read and its charts used with no CSP violation`, async ({ page }) => {
    // Every chart is used in turn: its table, the pointer and the keys.
    test.slow();
    const violations = await watchCsp(page);
    await page.goto(`${locale}/`);
    await readAndUse(page);
    const drawn = await page.locator('chart-figure[data-state="drawn"]').count();
    expect(drawn).toBe(await page.locator('chart-figure').count());
    expect(await violations()).toEqual([]);
  });
}

test('the root chooser and the 404 page run their scripts with no CSP violation', { tag: '@host' }, async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const violations = await watchCsp(page);
  await page.goto('./');
  await page.goto('en/no-such-page/');
  // The 404 page's script ran: English comes first at an /en/ address.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await violations()).toEqual([]);
  await context.close();
});

test.describe('every page', () => {
  // A browser of a language the site lacks, so that the root stays on its chooser.
  test.use({ locale: 'de-DE' });

  test('every page allows scripts and styles by hash, never inline', async ({ page }) => {
    for (const path of ['', ...locales.map((l) => `${l}/`), 'no-such-page/']) {
      await page.goto(path);
      const policy = await metaPolicy(page);
      expect(policy.get('default-src'), path).toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = policy.get(directive) ?? [];
        expect(sources, `${path} ${directive}`).not.toContain("'unsafe-inline'");
        expect(
          sources.some((s) => s.startsWith("'sha256-")),
          `${path} ${directive}`,
        ).toBe(true);
      }
      expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
      // The policy comes before every script and style of the page, so it covers all of them.
      const beforePolicy = await page.evaluate(() => {
        const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
        if (!meta) return Number.POSITIVE_INFINITY;
        return [
          ...document.querySelectorAll('script:not([type="application/ld+json"]), style, link[rel="stylesheet"]'),
        ].filter((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).length;
      });
      expect(beforePolicy, path).toBe(0);
    }
  });
});

test('the watcher sees a violation when there is one', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('en/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.body.append(script);
  });
  await expect
    .poll(async () => (await violations()).join('\n'))
    .toMatch(/script-src(-elem)? blocked inline[\s\S]*Content Security Policy/);
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
});

test('the host sends the security headers of _headers, and caches bundles for good', { tag: '@host' }, async ({
  page,
  request,
}) => {
  const expected = {
    'content-security-policy': /frame-ancestors 'none'/,
    'strict-transport-security': /max-age=\d{8,}/,
    'x-content-type-options': /^nosniff$/,
    'referrer-policy': /^strict-origin-when-cross-origin$/,
    'permissions-policy': /camera=\(\)/,
    'cross-origin-opener-policy': /^same-origin$/,
    'x-frame-options': /^DENY$/,
  };
  const responses = {
    page: await request.get('en/'),
    '404 page': await request.get('en/no-such-page/'),
    'social card': await request.get('og/en.png'),
  };
  for (const [what, response] of Object.entries(responses)) {
    for (const [name, value] of Object.entries(expected))
      expect(response.headers()[name], `${what}: ${name}`).toMatch(value);
  }
  expect(responses['404 page'].status()).toBe(404);
  // Pages keep their resources to themselves; the social card may be shown by any site.
  expect(responses.page.headers()['cross-origin-resource-policy']).toBe('same-origin');
  expect(responses['social card'].headers()['cross-origin-resource-policy']).toBe('cross-origin');

  await page.goto('en/');
  const bundle = await page
    .locator('link[rel="stylesheet"][href*="/_astro/"], script[src*="/_astro/"]')
    .first()
    .getAttribute('href');
  const asset = await request.get(new URL(bundle ?? '', page.url()).pathname);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  // The rules file is for the host, not for readers.
  expect((await request.get('_headers')).status()).toBe(404);
});
