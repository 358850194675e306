import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { locales, sourceLocale } from '../src/explainer/content/locales.ts';
import { articleTermCount } from './articles.ts';

/** The explainer layer on the built pages: sections, glossary links both ways, dated timeline. */

/** The language a file of `locale` is shown in: its own once it exists, else the source language's. */
const shownIn = (locale: string, file: string) => (existsSync(`content/${locale}/${file}`) ? locale : sourceLocale);
const read = (locale: string, file: string) => readFileSync(`content/${shownIn(locale, file)}/${file}`, 'utf8');

/** The words each language gives its sources (titles and notes), and the headlines of the data file. */
const sourceWords = (locale: string) =>
  (parse(read(locale, 'sources.yaml')) as { title?: string; note?: string }[]).flatMap((s) =>
    [s.title, s.note].filter((t) => t !== undefined),
  );
/** How many entries a list file has: every translation has as many as the source. */
const entries = (file: string) => (parse(read(sourceLocale, file)) as unknown[]).length;
const eventDates = (parse(read(sourceLocale, 'timeline.yaml')) as { date: string }[]).map((e) => e.date).toSorted();
const headlines = (
  parse(readFileSync('content/data/figures.yaml', 'utf8')) as { sources: { headline?: string; lang: string }[] }
).sources;

/** The headings of the explainer's sections in each language: its interface strings and its method note. */
const SECTIONS = Object.fromEntries(
  locales.map((locale) => {
    const { sections } = parse(readFileSync(`content/${locale}/ui.yaml`, 'utf8')) as {
      sections: Record<'keyFigures' | 'claims' | 'timeline' | 'glossary', string>;
    };
    return [locale, [sections.keyFigures, sections.claims, sections.timeline, sections.glossary]];
  }),
);

