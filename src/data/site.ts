/**
 * The site's data, read once per build from the content collections: resolved figures, sources and,
 * per locale, the interface strings and the explainer lists, with the source-language fallback.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, sourceLocale } from '../i18n/config.ts';
import { formatFigure, type FormatOptions } from '../lib/format.ts';
import { getFigure, resolveFigures, type Figure } from '../lib/figures.ts';
import { fillFigures } from '../lib/placeholders.ts';
import { readerSources } from '../lib/sources.ts';
import { typesetStrings } from '../lib/typography.ts';
import type { Ui } from '../schemas/ui.ts';
import { validateReferences } from './references.ts';

type ListCollection = 'keyFigures' | 'claims' | 'timeline' | 'glossary' | 'charts' | 'sourceTexts';

export interface Localized<T> {
  items: T[];
  /** The locale the items are in: the page's own, or the source locale when not yet translated. */
  locale: string;
}

async function load() {
  const [figureEntries, sourceEntries, ui, pages, keyFigures, claims, timeline, glossary, charts, sourceTexts] = await Promise.all([
    getCollection('figures'),
    getCollection('sources'),
    getCollection('ui'),
    getCollection('pages'),
    getCollection('keyFigures'),
    getCollection('claims'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('charts'),
    getCollection('sourceTexts'),
  ]);
  const figures = resolveFigures(figureEntries.map((e) => e.data));
  const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
  // Interface strings get the spaces their language's typography wants (« », French "Sources :").
  const uiByLocale = new Map(ui.map((e) => [e.id.split('/')[0] ?? '', typesetStrings(e.data, e.data.language.intl)]));
  for (const locale of locales) {
    if (!uiByLocale.has(locale)) {
      throw new Error(`content/${locale}/ui.yaml is missing. Fix: copy content/${sourceLocale}/ui.yaml there and translate the text in quotes.`);
    }
  }
  const lists = { keyFigures, claims, timeline, glossary, charts, sourceTexts };
  validateReferences({ figures, sources, pages, lists });
  return { figures, sources, uiByLocale, pages, lists };
}

let cache: ReturnType<typeof load> | undefined;
/** Loads and checks all content once per build. */
export function getSiteData() {
  cache ??= load();
  return cache;
}

/** Everything a page in `locale` needs, with helpers bound to that locale. */
export async function getLocaleData(locale: string) {
  const data = await getSiteData();
  const ui = data.uiByLocale.get(locale) as Ui;
  const intl = ui.language.intl;

  const list = <C extends ListCollection>(name: C): Localized<CollectionEntry<C>['data']> => {
    const entries = data.lists[name] as CollectionEntry<C>[];
    const own = entries.filter((e) => e.data.locale === locale);
    const itemsLocale = own.length > 0 ? locale : sourceLocale;
    const itemsIntl = (data.uiByLocale.get(itemsLocale) as Ui).language.intl;
    const items = (own.length > 0 ? own : entries.filter((e) => e.data.locale === sourceLocale))
      .map((e) => typesetStrings(e.data, itemsIntl))
      .toSorted((a, b) => a.order - b.order);
    return { items, locale: itemsLocale };
  };

  const page = (name: string) => {
    const own = data.pages.find((p) => p.id === `${locale}/${name}`);
    const entry = own ?? data.pages.find((p) => p.id === `${sourceLocale}/${name}`);
    if (!entry) throw new Error(`content/${sourceLocale}/${name}.mdx is missing.`);
    return { entry, locale: own ? locale : sourceLocale };
  };

  /** Formats a figure in the locale of `inLocale` (defaults to the page's). */
  const fig = (id: string, options: FormatOptions = {}, usedIn?: string, inLocale = locale): string => {
    const target = data.uiByLocale.get(inLocale) as Ui;
    return formatFigure(getFigure(data.figures, id, usedIn), target.language.intl, target.units, options);
  };

  const sourceWords = list('sourceTexts');

  return {
    locale,
    ui,
    intl,
    figures: data.figures as ReadonlyMap<string, Figure>,
    /** Every source with its title and notes in this locale (or the source locale's, until translated). */
    sources: readerSources(data.sources, sourceWords.items, sourceWords.locale),
    list,
    page,
    fig,
    /** Replaces `{fig:ID}` placeholders in a text with formatted figures. */
    text: (value: string, usedIn?: string, inLocale = locale) => fillFigures(value, (id) => fig(id, {}, usedIn, inLocale)),
    /** The languages the site is (at least partly) written in, with their names in their own language. */
    languages: locales.map((code) => ({ code, name: (data.uiByLocale.get(code) as Ui).language.name, translated: data.pages.some((p) => p.id === `${code}/article`) })),
  };
}

export type LocaleData = Awaited<ReturnType<typeof getLocaleData>>;
