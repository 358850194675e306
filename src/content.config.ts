/**
 * The content collections, all fed from the one content loader (`src/explainer/content/load.ts`) through
 * `src/explainer/astro/feed.ts`; the list files' collections come from the registry (`src/explainer/core/schemas/registry.ts`).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { feed } from './explainer/astro/feed.ts';
import { chartFile, DATA_FILE, lists, SITE_FILE, type ListCollection } from './explainer/core/schemas/registry.ts';
import { publishedPages } from './explainer/core/i18n/published.ts';
import { resolvedFigureSchema, sourceSchema } from './explainer/core/schemas/figures.ts';
import { pageSchema } from './explainer/core/schemas/pages.ts';
import { siteSchema } from './explainer/core/schemas/site.ts';
import { uiSchema } from './explainer/core/schemas/ui.ts';

/** Feeds a list file's collection. */
const list = (name: ListCollection) => feed(name, (c) => c.lists[name] ?? []);

/** One per list file of the registry (the type check fails if one is left out). */
const listCollectionConfigs = {
  keyFigures: defineCollection({ loader: list('keyFigures'), schema: lists.keyFigures.schema }),
  claims: defineCollection({ loader: list('claims'), schema: lists.claims.schema }),
  timeline: defineCollection({ loader: list('timeline'), schema: lists.timeline.schema }),
  glossary: defineCollection({ loader: list('glossary'), schema: lists.glossary.schema }),
  charts: defineCollection({ loader: list('charts'), schema: lists.charts.schema }),
  sourceTexts: defineCollection({ loader: list('sourceTexts'), schema: lists.sourceTexts.schema }),
} satisfies Record<ListCollection, unknown>;

export const collections = {
  /** The figures as resolved once by the loader, derived ones computed. */
  figures: defineCollection({
    loader: feed('figures', (c) =>
      [...c.figures.values()].map((f) => ({
        id: f.id,
        filePath: DATA_FILE,
        line: 1,
        data: Object.fromEntries(Object.entries(f)),
      })),
    ),
    schema: resolvedFigureSchema,
  }),
  sources: defineCollection({ loader: feed('sources', (c) => c.data['sources'] ?? []), schema: sourceSchema }),
  /** What each chart shows (`content/data/charts.yaml`); its words are the `charts` collection. */
  [chartFile.collection]: defineCollection({
    loader: feed(chartFile.collection, (c) => c.data[chartFile.collection] ?? []),
    schema: chartFile.schema,
  }),
  /** The site's settings (`content/data/site.yaml`), one entry: `site`. */
  site: defineCollection({
    loader: feed('site', (c) => (c.settings ? [{ id: 'site', filePath: SITE_FILE, line: 1, data: c.settings }] : [])),
    schema: siteSchema,
  }),
  /** Prose pages, e.g. `<locale>/article`, `<locale>/method`, as published: text still in the source language marked. */
  pages: defineCollection({ loader: feed('pages', publishedPages), schema: pageSchema }),
  /** Each language's interface strings, by language code. */
  ui: defineCollection({
    loader: feed('ui', (c) =>
      [...c.ui].flatMap(([locale, ui]) => (ui.data ? [{ id: locale, filePath: ui.file, line: 1, data: ui.data }] : [])),
    ),
    schema: uiSchema,
  }),
  ...listCollectionConfigs,
  /** The content's problems while `astro dev` runs (a build stops on them instead). */
  problems: defineCollection({
    loader: feed('problems', () => []),
    schema: z.object({
      problems: z.array(
        z.object({
          file: z.string(),
          line: z.number().optional(),
          column: z.number().optional(),
          at: z.string().optional(),
          message: z.string(),
          fix: z.string(),
        }),
      ),
    }),
  }),
};
