import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/i18n/config.ts';
import { readToTheEnd, useEveryChart } from './reader.ts';

/**
 * A reader with only a keyboard: from the top of the page, Tab reaches the skip link first (visible,
 * and it moves focus to the main content), then the language switcher, then the article in reading
 * order: glossary terms, every chart, the glossary itself. Every stop shows a focus outline.
 */

interface Stop {
  /** A short description, for failure messages. */
  name: string;
  outline: number;
  outlineStyle: string;
  /** Whether the element comes after the previous stop in the document. */
  forward: boolean;
  inViewport: boolean;
  role: 'skip' | 'languages' | 'term' | 'chart' | 'glossary' | 'main' | 'other';
  chart?: string;
}

/** Presses Tab and describes where the focus lands. */
async function tab(page: Page): Promise<Stop | null> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const memory = window as unknown as { previousStop?: Element };
    const previous = memory.previousStop;
    memory.previousStop = el;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const role = el.matches('.skip-link')
      ? 'skip'
      : el.closest('nav.languages')
        ? 'languages'
        : el.matches('.prose a.term')
          ? 'term'
          : el.closest('figure.chart') && el.getAttribute('tabindex') === '0' && el.querySelector('canvas')
            ? 'chart'
            : el.closest('#glossary, .glossary')
              ? 'glossary'
              : el.closest('main')
                ? 'main'
                : 'other';
    return {
      name: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> “${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}”`,
      outline: parseFloat(style.outlineWidth) || 0,
      outlineStyle: style.outlineStyle,
      forward: !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
      inViewport:
        box.bottom > 0 &&
        box.top < innerHeight &&
        box.right > 0 &&
        box.left < innerWidth &&
        box.width > 0 &&
        box.height > 0,
      role,
      ...(role === 'chart' ? { chart: el.closest('figure.chart')?.getAttribute('data-chart') ?? '' } : {}),
    } satisfies Stop;
  });
}

for (const locale of locales) {
  test.describe(`/${locale}/ with the keyboard`, () => {
    test('the skip link comes first, shows itself and moves focus to the main content', async ({ page }) => {
      await page.goto(`${locale}/`);
      const first = await tab(page);
      expect(first?.role).toBe('skip');
      expect(first?.inViewport).toBe(true);
      const skip = page.locator('.skip-link');
      await expect(skip).toBeInViewport({ ratio: 1 });
      expect(await skip.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
      // The next Tab goes into the main content, not back to the header.
      const next = await tab(page);
      expect(['main', 'term', 'chart', 'glossary']).toContain(next?.role);
    });

    test('Tab walks the whole page in reading order with a visible focus at every stop', async ({ page }) => {
      // Each chart has its table and five links to walk through as well: a long walk.
      test.slow();
      await page.goto(`${locale}/`);
      // Use every chart first, so that each is drawn live.
      await readToTheEnd(page);
      await useEveryChart(page);
      const charts = await page
        .locator('figure.chart')
        .evaluateAll((figures) => figures.map((f) => f.getAttribute('data-chart') ?? ''));
      expect(
        await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count(),
        'no positive tabindex',
      ).toBe(0);

      const stops: Stop[] = [];
      for (let i = 0; i < 800; i++) {
        const stop = await tab(page);
        if (!stop || (stops.length > 0 && stop.role === 'skip')) break;
        stops.push(stop);
      }
      console.log(`keyboard /${locale}/: ${stops.length} Tab stops, ${charts.length} charts`);

      expect(stops[0]?.role).toBe('skip');
      const firstOf = (role: Stop['role']) => stops.findIndex((s) => s.role === role);
      expect(firstOf('languages')).toBeGreaterThan(0);
      expect(firstOf('languages')).toBeLessThan(firstOf('main'));
      expect(stops.filter((s) => s.role === 'term').length).toBeGreaterThanOrEqual(10);
      expect(firstOf('glossary')).toBeGreaterThan(firstOf('term'));
      expect(stops.flatMap((s) => (s.role === 'chart' ? [s.chart] : []))).toEqual(charts);

      expect(
        stops.filter((s) => !s.forward).map((s) => s.name),
        'stops out of reading order',
      ).toEqual([]);
      expect(
        stops.filter((s) => !s.inViewport).map((s) => s.name),
        'stops scrolled out of sight',
      ).toEqual([]);
      expect(
        stops.filter((s) => s.outline <= 0 || s.outlineStyle === 'none').map((s) => s.name),
        'stops without a focus outline',
      ).toEqual([]);
    });
  });
}
