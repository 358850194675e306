import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { locales } from './i18n/config.ts';
import { yamlList } from './content/yaml-list.ts';
import { figureSchema, sourceSchema } from './schemas/figures.ts';
import { chartTextSchema } from './schemas/charts.ts';
import { claimSchema, eventSchema, keyFigureSchema, sourceTextSchema, termSchema } from './schemas/explainer.ts';
import { pageSchema } from './schemas/pages.ts';
import { uiSchema } from './schemas/ui.ts';

const DATA = 'content/data/figures.yaml';

/** One list file per locale: `content/<locale>/<name>.yaml`. */
const perLocale = (name: string) => yamlList(locales.map((locale) => ({ file: `content/${locale}/${name}.yaml`, locale })));

export const collections = {
  figures: defineCollection({ loader: yamlList([{ file: DATA, key: 'figures' }]), schema: figureSchema }),
  sources: defineCollection({ loader: yamlList([{ file: DATA, key: 'sources' }]), schema: sourceSchema }),
  /** Prose pages, e.g. `it/article`, `en/method`. */
  pages: defineCollection({ loader: glob({ base: './content', pattern: locales.map((l) => `${l}/*.mdx`) }), schema: pageSchema }),
  ui: defineCollection({ loader: glob({ base: './content', pattern: locales.map((l) => `${l}/ui.yaml`) }), schema: uiSchema }),
  keyFigures: defineCollection({ loader: perLocale('key-figures'), schema: keyFigureSchema }),
  claims: defineCollection({ loader: perLocale('claims'), schema: claimSchema }),
  timeline: defineCollection({ loader: perLocale('timeline'), schema: eventSchema }),
  glossary: defineCollection({ loader: perLocale('glossary'), schema: termSchema }),
  /** The words of the charts; their data come from the figures through `src/charts/registry.ts`. */
  charts: defineCollection({ loader: perLocale('charts'), schema: chartTextSchema }),
  /** What each source is called, and notes on it, in each language; its facts are under `sources`. */
  sourceTexts: defineCollection({ loader: perLocale('sources'), schema: sourceTextSchema }),
};
