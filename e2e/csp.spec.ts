import { expect, test, type Page } from '@playwright/test';
import { locales, sourceLocale } from '../src/explainer/content/locales.ts';
import { onlyWhereHostAppliesHeaders } from './host.ts';
import { watchProblems } from './reader.ts';

/**
 * Security: the built pages carry a Content-Security-Policy that allows their scripts and styles by
 * hash only, and every host sends the headers of the build's `_headers` (tests tagged `@host` run on
 * each, see playwright.config.ts). That a reader who reads and uses every chart meets no CSP violation
 * is checked with the other problems a reader must not meet, in site.spec.ts.
 */

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

test('the root chooser and the 404 page run their scripts with no CSP violation or error', { tag: '@host' }, async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await page.goto('./');
  // A language that does not come first on the 404 page until its script has read the address.
  const other = locales.find((locale) => locale !== sourceLocale) ?? sourceLocale;
  await page.goto(`${other}/no-such-page/`);
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  // The browser reports the page's own 404 status in the console: that one is expected.
  expect((await problems()).filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  await context.close();
});

test.describe('every page', () => {
  // A browser of a language the site lacks, so that the root stays on its chooser.
  test.use({ locale: 'de-DE' });

  test('every page allows its own inline scripts by hash and no other, styles by hash, never inline', async ({
    page,
  }) => {
    for (const path of ['', ...locales.map((l) => `${l}/`), 'no-such-page/']) {
      await page.goto(path);
      const policy = await metaPolicy(page);
      expect(policy.get('default-src'), path).toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) {
        expect(policy.get(directive) ?? [], `${path} ${directive}`).not.toContain("'unsafe-inline'");
      }
      expect(
        (policy.get('style-src') ?? []).some((s) => s.startsWith("'sha256-")),
        `${path} style-src`,
      ).toBe(true);
      // Scripts in files come from 'self'; a hash allows each inline script of this page, and no other.
      expect(policy.get('script-src') ?? [], path).toContain("'self'");
      const inline = await page.evaluate(async () => {
        const scripts = [...document.querySelectorAll('script:not([src])')].filter(
          (s) => !s.getAttribute('type') || s.getAttribute('type') === 'module',
        );
        const hash = async (text: string) =>
          `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;
        return Promise.all(scripts.map((s) => hash(s.textContent ?? '')));
      });
      const hashes = (policy.get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"));
      expect(hashes.toSorted(), `${path}: the script hashes are the page's own inline scripts`).toEqual(
        [...new Set(inline)].toSorted(),
      );
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
  const problems = await watchProblems(page);
  await page.goto(`${sourceLocale}/`);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.body.append(script);
  });
  await expect
    .poll(async () => (await problems()).join('\n'))
    .toMatch(/^CSP violation: script-src(-elem)? blocked inline/m);
  expect((await problems()).join('\n')).toMatch(/^console error: .*Content Security Policy/m);
  await expect(page.locator('body')).not.toHaveAttribute('data-injected', 'yes');
});

test('the host sends the security headers of _headers, and caches bundles for good', { tag: '@host' }, async ({
  page,
  request,
}) => {
  onlyWhereHostAppliesHeaders();
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
    page: await request.get(`${sourceLocale}/`),
    '404 page': await request.get(`${sourceLocale}/no-such-page/`),
    'social card': await request.get(`og/${sourceLocale}.png`),
  };
  for (const [what, response] of Object.entries(responses)) {
    for (const [name, value] of Object.entries(expected))
      expect(response.headers()[name], `${what}: ${name}`).toMatch(value);
  }
  expect(responses['404 page'].status()).toBe(404);
  // Pages keep their resources to themselves; the social card may be shown by any site.
  expect(responses.page.headers()['cross-origin-resource-policy']).toBe('same-origin');
  expect(responses['social card'].headers()['cross-origin-resource-policy']).toBe('cross-origin');

  await page.goto(`${sourceLocale}/`);
  const bundle = await page
    .locator('link[rel="stylesheet"][href*="/_astro/"], script[src*="/_astro/"]')
    .first()
    .getAttribute('href');
  const asset = await request.get(new URL(bundle ?? '', page.url()).pathname);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  // The rules file is for the host, not for readers (Cloudflare's local runtime answers 502, not 404).
  const rules = await request.get('_headers');
  expect(rules.status()).toBeGreaterThanOrEqual(400);
  expect(await rules.text()).not.toContain('Strict-Transport-Security');
});
