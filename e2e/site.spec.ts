import { expect, test, type Page } from '@playwright/test';
import { readToTheEnd } from './reader.ts';

/**
 * The site as a reader and a crawler meet it, at the domain root (project "root") and under
 * BASE_PATH=/zoom-explainer/ (project "subpath"). Every URL here is relative to the base.
 */

const LOCALES = ['it', 'en'] as const;

/** Collects page errors, console errors and requests to other origins while a test runs. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') problems.push(`request to another origin: ${url.href}`);
  });
  return problems;
}

for (const locale of LOCALES) {
  const other = locale === 'it' ? 'en' : 'it';

  test.describe(`/${locale}/`, () => {
    test('has the language, title, canonical and alternates of its locale', async ({ page, baseURL }) => {
      await page.goto(`${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveCount(1);
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname])),
      );
      const base = new URL(baseURL ?? '').pathname;
      expect(alternates).toEqual({ it: `${base}it/`, en: `${base}en/`, 'x-default': `${base}it/` });
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname).toBe(`${base}${locale}/`);
    });

    test('describes itself to search engines and social networks', async ({ page, request }) => {
      await page.goto(`${locale}/`);
      const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
      expect(await meta('meta[name="description"]')).toBeTruthy();
      expect(await meta('meta[property="og:title"]')).toBe(await page.title());
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = await meta('meta[property="og:image"]');
      const png = await request.get(new URL(image ?? '').pathname);
      expect(png.status()).toBe(200);
      const bytes = await png.body();
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd['@type']).toBe('NewsArticle');
      expect(jsonLd.inLanguage).toBe(locale);
      expect(jsonLd.headline).toBe((await page.locator('h1').textContent())?.trim());
      expect(jsonLd.publisher.name).toBeTruthy();
      expect(jsonLd.author).toMatchObject({ '@type': 'Organization', name: jsonLd.publisher.name });
      // First publication and latest change, apart, each a date and time with its zone.
      expect(jsonLd.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(jsonLd.datePublished < jsonLd.dateModified).toBe(true);
    });

    test(`its language switcher leads to /${other}/`, async ({ page }) => {
      await page.goto(`${locale}/`);
      const link = page.getByRole('navigation', { name: locale === 'it' ? 'Lingua' : 'Language' }).locator(`a[hreflang="${other}"]`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${other}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });

    test('is whole without JavaScript', async ({ browser, page }) => {
      await page.goto(`${locale}/`);
      const withJs = (await page.locator('main').innerText()).split(/\s+/).length;
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`${locale}/`);
      const text = await noJs.locator('main').innerText();
      const words = text.split(/\s+/).length;
      // Without JavaScript nothing is missing: the chart/table switch is the only text JavaScript adds.
      expect(words).toBeGreaterThan(2500);
      expect(words).toBeGreaterThanOrEqual(withJs - 60);
      await expect(noJs.locator('main h2')).toHaveCount(await page.locator('main h2').count());
      await expect(noJs.locator('table').first()).toBeVisible();
      await context.close();
    });

    test('logs no error and asks nothing of another origin while read to the end', async ({ page }) => {
      const problems = watch(page);
      await page.goto(`${locale}/`);
      await readToTheEnd(page);
      expect(problems).toEqual([]);
    });

    test('fits a 320 px screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${locale}/`);
      await readToTheEnd(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('the links', () => {
  // A browser of a language the site lacks, so that the root stays on its chooser instead of redirecting.
  test.use({ locale: 'de-DE' });

  test('every internal link and fragment resolves', async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const pages = ['', 'it/', 'en/', '404.html'];
    const checked = new Map<string, number>();
    const missingFragments: string[] = [];
    let fragments = 0;
    for (const path of pages) {
      await page.goto(path);
      const urls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((el) =>
          (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
        ),
      );
      for (const raw of urls) {
        const url = new URL(raw);
        if (url.origin !== origin) continue;
        const target = url.pathname;
        if (!checked.has(target)) checked.set(target, (await request.get(target, { maxRedirects: 0 })).status());
        if (url.hash.length > 1) {
          const here = new URL(page.url()).pathname;
          if (target === here) {
            fragments++;
            const id = decodeURIComponent(url.hash.slice(1));
            if ((await page.locator(`[id="${id}"]`).count()) === 0) missingFragments.push(`${path} → ${url.hash}`);
          }
        }
      }
    }
    const broken = [...checked].filter(([, status]) => status !== 200);
    expect(broken).toEqual([]);
    expect(missingFragments).toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(4);
    expect(fragments).toBeGreaterThan(40);
  });
});

test('an unknown address gets the 404 page, in the language of the address first', async ({ page }) => {
  const response = await page.goto('en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main section').first()).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the article in English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const italian = await page.goto('it/pagina-che-non-esiste/');
  expect(italian?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toBeVisible();
});

test.describe('the root', () => {
  test.use({ locale: 'en-US' });
  test('sends an English-speaking browser to /en/', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('the root, in a browser of another language', () => {
  test.use({ locale: 'de-DE' });
  test('stays on a visible chooser', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('a[hreflang="it"]')).toBeVisible();
    await expect(page.locator('a[hreflang="en"]')).toBeVisible();
  });
});

test('the root offers both languages without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('./');
  await page.locator('a[hreflang="it"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await context.close();
});

test('the sitemap lists each language with its alternates, and robots.txt points to it', async ({ request, baseURL }) => {
  const base = new URL(baseURL ?? '').pathname;
  const sitemap = await (await request.get('sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(locs).toEqual([`${base}it/`, `${base}en/`]);
  expect(sitemap.match(/hreflang="x-default"/g)).toHaveLength(2);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${base}sitemap.xml`));
});
