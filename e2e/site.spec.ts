import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { exploreEveryChart, readToTheEnd, useEveryChart, watchProblems } from './reader.ts';
import { locales, sourceLocale } from '../src/explainer/content/locales.ts';
import { articleWordCount } from './articles.ts';

/**
 * The site as a reader meets it. Tests tagged `@host` run on every host and build (playwright.config.ts);
 * every URL here is relative to the base. What needs no browser (canonical, hreflang, sitemap, JSON-LD,
 * social-card tags) is checked over the built files, in e2e/build/.
 */

const ui = (locale: string) =>
  parse(readFileSync(`content/${locale}/ui.yaml`, 'utf8')) as {
    nav: { languages: string };
    notFound: { title: string; back: string };
  };

/**
 * What depends on the host is the same in every language: the first language's per-language tests run
 * on every host and build, the others' at the root.
 */
const onEveryHost = (locale: string) => (locale === locales[0] ? ['@host'] : []);

for (const locale of locales) {
  const other = locales.find((l) => l !== locale) ?? locale;

  test.describe(`/${locale}/`, () => {
    test(`its language switcher leads to /${other}/`, async ({ page }) => {
      await page.goto(`${locale}/`);
      const link = page.getByRole('navigation', { name: ui(locale).nav.languages }).locator(`a[hreflang="${other}"]`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${other}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });

    test('is whole without JavaScript', async ({ browser, page }) => {
      // Words as the language separates them (Intl.Segmenter), also where it puts no spaces between them.
      const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
      const count = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
      await page.goto(`${locale}/`);
      const withJs = count(await page.locator('main').innerText());
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`${locale}/`);
      const words = count(await noJs.locator('main').innerText());
      // Without JavaScript nothing is missing: the chart/table switch is the only text JavaScript adds.
      // The article's own words and the explainer's around them: more than the article alone.
      expect(words).toBeGreaterThan(articleWordCount(locale));
      expect(words).toBeGreaterThanOrEqual(withJs - 60);
      await expect(noJs.locator('main h2')).toHaveCount(await page.locator('main h2').count());
      // Each chart's table is one click away, in its <details>.
      await noJs.locator('.chart-table summary').first().click();
      await expect(noJs.locator('table').first()).toBeVisible();
      await context.close();
    });

    // Every bundle and chart chunk loads from under the base path, whatever the host.
    test('is read to the end and its charts drawn with no error, CSP violation or request elsewhere', {
      tag: onEveryHost(locale),
    }, async ({ page }) => {
      const problems = await watchProblems(page);
      await page.goto(`${locale}/`);
      await readToTheEnd(page);
      await useEveryChart(page);
      expect(await problems()).toEqual([]);
    });

    test('has its charts used in turn, pointer and keys, with no error or CSP violation', async ({ page }) => {
      // Every chart is used in turn, on a machine the browser may share.
      test.slow();
      const problems = await watchProblems(page);
      await page.goto(`${locale}/`);
      await useEveryChart(page);
      await exploreEveryChart(page);
      expect(await problems()).toEqual([]);
    });

    test('fits a 320 px screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${locale}/`);
      await readToTheEnd(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

/** The types a host must send for the files readers download: the charts' data and images. */
const FILE_TYPES: Record<string, string> = { '.csv': 'text/csv', '.svg': 'image/svg+xml', '.png': 'image/png' };

test.describe('the links', { tag: '@host' }, () => {
  // A browser of a language the site lacks, so that the root stays on its chooser instead of redirecting.
  test.use({ locale: 'de-DE' });

  test('every internal link and fragment resolves, and downloads come with their types', async ({
    page,
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    // The pages a reader moves between; fragments are checked on the page they point into.
    const pages = ['', ...locales.flatMap((l) => [`${l}/`, `${l}/sources/`]), '404.html'];
    const checked = new Map<string, number>();
    const wrongTypes: string[] = [];
    /** Each fragment linked, by the path of the page it points into, with the page that links to it. */
    const wanted = new Map<string, { id: string; from: string }[]>();
    /** The ids of each page visited, by path. */
    const ids = new Map<string, Set<string>>();
    for (const path of pages) {
      await page.goto(path);
      const { urls, own } = await page.evaluate(() => ({
        urls: [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
          (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
        ),
        own: [...document.querySelectorAll('[id]')].map((el) => el.id),
      }));
      ids.set(new URL(page.url()).pathname, new Set(own));
      const targets = new Set<string>();
      for (const raw of urls) {
        const url = new URL(raw);
        if (url.origin !== origin) continue;
        if (!checked.has(url.pathname)) targets.add(url.pathname);
        if (url.hash.length > 1) {
          const list = wanted.get(url.pathname) ?? [];
          list.push({ id: decodeURIComponent(url.hash.slice(1)), from: path });
          wanted.set(url.pathname, list);
        }
      }
      // The page's new targets, requested at once.
      await Promise.all(
        [...targets].map(async (target) => {
          const response = await request.get(target, { maxRedirects: 0 });
          checked.set(target, response.status());
          const type = FILE_TYPES[extname(target)];
          if (type && !response.headers()['content-type']?.startsWith(type))
            wrongTypes.push(`${target}: ${response.headers()['content-type']}`);
        }),
      );
    }
    // Fragments into a page not in the walk (a chart's own page) are left to that page's tests.
    const into = [...wanted].filter(([target]) => ids.has(target));
    const fragments = into.reduce((sum, [, list]) => sum + list.length, 0);
    const missingFragments = into.flatMap(([target, list]) =>
      list.filter(({ id }) => !ids.get(target)?.has(id)).map(({ id, from }) => `${from} → ${target}#${id}`),
    );
    const broken = [...checked].filter(([, status]) => status !== 200);
    expect(broken).toEqual([]);
    expect(missingFragments).toEqual([]);
    expect(wrongTypes, 'files served with another type').toEqual([]);
    expect(checked.size).toBeGreaterThanOrEqual(4);
    expect(fragments).toBeGreaterThan(40);
  });
});

test('an unknown address gets the 404 page, in the language of the address first', { tag: '@host' }, async ({
  page,
}) => {
  for (const locale of locales) {
    const response = await page.goto(`${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main section').first()).toHaveAttribute('lang', locale);
    await expect(page.locator('main section').first().getByRole('heading')).toHaveText(ui(locale).notFound.title);
  }
  const last = locales.at(-1) ?? sourceLocale;
  const back = page.locator(`main section[lang="${last}"]`).getByRole('link', { name: ui(last).notFound.back });
  await back.click();
  await expect(page.locator('html')).toHaveAttribute('lang', last);
});

for (const locale of locales) {
  test.describe(`an unknown address without a language, in a browser that prefers ${locale}`, () => {
    test.use({ locale: `${locale}-XX` });
    test('gets the 404 page in that language first', { tag: onEveryHost(locale) }, async ({ page }) => {
      expect((await page.goto('no-such-page/'))?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main section').first()).toHaveAttribute('lang', locale);
    });
  });
}

test('without JavaScript, the 404 page speaks every language, each marked with its own', { tag: '@host' }, async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  expect((await page.goto('no-such-page/'))?.status()).toBe(404);
  const sections = await page.locator('main section').evaluateAll((all) => all.map((s) => s.getAttribute('lang')));
  expect([...sections].sort()).toEqual([...locales].sort());
  for (const locale of locales)
    await expect(page.locator(`main section[lang="${locale}"] h1`)).toHaveText(ui(locale).notFound.title);
  await context.close();
});

/**
 * The languages the root offers: those whose article is translated (it exists, and is not an unchanged
 * copy of the source's). A language still being translated has its pages, but is not offered yet.
 */
const article = (locale: string) => readFileSync(`content/${locale}/article.mdx`, 'utf8').replace(/\s+/g, ' ');
const published = locales.filter(
  (l) => existsSync(`content/${l}/article.mdx`) && (l === sourceLocale || article(l) !== article(sourceLocale)),
);
/** A published language of the site that is not the source's: the root must choose it, not fall back. */
const preferred = published.find((locale) => locale !== sourceLocale) ?? sourceLocale;

test.describe('the root', () => {
  test.use({ locale: `${preferred}-XX` });
  test(`sends a browser that prefers a language of the site to it (${preferred})`, { tag: '@host' }, async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page).toHaveURL(new RegExp(`/${preferred}/$`));
  });
});

test.describe('the root, in a browser of another language', () => {
  test.use({ locale: 'de-DE' });
  test('stays on a visible chooser', async ({ page }) => {
    await page.goto('./');
    for (const locale of published) await expect(page.locator(`a[hreflang="${locale}"]`)).toBeVisible();
  });
});

test('the root offers every language without JavaScript', { tag: '@host' }, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('./');
  await page.locator(`a[hreflang="${sourceLocale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', sourceLocale);
  await context.close();
});

test('robots.txt, the sitemap and the social cards are served, with their types', { tag: '@host' }, async ({
  request,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '').pathname;
  const robots = await request.get('robots.txt');
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await robots.text()).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${base}sitemap.xml`));
  const sitemap = await request.get('sitemap.xml');
  expect(sitemap.headers()['content-type']).toMatch(/xml/);
  expect(await sitemap.text()).toContain(`${base}${sourceLocale}/</loc>`);
  const png = await request.get(`og/${sourceLocale}.png`);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('the pages arrive compressed, in a coding the browser accepts', { tag: '@host' }, async ({ request }) => {
  for (const accepted of [['br', 'gzip'], ['gzip']]) {
    const response = await request.get(`${sourceLocale}/`, { headers: { 'Accept-Encoding': accepted.join(', ') } });
    expect(accepted, `Accept-Encoding: ${accepted.join(', ')}`).toContain(response.headers()['content-encoding']);
    expect(await response.text()).toContain(`lang="${sourceLocale}"`);
  }
});
