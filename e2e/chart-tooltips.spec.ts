import { expect, test } from '@playwright/test';
import { locales } from '../src/explainer/content/locales.ts';
import { tooltipProblems, tooltipsShown } from './checks/tooltips.ts';

/**
 * Every tooltip of every chart, walked with the keyboard from the first value to the last, stays inside
 * the screen with its text inside its box, on a small phone, a phone and a desktop, in every language.
 */
const WIDTHS = [320, 390, 1280];

for (const locale of locales)
  for (const width of WIDTHS)
    test(`/${locale}/ at ${width} px: every chart's tooltips stay on screen, their text inside them`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${locale}/`);
      const problems: string[] = [];
      for (const figure of await page.locator('chart-figure').all()) {
        const id = await figure.locator('figure').getAttribute('data-chart');
        const values = await figure.locator('tbody td').count();
        const stage = figure.locator('.chart-stage');
        await stage.scrollIntoViewIfNeeded();
        await stage.focus();
        await expect(figure).toHaveAttribute('data-state', 'drawn');
        for (let i = 0; i < values; i++) {
          await page.keyboard.press('ArrowRight');
          expect(await page.evaluate(tooltipsShown), `${id}, value ${i + 1}`).toBe(1);
          for (const problem of await page.evaluate(tooltipProblems))
            problems.push(`${id}, value ${i + 1}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    });
