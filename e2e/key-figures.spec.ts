import { expect, test } from '@playwright/test';
import { locales } from '../src/explainer/content/locales.ts';
import { brokenWords } from './checks/words.ts';

/**
 * The key figures' values break between words or not at all, at every width from a small phone to a
 * wide desktop, in every language: a sweep of widths, 40 pixels apart, reading each card's value.
 */
const WIDTHS = Array.from({ length: Math.floor((1600 - 320) / 40) + 1 }, (_, i) => 320 + i * 40);

for (const locale of locales)
  test(`/${locale}/: no key figure breaks inside a word, from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px`, async ({
    page,
  }) => {
    await page.goto(`${locale}/`);
    await expect(page.locator('.card-value').first()).toBeVisible();
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const problem of await page.evaluate(brokenWords, '.card-value')) problems.push(`${width} px: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
