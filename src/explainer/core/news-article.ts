/**
 * The structured data (schema.org `NewsArticle`) of an article page: who wrote it, when it was first
 * published and when last changed, each as a date and time with its time zone.
 */
import { ProblemError } from './problem.ts';

export interface NewsArticleInput {
  /** The page's file, which an error names. */
  file: string;
  headline: string;
  description: string;
  /** The language of the text, e.g. "it". */
  inLanguage: string;
  /** First publication. */
  published: Date;
  /** Latest change; must not be before `published`. */
  updated: Date;
  /** The date of the events told, if any. */
  eventDate?: Date | undefined;
  /** The article the text retells: its language and publication date (YYYY-MM or YYYY-MM-DD). */
  basedOn?: { lang: string; date: string } | undefined;
  /** The site's name and absolute URL: the author and publisher. */
  site: { name: string; url: string };
  /** The social card, once one is drawn (`npm run og`). */
  image?: string | undefined;
  url: string;
}

/** A date and time in UTC with its zone, to the second: "2026-11-26T13:00:00Z". */
export function isoInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Builds the JSON-LD object; throws when the dates are out of order, naming the fields to fix. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  if (input.updated < input.published) {
    throw new ProblemError({
      file: input.file,
      message: `the article's "updated" (${isoInstant(input.updated)}) is before its "published" (${isoInstant(input.published)}).`,
      fix: "correct the dates in the article's frontmatter.",
    });
  }
  const organization = { '@type': 'Organization', name: input.site.name, url: input.site.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    inLanguage: input.inLanguage,
    datePublished: isoInstant(input.published),
    dateModified: isoInstant(input.updated),
    ...(input.eventDate
      ? { about: { '@type': 'Event', name: input.headline, startDate: input.eventDate.toISOString().slice(0, 10) } }
      : {}),
    ...(input.image ? { image: [input.image] } : {}),
    mainEntityOfPage: input.url,
    author: organization,
    publisher: organization,
    ...(input.basedOn
      ? { isBasedOn: { '@type': 'NewsArticle', inLanguage: input.basedOn.lang, datePublished: input.basedOn.date } }
      : {}),
  };
}
