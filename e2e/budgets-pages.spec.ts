import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { budgets } from '../budgets.ts';
import { locales, sourceLocale } from '../src/explainer/content/locales.ts';
import { readToTheEnd } from './reader.ts';

/**
 * Byte budgets of every page, for what is not JavaScript (the charts' budgets, e2e/budgets.spec.ts,
 * keep JavaScript in check): the HTML, the CSS, the images and the fonts a reader's browser fetches
 * while reading the page to the end. Sizes are those of the built files in dist/, gzipped (level 9)
 * as hosts send text; PNG and WOFF2 are already compressed and count as they are. 1 KB = 1,000 bytes.
 * Each budget is the size measured when it was set, plus about 20%: growth past that is a decision,
 * not an accident. Runs at the root only: the bytes do not depend on the host.
 */
const BUDGETS = budgets.pages;
/** Each page to measure, with the budget it answers to: every language's article has the same. */
const PAGES: { name: string; path: string; budget: keyof typeof BUDGETS }[] = [
  { name: 'root', path: './', budget: 'root' },
  ...locales.flatMap((locale) => [
    { name: locale, path: `${locale}/`, budget: 'article' as const },
    { name: `${locale} sources`, path: `${locale}/sources/`, budget: 'sources' as const },
  ]),
  { name: '404', path: `${sourceLocale}/no-such-page/`, budget: '404' },
];

type Kind = keyof (typeof budgets.pages)['root'];
const KINDS: Record<string, Kind> = { document: 'html', stylesheet: 'css', image: 'image', font: 'font' };

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const COMPRESSED = /\.(png|jpe?g|webp|avif|gif|woff2?)$/;

/** Bytes of a file of the build, as a host sends it. */
function bytes(file: string): number {
  const content = readFileSync(join(DIST, file));
  return COMPRESSED.test(file) ? content.length : gzipSync(content, { level: 9 }).length;
}

/** The files of dist/ a page fetches, by kind, with the inline <style>s counted as CSS. */
async function measure(page: Page, path: string) {
  const fetched = new Map<string, Kind>();
  page.on('response', (response) => {
    const kind = KINDS[response.request().resourceType()];
    if (!kind) return;
    // The 404 page is served at any address: its file is 404.html.
    const file =
      response.status() === 404 && kind === 'html'
        ? '404.html'
        : new URL(response.url()).pathname.replace(/\/$/, '/index.html');
    fetched.set(file, kind);
  });
  await page.goto(path);
  await readToTheEnd(page);
  // Browsers fetch the icon outside the page's requests; count it as an image of every page.
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  if (icon) fetched.set(new URL(icon, page.url()).pathname, 'image');
  const totals: Record<Kind, number> = { html: 0, css: 0, image: 0, font: 0 };
  for (const [file, kind] of fetched) totals[kind] += bytes(file);
  const inlineCss = await page.locator('style').allTextContents();
  totals.css += inlineCss.reduce((sum, css) => sum + gzipSync(css, { level: 9 }).length, 0);
  return { totals, files: [...fetched.keys()] };
}

// A browser in German: the root stays on its chooser instead of redirecting.
test.use({ locale: 'de-DE' });

for (const { name, path, budget: answersTo } of PAGES) {
  test(`${name}: HTML, CSS, images and fonts within budget`, async ({ page }) => {
    const { totals, files } = await measure(page, path);
    const budget = BUDGETS[answersTo];
    console.log(
      `bytes ${name}: ` +
        (Object.keys(totals) as Kind[]).map((kind) => `${kind} ${totals[kind]} B (budget ${budget[kind]})`).join(', ') +
        ` — ${files.join(' ')}`,
    );
    for (const kind of Object.keys(totals) as Kind[]) {
      expect(totals[kind], `${name} ${kind} bytes`).toBeLessThanOrEqual(budget[kind]);
    }
    expect(totals.html, 'the page itself was measured').toBeGreaterThan(500);
  });
}
