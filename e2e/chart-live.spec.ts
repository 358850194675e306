import { expect, test } from '@playwright/test';
import { palettes } from '../src/explainer/core/charts/palette.ts';
import { locales } from '../src/explainer/content/locales.ts';
import { liveChartDrift, type Shape } from './checks/chart-geometry.ts';
import { useEveryChart } from './reader.ts';

/**
 * Once a reader uses a chart, the live chart is drawn over its image: its bars and its words must stand
 * where the image had them, within a few pixels, wide and narrow, light and dark, in every language.
 */
const WIDTHS = [1280, 390];
const SCHEMES = ['light', 'dark'] as const;

for (const locale of locales)
  for (const width of WIDTHS)
    for (const scheme of SCHEMES)
      test(`/${locale}/ at ${width} px, ${scheme}: each live chart's bars and words stand where its image had them`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
        await page.goto(`${locale}/`);
        await page.mouse.move(0, 0);
        await useEveryChart(page);
        const palette = palettes[scheme];
        const shapes: Shape[] = [
          { name: 'bar', colours: [palette.base, palette.accent], kind: 'solid', gap: 0 },
          { name: 'word', colours: [palette.text], kind: 'ink', gap: 2, not: [palette.base, palette.accent] },
        ];
        const problems: string[] = [];
        for (const figure of await page.locator('chart-figure').all()) {
          await figure.scrollIntoViewIfNeeded();
          const id = await figure.locator('figure').getAttribute('data-chart');
          const found = await figure.evaluate(liveChartDrift, { shapes });
          problems.push(...found.map((problem) => `${id}: ${problem}`));
        }
        expect(problems).toEqual([]);
      });
