/**
 * The content files, named once: the data file's lists and each language's list files, with the
 * collection each feeds and the schema its entries follow. The loader (`load.ts`), the collections
 * (`src/content.config.ts`), the pages (`src/explainer/astro/site.ts`) and the tests read this registry.
 */
import { chartSchema, chartTextSchema } from './charts.ts';
import { claimSchema, eventSchema, keyFigureSchema, sourceTextSchema, termSchema } from './explainer.ts';
import { figureSchema, sourceSchema } from './figures.ts';

/** Every figure and source, once, for every language. */
export const DATA_FILE = 'content/data/figures.yaml';

/** The site's settings: the source language, the names with digits, the timeline's kinds of event. */
export const SITE_FILE = 'content/data/site.yaml';

/** The top-level lists of the data file, by key (= collection). */
export const dataLists = {
  sources: sourceSchema,
  figures: figureSchema,
} as const;

/** Every chart, once, for every language: the figures it shows, in panels (a list of entries). */
export const CHARTS_FILE = 'content/data/charts.yaml';

/** The schema of each chart of `CHARTS_FILE`. */
export const chartFile = { collection: 'chartDefinitions', schema: chartSchema } as const;

/** The list files of `content/<locale>/`, by the collection each feeds. */
export const lists = {
  keyFigures: { file: 'key-figures.yaml', schema: keyFigureSchema },
  claims: { file: 'claims.yaml', schema: claimSchema },
  timeline: { file: 'timeline.yaml', schema: eventSchema },
  glossary: { file: 'glossary.yaml', schema: termSchema },
  /** The words of the charts; what each shows is in `CHARTS_FILE`. */
  charts: { file: 'charts.yaml', schema: chartTextSchema },
  /** What each source is called, and notes on it, in each language; its facts are in the data file. */
  sourceTexts: { file: 'sources.yaml', schema: sourceTextSchema },
} as const;

export type ListCollection = keyof typeof lists;

/** The collection names of the list files. */
const listCollections = Object.keys(lists).filter((name): name is ListCollection => Object.hasOwn(lists, name));

/** The collection and schema of a list file, by its name (`claims.yaml`), if it is one. */
export function listFile(name: string) {
  const collection = listCollections.find((c) => lists[c].file === name);
  return collection && { collection, schema: lists[collection].schema };
}
