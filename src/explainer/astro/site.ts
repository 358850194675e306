/**
 * The site's data, read once per build from the content collections (already checked by the content
 * loader, `src/explainer/content/load.ts`): resolved figures, sources and, per locale, the interface strings and
 * the explainer lists, with the source-language fallback.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartInputs } from '../core/charts/registry.ts';
import { listCollections, type ListCollection } from '../core/schemas/registry.ts';
import { isLocale, locales, sourceLocale, type Locale } from '../content/locales.ts';
import { entryTexts, untranslatedFields } from '../core/i18n/untranslated-blocks.ts';
import { codeFields } from '../core/schemas/common.ts';
import { getFigure, resolveFigures, type Figure } from '../core/figures.ts';
import { formatFigure, type FormatOptions } from '../core/format.ts';
import { fillFigures } from '../core/placeholders.ts';
import { readerSources } from '../core/sources.ts';
import { typeset, typesetStrings } from '../core/typography.ts';
import type { Ui } from '../core/schemas/ui.ts';

/** Fields of list entries that a reader does not read: codes, and what the loader adds. */
const NOT_PROSE = new Set<string>([...codeFields, 'locale', 'order', 'intl']);

export interface Localized<T> {
  /** Each with `lang` when it is still in the source language (marked on the page, its figures written so). */
  items: (T & { lang?: Locale | undefined })[];
  /** The locale the items are in: the page's own, or the source locale when not yet translated. */
  locale: Locale;
}

async function load() {
  const [settingsEntries, figureEntries, sourceEntries, chartEntries, ui, pages] = await Promise.all([
    getCollection('site'),
    getCollection('figures'),
    getCollection('sources'),
    getCollection('chartDefinitions'),
    getCollection('ui'),
    getCollection('pages'),
  ]);
  const lists = new Map(
    await Promise.all(listCollections.map(async (name) => [name, await getCollection(name)] as const)),
  );
  const figures = resolveFigures(figureEntries.map((e) => e.data));
  const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
  // In the file's order, which the routes and the sitemap follow.
  const charts = new Map(chartEntries.toSorted((a, b) => a.data.order - b.data.order).map((e) => [e.id, e.data]));
  // Interface strings get the spaces their language's typography wants (« », French "Sources :").
  const uiByLocale = new Map(
    ui.flatMap((e) => (isLocale(e.id) ? [[e.id, typesetStrings(e.data, e.data.language.intl)] as const] : [])),
  );
  const [settings] = settingsEntries;
  if (!settings)
    throw new Error('content/data/site.yaml did not load. Fix: run npm run check, which names the problem.');
  return { settings: settings.data, figures, sources, charts, uiByLocale, pages, lists };
}

let cache: ReturnType<typeof load> | undefined;
/** Loads all content once per build. */
export function getSiteData() {
  cache ??= load();
  return cache;
}

/** The languages that have their own `content/<locale>/<name>.mdx` (e.g. "article"), in the site's order. */
export function localesWithPage(pages: readonly { id: string }[], name: string): Locale[] {
  return locales.filter((locale) => pages.some((p) => p.id === `${locale}/${name}`));
}

