import { expect, test, type Page } from '@playwright/test';
import { locales } from '../src/explainer/content/locales.ts';
import { articleTermCount } from './articles.ts';
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

/**
 * Installs in the page the description of a stop, and a recorder that describes every stop the Tab
 * key reaches. It reads on keyup, when focus has moved and the page has scrolled to it; a stop where
 * the focus left the page is recorded as null.
 */
async function installRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const memory = window as unknown as {
      previousStop?: Element;
      tabStops: (Stop | null)[];
      describeStop: () => Stop | null;
    };
    memory.tabStops = [];
    memory.describeStop = () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
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
    };
    window.addEventListener(
      'keyup',
      (event) => {
        if (event.key === 'Tab') memory.tabStops.push(memory.describeStop());
      },
      true,
    );
  });
}

/** Presses Tab and describes where the focus lands (installRecorder first). */
async function tab(page: Page): Promise<Stop | null> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => (window as unknown as { describeStop: () => Stop | null }).describeStop());
}

/**
 * Presses Tab until the focus has gone round the page, and returns each stop from the first. The
 * presses are sent in batches of 25 through the DevTools protocol (Chromium's, as Playwright's own
 * keyboard does), without a round trip for each: the page still handles each key in turn, and its
 * recorder is read once a batch. One round trip a key made the walk four times as long.
 */
async function walk(page: Page): Promise<Stop[]> {
  await installRecorder(page);
  const cdp = await page.context().newCDPSession(page);
  const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  const recorded = () => page.evaluate(() => (window as unknown as { tabStops: (Stop | null)[] }).tabStops);
  const end = (stops: (Stop | null)[]) => stops.findIndex((stop, i) => !stop || (i > 0 && stop.role === 'skip'));
  for (let pressed = 0; pressed < 800; pressed += 25) {
    await Promise.all(
      Array.from({ length: 25 }, () => [
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }),
      ]).flat(),
    );
    const stops = await recorded();
    if (end(stops) >= 0) return stops.slice(0, end(stops)) as Stop[];
  }
  return (await recorded()).filter((stop): stop is Stop => stop !== null);
}

for (const locale of locales) {
  test.describe(`/${locale}/ with the keyboard`, () => {
    test('the skip link comes first, shows itself and moves focus to the main content', async ({ page }) => {
      await page.goto(`${locale}/`);
      await installRecorder(page);
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

      const stops = await walk(page);
      console.log(`keyboard /${locale}/: ${stops.length} Tab stops, ${charts.length} charts`);

      expect(stops[0]?.role).toBe('skip');
      const firstOf = (role: Stop['role']) => stops.findIndex((s) => s.role === role);
      expect(firstOf('languages')).toBeGreaterThan(0);
      expect(firstOf('languages')).toBeLessThan(firstOf('main'));
      // Every term of the article in full; in a translation that ends early, those it has reached.
      expect(stops.filter((s) => s.role === 'term').length).toBeGreaterThanOrEqual(
        Math.min(10, articleTermCount(locale)),
      );
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