for (const [locale, headings] of Object.entries(SECTIONS)) {
  test.describe(`/${locale}/`, () => {
    test('has every section of the explainer, each a labelled region', async ({ page }) => {
      await page.goto(`${locale}/`);
      for (const name of headings) {
        await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
      }
      await expect(page.locator('.card')).toHaveCount(entries('key-figures.yaml'));
      await expect(page.locator('.claim')).toHaveCount(entries('claims.yaml'));
      // Verdicts are words and shapes, not colours alone.
      const verdicts = page.locator('.verdict');
      for (const verdict of await verdicts.all()) {
        expect((await verdict.innerText()).trim().length).toBeGreaterThan(2);
        await expect(verdict.locator('.verdict-icon')).toHaveCount(1);
      }
      // Each verdict kind has its own border, so shapes tell them apart in greyscale too.
      const shapes = await verdicts.evaluateAll((els) =>
        els.map(
          (el) => `${el.dataset['verdict']}:${getComputedStyle(el).borderStyle}:${getComputedStyle(el).borderRadius}`,
        ),
      );
      const kinds = new Set(shapes.map((s) => s.split(':')[0]));
      expect(new Set(shapes).size).toBe(kinds.size);
      expect(kinds.size).toBe(4);
    });

    test('lists the sources on their own page, in the reader’s language, with only their own headlines in another', async ({
      page,
    }) => {
      // The article's table of contents leads to the sources page, which leads back to the article.
      await page.goto(`${locale}/`);
      await page.locator('nav.contents a').last().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sources/$`));
      await expect(page.locator('h1')).toHaveText(/^title: "?(.*?)"?$/m.exec(read(locale, 'method.mdx'))?.[1] ?? '');
      await expect(page.locator('.article-header a')).toHaveAttribute('href', new RegExp(`/${locale}/$`));
      const list = page.locator('#source-list + ol');
      expect(await list.locator('> li').count()).toBeGreaterThanOrEqual(10);
      // Until a language has its sources.yaml, the source language's words are shown, marked as such.
      const wordsLang = shownIn(locale, 'sources.yaml');
      // Text marked with another language is a source's own headline, in its own language.
      for (const marked of await list.locator('[lang]').all()) {
        const lang = await marked.getAttribute('lang');
        const text = (await marked.innerText()).trim();
        if (wordsLang !== locale && lang === wordsLang) continue;
        expect(
          headlines.some((h) => h.headline === text && h.lang === lang),
          `"${text}" (lang=${lang}) is a headline of content/data/figures.yaml`,
        ).toBe(true);
      }
      // No other language's description or note of a source shows here.
      const unmarked = await list.evaluate((ol) => {
        const copy = ol.cloneNode(true) as HTMLElement;
        for (const el of copy.querySelectorAll('[lang]')) el.remove();
        return copy.textContent ?? '';
      });
      // The page sets non-breaking spaces where typography wants them (« 30 maggio 2020 »); the files have plain ones.
      const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
      const own = new Set(wordsLang === locale ? sourceWords(locale) : []);
      // Words another language shares with this one's own files (its interface strings, its sources' words) are its own too.
      const ownFiles = ['ui.yaml', 'sources.yaml']
        .filter((file) => shownIn(locale, file) === locale)
        .map((file) => plain(readFileSync(`content/${locale}/${file}`, 'utf8')))
        .join('\n');
      const foreign = Object.keys(SECTIONS)
        .filter((l) => l !== locale && shownIn(l, 'sources.yaml') === l)
        .flatMap(sourceWords)
        .filter((t) => !own.has(t) && !ownFiles.includes(plain(t)));
      expect(foreign.length).toBeGreaterThan(0);
      for (const words of foreign) expect(plain(unmarked), `another language's "${words}"`).not.toContain(plain(words));
      for (const words of own) expect(plain(unmarked)).toContain(plain(words));
    });

    test('links glossary terms to their definitions and back', async ({ page }) => {
      await page.goto(`${locale}/`);
      const terms = page.locator('.prose a.term[id]');
      const count = await terms.count();
      // Every term of the article in full; in a translation that ends early, those it has reached.
      expect(count).toBeGreaterThanOrEqual(Math.min(13, articleTermCount(locale)));
      // Each term leads to one glossary entry with its definition, and the entry leads back to it.
      const broken = await terms.evaluateAll((links) =>
        links.flatMap((link) => {
          const entry = document.getElementById((link.getAttribute('href') ?? '').slice(1));
          const ok =
            entry?.querySelectorAll('dfn').length === 1 &&
            entry.querySelectorAll(`a[href="#${CSS.escape(link.id)}"]`).length === 1;
          return ok ? [] : [`#${link.id} → ${link.getAttribute('href')}`];
        }),
      );
      expect(broken).toEqual([]);
      // Following one round trip with the keyboard moves focus and the view.
      const first = terms.first();
      await first.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#glossary-/);
      const target = page.locator(':target');
      await expect(target).toBeInViewport();
      await target.locator('a.back-to-text').click();
      await expect(page).toHaveURL(new RegExp(`#${await first.getAttribute('id')}$`));
    });

    test('dates every timeline event in a machine-readable way', async ({ page }) => {
      await page.goto(`${locale}/`);
      const times = page.locator('.timeline time');
      expect(await times.count()).toBeGreaterThanOrEqual(8);
      const datetimes = await times.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
      for (const value of datetimes) expect(value).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(datetimes).toEqual(datetimes.toSorted());
      expect(datetimes[0]).toBe(eventDates[0]);
      expect(datetimes.at(-1)).toBe(eventDates.at(-1));
      // Written for readers: the month in words, not in digits.
      // Dates are the reader's, also beside events not translated yet.
      const { intl } = (parse(read(locale, 'ui.yaml')) as { language: { intl: string } }).language;
      const [year = 0, month = 1] = (datetimes[0] ?? '').split('-').map(Number);
      const monthName = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 1),
      );
      expect(await times.first().innerText()).toContain(monthName);
    });
  });
}
