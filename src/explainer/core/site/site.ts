/**
 * The site's data, made once from the loaded content: the languages, resolved figures, sources, charts and,
 * per language, the interface strings and the lists with the source-language fallback. The Astro pages
 * make it from the content collections (`src/explainer/astro/site.ts`), Node scripts and tests from the
 * content loader (`siteInputOf`): one code path for both.
 */
import type { z } from 'astro/zod';
import type { ChartInputs } from '../charts/registry.ts';
import { getFigure, type Figure } from '../figures.ts';
import { formatFigure, type FormatOptions } from '../format.ts';
import { entryTexts, untranslatedFields } from '../i18n/untranslated-blocks.ts';
import { isCode, type Locale, orderLocales } from '../locales.ts';
import { ProblemError } from '../problem.ts';
import { fillFigures } from '../placeholders.ts';
import type { ChartDefinition } from '../schemas/charts.ts';
import { codeFields } from '../schemas/common.ts';
import type { LoadedContent } from '../schemas/content.ts';
import { sourceSchema } from '../schemas/figures.ts';
import { type ListCollection, lists } from '../schemas/registry.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { Ui } from '../schemas/ui.ts';
import { readerSources, type SourceFacts } from '../sources.ts';
import { typeset, typesetStrings } from '../typography.ts';

/** Fields of list entries that a reader does not read: codes, and what the loader adds. */
const NOT_PROSE = new Set<string>([...codeFields, 'locale', 'order', 'intl']);

/** An entry of a language's list file, as checked against its schema. */
export interface ListEntry<C extends ListCollection> {
  id: string;
  data: z.output<(typeof lists)[C]['schema']>;
}

/** What the site is made from; `P` is a prose page as the caller holds it (a collection entry, say). */
export interface SiteInput<P extends { id: string }> {
  settings: SiteSettings;
  figures: ReadonlyMap<string, Figure>;
  sources: ReadonlyMap<string, SourceFacts>;
  /** In the order of the charts file, which the routes and the sitemap follow. */
  charts: ReadonlyMap<string, ChartDefinition>;
  /** Each language's interface strings, by its code. */
  ui: ReadonlyMap<string, Ui>;
  pages: readonly P[];
  lists: { readonly [C in ListCollection]: readonly ListEntry<C>[] };
}

export interface Localized<T> {
  /** Each with `lang` when it is still in the source language (marked on the page, its figures written so). */
  items: (T & { lang?: Locale | undefined })[];
  /** The locale the items are in: the page's own, or the source locale when not yet translated. */
  locale: Locale;
}

/** The site's data: made once, each language's part on first use. */
export function createSiteData<P extends { id: string }>(input: SiteInput<P>) {
  const sourceLocale = input.settings.source as Locale;
  const locales = orderLocales(input.ui.keys(), sourceLocale);
  const isLocale = (code: unknown): code is Locale => typeof code === 'string' && locales.some((l) => l === code);
  // Interface strings get the spaces their language's typography wants (« », French "Sources :").
  const uiByLocale = new Map(
    locales.flatMap((code) => {
      const ui = input.ui.get(code);
      return ui ? [[code, typesetStrings(ui, ui.language.intl)] as const] : [];
    }),
  );
  /** The languages that have their own `content/<locale>/<name>.mdx` (e.g. "article"), in the site's order. */
  const localesWithPage = (name: string): Locale[] =>
    locales.filter((locale) => input.pages.some((p) => p.id === `${locale}/${name}`));
  const site = { ...input, sourceLocale, locales, isLocale, uiByLocale, localesWithPage };
  const byLocale = new Map<Locale, LocaleData<P>>();
  const localeData = (locale: Locale): LocaleData<P> => {
    const known = byLocale.get(locale) ?? makeLocaleData(site, locale);
    byLocale.set(locale, known);
    return known;
  };
  let chartLocales: Locale[] | undefined;
  return {
    ...site,
    localeData,
    /** The locales with their own chart texts: an untranslated page links to the source language's files. */
    chartLocales: (): readonly Locale[] => {
      chartLocales ??= locales.filter((locale) => localeData(locale).list('charts').locale === locale);
      return chartLocales;
    },
  };
}

type SiteBase<P extends { id: string }> = SiteInput<P> & {
  sourceLocale: Locale;
  locales: readonly Locale[];
  uiByLocale: ReadonlyMap<Locale, Ui>;
  localesWithPage: (name: string) => Locale[];
};

export type SiteData<P extends { id: string }> = ReturnType<typeof createSiteData<P>>;

/** The interface strings of `code`; a language without valid ones cannot be shown. */
function uiOf(site: SiteBase<{ id: string }>, code: Locale): Ui {
  const ui = site.uiByLocale.get(code);
  if (!ui)
    throw new ProblemError({
      file: `content/${code}/ui.yaml`,
      message: 'the interface strings are missing or not valid.',
      fix: 'run npm run check, which names the problem.',
    });
  return ui;
}

