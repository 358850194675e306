/**
 * The site's data for the pages, made once per build by `createSiteData` (`src/explainer/core/site/site.ts`)
 * from the content collections, which the content loader (`src/explainer/content/load.ts`) has read,
 * checked and resolved: the languages, the figures, sources and charts, and each language's part.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { Locale } from '../core/locales.ts';
import { ProblemError } from '../core/problem.ts';
import { SITE_FILE } from '../core/schemas/registry.ts';
import { contentError } from './feed.ts';
import { createSiteData, type LocaleData as SiteLocaleData, type SiteData } from '../core/site/site.ts';

type Page = CollectionEntry<'pages'>;

async function load(): Promise<SiteData<Page>> {
  // In `astro dev` the content's problems are kept, not thrown (a build stops on them): every page,
  // and every route's paths, stop on them here, with the check's lines in the error overlay.
  if (import.meta.env.DEV) {
    const problems = (await getEntry('problems', 'all'))?.data.problems ?? [];
    if (problems.length > 0) throw contentError(problems);
  }
  const [settingsEntries, figures, sources, charts, ui, pages] = await Promise.all([
    getCollection('site'),
    getCollection('figures'),
    getCollection('sources'),
    getCollection('chartDefinitions'),
    getCollection('ui'),
    getCollection('pages'),
  ]);
  const [settings] = settingsEntries;
  if (!settings)
    throw new ProblemError({
      file: SITE_FILE,
      message: 'the settings did not load.',
      fix: 'run npm run check, which names the problem.',
    });
  return createSiteData<Page>({
    settings: settings.data,
    figures: new Map(figures.map((e) => [e.id, e.data])),
    sources: new Map(sources.map((e) => [e.id, e.data])),
    // In the file's order, which the routes and the sitemap follow.
    charts: new Map(charts.toSorted((a, b) => a.data.order - b.data.order).map((e) => [e.id, e.data])),
    ui: new Map(ui.map((e) => [e.id, e.data])),
    pages,
    lists: {
      keyFigures: await getCollection('keyFigures'),
      claims: await getCollection('claims'),
      timeline: await getCollection('timeline'),
      glossary: await getCollection('glossary'),
      charts: await getCollection('charts'),
      sourceTexts: await getCollection('sourceTexts'),
    },
  });
}

let cache: Promise<SiteData<Page>> | undefined;
/** The site's data, made once per build. */
export function getSiteData(): Promise<SiteData<Page>> {
  // A failed load is not kept: in `astro dev` the next request tries again once the file is fixed.
  cache ??= load().catch((error: unknown) => {
    cache = undefined;
    throw error;
  });
  return cache;
}

/** Everything a page in `locale` needs, with helpers bound to that locale. */
export async function getLocaleData(locale: Locale): Promise<LocaleData> {
  return (await getSiteData()).localeData(locale);
}

export type LocaleData = SiteLocaleData<Page>;
