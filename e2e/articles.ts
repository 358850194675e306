/**
 * What each language's article holds, as the site publishes it: the `<Chart>` and `<Term>` tags of its own
 * article, or of the source language's while it has none or an unchanged copy. A translation still
 * short of the source ends where it ends, with the charts and terms it has reached: the browser tests
 * expect on each page what its article has, not what the source's has.
 */
import { loadContent } from '../src/content/load.ts';
import { publishedPages } from '../src/i18n/published.ts';
import { type TagUse, tagsIn } from '../src/lib/mdx-tags.ts';

/** The tags of each language's published article, by language, for the project at `root`. */
export function articleTagsIn(root: string): Map<string, TagUse[]> {
  const { content } = loadContent({ root });
  const pages = publishedPages(content);
  const article = (locale: string) => pages.find((p) => p.id === `${locale}/article`);
  return new Map(
    content.locales.map((locale) => [locale, tagsIn((article(locale) ?? article(content.sourceLocale))?.body ?? '')]),
  );
}

const tags = articleTagsIn(process.cwd());

function tagsOf(locale: string): TagUse[] {
  const found = tags.get(locale);
  if (!found) throw new Error(`content/ has no language "${locale}": it has ${[...tags.keys()].join(', ')}.`);
  return found;
}

/** The chart ids of `locale`'s article, in the page's order. */
export function articleCharts(locale: string): string[] {
  return tagsOf(locale).flatMap((tag) => (tag.name === 'Chart' && tag.id ? [tag.id] : []));
}

/** How many glossary terms `locale`'s article links (`<Term>` tags). */
export function articleTermCount(locale: string): number {
  return tagsOf(locale).filter((tag) => tag.name === 'Term').length;
}

/** The chart ids of every language's article, by language. */
export function articleChartsByLocale(locales: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(locales.map((locale) => [locale, articleCharts(locale)]));
}
