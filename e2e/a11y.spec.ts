import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales, sourceLocale } from '../src/i18n/config.ts';
import { readToTheEnd, useEveryChart } from './reader.ts';

/**
 * Accessibility: axe finds no violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA on every page, in
 * both languages, in the light and the dark theme, once every chart is drawn, and with JavaScript off.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES: Record<string, string> = {
  root: './',
  ...Object.fromEntries(locales.map((locale) => [locale, `${locale}/`])),
  '404': 'no-such-page/',
};

/**
 * Serves every page without its scripts, as a browser with JavaScript off would run it. (A context
 * with `javaScriptEnabled: false` cannot run axe itself.) The pages have no <noscript>, so what
 * renders is the same.
 */
async function withoutScripts(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body: html });
  });
}

/** Scrolls to the end, then uses every chart so that each is drawn live, then back to the top. */
async function drawEveryChart(page: Page) {
  await readToTheEnd(page);
  await useEveryChart(page);
}

for (const javaScriptEnabled of [true, false]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${colorScheme} theme, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      // A browser in German: the root page stays on its chooser instead of redirecting.
      test.use({ colorScheme, locale: 'de-DE' });

      for (const [name, path] of Object.entries(PAGES)) {
        test(`${name} has no axe violation`, async ({ page }) => {
          if (!javaScriptEnabled) await withoutScripts(page);
          await page.goto(path);
          if (javaScriptEnabled) await drawEveryChart(page);
          else expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = violations.map(
            (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          console.log(
            `axe ${name} ${colorScheme} js-${javaScriptEnabled ? 'on' : 'off'}: ${violations.length} violations`,
          );
          expect(summary).toEqual([]);
        });
      }
    });
  }
}

test('axe does find a violation when there is one', async ({ page }) => {
  await page.goto(`${sourceLocale}/`);
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'low contrast';
    Object.assign(faint.style, { color: '#999', background: '#aaa' });
    document.querySelector('main')?.prepend(faint, document.createElement('img'));
  });
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
});
