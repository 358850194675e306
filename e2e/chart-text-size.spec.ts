import { expect, test } from '@playwright/test';
import { locales } from '../src/explainer/content/locales.ts';
import { smallChartText } from './checks/chart-text-size.ts';

/**
 * Every chart's text stays legible at every width from a phone to a wide desktop, in every language: the
 * image a reader is shown at that width (wide or narrow) is never scaled so far down that its smallest
 * label falls under 9 CSS pixels. A sweep of widths 40 pixels apart, and the edges of the narrow layout.
 */
const MIN = 9;
const WIDTHS = [...Array.from({ length: 32 }, (_, i) => 360 + i * 40), 512, 513, 600, 601];

for (const locale of locales)
  test(`/${locale}/: no chart's text is under ${MIN} px at any width from 360 to 1600 px`, async ({ page }) => {
    await page.goto(`${locale}/`);
    const problems: string[] = [];
    for (const width of WIDTHS.toSorted((a, b) => a - b)) {
      await page.setViewportSize({ width, height: 900 });
      for (const problem of await page.evaluate(smallChartText, MIN)) problems.push(`${width} px: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
