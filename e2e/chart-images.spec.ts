import { expect, test } from '@playwright/test';
import { locales } from '../src/explainer/content/locales.ts';
import { chartImageTextProblems } from './checks/chart-image.ts';

/**
 * Every chart image the articles show (each source of each chart's picture: light and dark, wide and
 * narrow, in every language with its own chart texts), rendered by the browser on its own: no text
 * overlaps another, none leaves the image. The image's text is outlines, so what the browser draws
 * is what the build measured, whatever fonts the machine has.
 */
for (const locale of locales) {
  test(`/${locale}/: no chart image has overlapping text or text outside it`, async ({ page }) => {
    await page.goto(`${locale}/`);
    const files = await page
      .locator('chart-figure picture')
      .evaluateAll((pictures) => [
        ...new Set(
          pictures.flatMap((picture) =>
            [...picture.querySelectorAll('source, img')].map(
              (el) => new URL(el.getAttribute('srcset') ?? el.getAttribute('src') ?? '', document.baseURI).href,
            ),
          ),
        ),
      ]);
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      await page.goto(file);
      for (const problem of await page.evaluate(chartImageTextProblems, {})) problems.push(`${file}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
}
