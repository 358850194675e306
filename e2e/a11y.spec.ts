import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/explainer/content/locales.ts';
import { axeViolations } from './axe.ts';
import { readToTheEnd, useEveryChart } from './reader.ts';

/**
 * Accessibility: axe finds no violation of WCAG 2.0, 2.1 and 2.2 at levels A and AA on every page, in
 * every language, in the light and the dark theme, once every chart is drawn, and with JavaScript off.
 * The dark theme changes colours only (the palette's custom properties and the charts' image sources),
 * so each page is checked whole in light, then switched to dark and checked by the rules that read
 * colours: one load and one drawing of the charts per page and JavaScript state.
 */

/** The rules of axe.ts's TAGS whose result depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const PAGES: Record<string, string> = {
  root: './',
  ...Object.fromEntries(
    locales.flatMap((locale) => [
      [locale, `${locale}/`],
      [`${locale} sources`, `${locale}/sources/`],
    ]),
  ),
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
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    // A browser in German: the root page stays on its chooser instead of redirecting.
    test.use({ colorScheme: 'light', locale: 'de-DE' });

    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} has no axe violation, in the light and the dark theme`, async ({ page }) => {
        // Two scans of a whole page, after every chart is drawn, on a machine the browser may share.
        test.slow();
        if (!javaScriptEnabled) await withoutScripts(page);
        await page.goto(path);
        if (javaScriptEnabled) await drawEveryChart(page);
        else expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
        const light = await axeViolations(page);
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const lightBackground = await background();
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await background(), 'the page has switched to its dark theme').not.toBe(lightBackground);
        // Drawn charts follow the theme: wait until each has redrawn itself in dark.
        await expect(page.locator('chart-figure[data-state="drawn"]:not([data-theme="dark"])')).toHaveCount(0);
        const dark = await axeViolations(page, COLOUR_RULES);
        const state = `js-${javaScriptEnabled ? 'on' : 'off'}`;
        console.log(`axe ${name} ${state}: ${light.length} violations in light, ${dark.length} in dark`);
        expect(light, 'light theme').toEqual([]);
        expect(dark, 'dark theme').toEqual([]);
      });
    }
  });
}

test('axe does find a violation when there is one', async ({ page }) => {
  await page.goto(PAGES['404'] ?? '');
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'low contrast';
    Object.assign(faint.style, { color: '#999', background: '#aaa' });
    document.querySelector('main')?.prepend(faint, document.createElement('img'));
  });
  const ids = (lines: string[]) => lines.map((line) => line.split(' ')[0]);
  expect(ids(await axeViolations(page))).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  expect(ids(await axeViolations(page, COLOUR_RULES)), 'the colour rules alone').toEqual(['color-contrast']);
});