/** A list in `locale`, or in the source language while not translated, each entry marked where it is not. */
function localizedList<C extends ListCollection>(
  site: SiteBase<{ id: string }>,
  locale: Locale,
  name: C,
): Localized<ListEntry<C>['data']> {
  const { sourceLocale } = site;
  const entries: readonly ListEntry<C>[] = site.lists[name];
  const sources = new Map(
    entries.filter((e) => e.data.locale === sourceLocale).map((e) => [e.id.slice(sourceLocale.length + 1), e.data]),
  );
  const sourceOf = (e: ListEntry<C>) => sources.get(e.id.slice(locale.length + 1)) as Record<string, unknown>;
  let own = entries.filter((e) => e.data.locale === locale);
  // A file that is the source's, entry for entry, is no translation: the source is shown, with the notice.
  const copy = (e: ListEntry<C>) =>
    entryTexts(e.data, NOT_PROSE).every(([field, text]) => sourceOf(e)?.[field] === text);
  if (locale !== sourceLocale && own.length > 0 && own.every(copy)) own = [];
  const itemsLocale = own.length > 0 ? locale : sourceLocale;
  const langs = { source: sourceLocale, target: locale };
  const items = (own.length > 0 ? own : entries.filter((e) => e.data.locale === sourceLocale))
    .map((e) => {
      const inSource =
        itemsLocale !== sourceLocale && untranslatedFields(e.data, sourceOf(e), NOT_PROSE, langs).length > 0;
      const lang = inSource ? sourceLocale : undefined;
      return { ...typesetStrings(e.data, uiOf(site, lang ?? itemsLocale).language.intl), lang };
    })
    .toSorted((a, b) => a.order - b.order);
  return { items, locale: itemsLocale };
}

/** Everything a page in `locale` needs, with helpers bound to that locale. */
function makeLocaleData<P extends { id: string }>(site: SiteBase<P>, locale: Locale) {
  const { sourceLocale } = site;
  const ui = uiOf(site, locale);
  const intl = ui.language.intl;

  const lists = new Map<ListCollection, unknown>();
  const list = <C extends ListCollection>(name: C): Localized<ListEntry<C>['data']> => {
    const known = lists.get(name) as Localized<ListEntry<C>['data']> | undefined;
    if (known) return known;
    const result = localizedList(site, locale, name);
    lists.set(name, result);
    return result;
  };

  const page = (name: string) => {
    const own = site.pages.find((p) => p.id === `${locale}/${name}`);
    const entry = own ?? site.pages.find((p) => p.id === `${sourceLocale}/${name}`);
    if (!entry)
      throw new ProblemError({
        file: `content/${sourceLocale}/${name}.mdx`,
        message: 'the page is missing.',
        fix: 'restore it from git; every language falls back to it.',
      });
    return { entry, locale: own ? locale : sourceLocale };
  };

  /** Formats a figure in the locale of `inLocale` (defaults to the page's). */
  const fig = (id: string, options: FormatOptions = {}, usedIn?: string, inLocale: Locale = locale): string => {
    const target = uiOf(site, inLocale);
    return formatFigure(getFigure(site.figures, id, usedIn), target.language.intl, target.units, options);
  };

  /**
   * Replaces `{fig:ID}` placeholders in a text with formatted figures, then gives the whole text its
   * typography: a figure keeps the word that follows it ("$100,000 in twelve months").
   */
  const text = (value: string, usedIn?: string, inLocale: Locale = locale) =>
    typeset(
      fillFigures(value, (id) => fig(id, {}, usedIn, inLocale)),
      uiOf(site, inLocale).language.intl,
    );

  const sourceWords = list('sourceTexts');
  const translated = site.localesWithPage('article');

  return {
    locale,
    ui,
    intl,
    /** The site's settings, the same in every language (`content/data/site.yaml`). */
    settings: site.settings,
    figures: site.figures,
    /** Every source with its title and notes in this locale (or the source locale's, until translated). */
    sources: readerSources(site.sources, sourceWords.items, sourceWords.locale),
    list,
    page,
    fig,
    text,
    /** What building a chart in this language reads (`buildChart` of `src/explainer/core/charts/registry.ts`). */
    charts: (): ChartInputs => {
      const words = list('charts');
      return {
        definitions: site.charts,
        figures: site.figures,
        words,
        text: (value, usedIn) => text(value, usedIn, words.locale),
      };
    },
    /** The languages the site is (at least partly) written in, with their names in their own language. */
    languages: site.locales.map((code) => ({
      code,
      name: uiOf(site, code).language.name,
      translated: translated.includes(code),
    })),
  };
}

export type LocaleData<P extends { id: string }> = ReturnType<typeof makeLocaleData<P>>;

/**
 * The site's input from content loaded in Node (`loadContent`): what the collections hold in a build.
 * Undefined when the settings did not load (the check names the problem).
 */
export function siteInputOf(content: LoadedContent): SiteInput<LoadedContent['pages'][number]> | undefined {
  if (!content.settings) return undefined;
  const listsOf = <C extends ListCollection>(name: C): ListEntry<C>[] =>
    (content.lists[name] ?? []).map((entry) => ({
      id: entry.id,
      data: lists[name].schema.parse(entry.data) as ListEntry<C>['data'],
    }));
  const ui = new Map(
    [...content.ui].flatMap(([code, entry]) => (entry.data && isCode(code) ? [[code, entry.data]] : [])),
  );
  return {
    settings: content.settings,
    figures: content.figures,
    sources: new Map([...content.sources].map(([id, source]) => [id, sourceSchema.parse(source)])),
    charts: content.charts,
    ui,
    pages: content.pages,
    lists: {
      keyFigures: listsOf('keyFigures'),
      claims: listsOf('claims'),
      timeline: listsOf('timeline'),
      glossary: listsOf('glossary'),
      charts: listsOf('charts'),
      sourceTexts: listsOf('sourceTexts'),
    },
  };
}
