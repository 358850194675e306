/**
 * What each language's article holds, as the site publishes it: the `<Chart>` and `<Term>` tags of its own
 * article, or of the source language's while it has none or an unchanged copy. A translation still
 * short of the source is published with the source's part it has not reached, marked as untranslated
 * (`core/i18n/missing-part.ts`), so its page holds every chart and term the source's does.
 */
import { loadContent } from '../src/explainer/content/load.ts';
import { missingPart } from '../src/explainer/core/i18n/missing-part.ts';
import { publishedPages } from '../src/explainer/core/i18n/published.ts';
import { type TagUse, tagsIn } from '../src/explainer/core/mdx-tags.ts';

/** The body (MDX, without its frontmatter) of each language's published article, by language, for the project at `root`. */
export function articleBodiesIn(root: string): Map<string, string> {
  const { content } = loadContent({ root });
  const pages = publishedPages(content);
  const article = (locale: string) => pages.find((p) => p.id === `${locale}/article`)?.body;
  const source = article(content.sourceLocale) ?? '';
  const published = (body: string) => `${body}\n\n${missingPart(body, source)?.text ?? ''}`;
  return new Map(content.locales.map((locale) => [locale, published(article(locale) ?? source)]));
}

const bodies = articleBodiesIn(process.cwd());

function bodyOf(locale: string): string {
  const found = bodies.get(locale);
  if (found === undefined)
    throw new Error(`content/ has no language "${locale}": it has ${[...bodies.keys()].join(', ')}.`);
  return found;
}

function tagsOf(locale: string): TagUse[] {
  return tagsIn(bodyOf(locale));
}

/**
 * How many words the reader reads in `locale`'s article text alone, as the language separates them
 * (`Intl.Segmenter`, also where it puts no spaces): the page, with its explainer around it, has more.
 */
export function articleWordCount(locale: string): number {
  const text = bodyOf(locale)
    .replace(/<[^>]*>/g, ' ')
    .replace(/^#+\s/gm, '');
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
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