/** Everything a page in `locale` needs, with helpers bound to that locale. */
export async function getLocaleData(locale: Locale) {
  const data = await getSiteData();
  const uiOf = (code: Locale): Ui => {
    const ui = data.uiByLocale.get(code);
    if (!ui)
      throw new Error(
        `content/${code}/ui.yaml is missing or not valid. Fix: run npm run check, which names the problem.`,
      );
    return ui;
  };
  const ui = uiOf(locale);
  const intl = ui.language.intl;

  const lists = new Map<ListCollection, unknown>();
  const list = <C extends ListCollection>(name: C): Localized<CollectionEntry<C>['data']> => {
    const known = lists.get(name) as Localized<CollectionEntry<C>['data']> | undefined;
    if (known) return known;
    const entries = (data.lists.get(name) ?? []) as CollectionEntry<C>[];
    const sources = new Map(
      entries.filter((e) => e.data.locale === sourceLocale).map((e) => [e.id.slice(sourceLocale.length + 1), e.data]),
    );
    const sourceOf = (e: CollectionEntry<C>) => sources.get(e.id.slice(locale.length + 1)) as Record<string, unknown>;
    let own = entries.filter((e) => e.data.locale === locale);
    // A file that is the source's, entry for entry, is no translation: the source is shown, with the notice.
    const copy = (e: CollectionEntry<C>) =>
      entryTexts(e.data, NOT_PROSE).every(([field, text]) => sourceOf(e)?.[field] === text);
    if (locale !== sourceLocale && own.length > 0 && own.every(copy)) own = [];
    const itemsLocale = own.length > 0 ? locale : sourceLocale;
    const intlOf = (code: Locale) => (data.uiByLocale.get(code) as Ui).language.intl;
    const langs = { source: sourceLocale, target: locale };
    const items = (own.length > 0 ? own : entries.filter((e) => e.data.locale === sourceLocale))
      .map((e) => {
        const inSource =
          itemsLocale !== sourceLocale && untranslatedFields(e.data, sourceOf(e), NOT_PROSE, langs).length > 0;
        const lang = inSource ? sourceLocale : undefined;
        return { ...typesetStrings(e.data, intlOf(lang ?? itemsLocale)), lang };
      })
      .toSorted((a, b) => a.order - b.order);
    const result = { items, locale: itemsLocale };
    lists.set(name, result);
    return result;
  };

  const page = (name: string) => {
    const own = data.pages.find((p) => p.id === `${locale}/${name}`);
    const entry = own ?? data.pages.find((p) => p.id === `${sourceLocale}/${name}`);
    if (!entry) throw new Error(`content/${sourceLocale}/${name}.mdx is missing.`);
    return { entry, locale: own ? locale : sourceLocale };
  };

  /** Formats a figure in the locale of `inLocale` (defaults to the page's). */
  const fig = (id: string, options: FormatOptions = {}, usedIn?: string, inLocale: Locale = locale): string => {
    const target = uiOf(inLocale);
    return formatFigure(getFigure(data.figures, id, usedIn), target.language.intl, target.units, options);
  };

  /**
   * Replaces `{fig:ID}` placeholders in a text with formatted figures, then gives the whole text its
   * typography: a figure keeps the word that follows it ("$100,000 in twelve months").
   */
  const text = (value: string, usedIn?: string, inLocale: Locale = locale) =>
    typeset(
      fillFigures(value, (id) => fig(id, {}, usedIn, inLocale)),
      uiOf(inLocale).language.intl,
    );

  const sourceWords = list('sourceTexts');

  const translated = localesWithPage(data.pages, 'article');

  return {
    locale,
    ui,
    intl,
    /** The site's settings, the same in every language (`content/data/site.yaml`). */
    settings: data.settings,
    figures: data.figures as ReadonlyMap<string, Figure>,
    /** Every source with its title and notes in this locale (or the source locale's, until translated). */
    sources: readerSources(data.sources, sourceWords.items, sourceWords.locale),
    list,
    page,
    fig,
    text,
    /** What building a chart in this language reads (`buildChart` of `src/explainer/core/charts/registry.ts`). */
    charts: (): ChartInputs => {
      const words = list('charts');
      return {
        definitions: data.charts,
        figures: data.figures,
        words,
        text: (value, usedIn) => text(value, usedIn, words.locale),
      };
    },
    /** The languages the site is (at least partly) written in, with their names in their own language. */
    languages: locales.map((code) => ({
      code,
      name: uiOf(code).language.name,
      translated: translated.includes(code),
    })),
  };
}

export type LocaleData = Awaited<ReturnType<typeof getLocaleData>>;
