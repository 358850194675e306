/**
 * For the unit tests: what building a chart reads (`ChartInputs`), from content loaded by the real
 * loader, in one language, as `src/explainer/astro/site.ts` gives it to the pages (no Astro runtime needed).
 */
import type { LoadedContent } from '../schemas/content.ts';
import { formatFigure } from '../format.ts';
import { readerSources, type ReaderSource } from '../sources.ts';
import { fillFigures } from '../placeholders.ts';
import { typeset } from '../typography.ts';
import { chartTextSchema, type ChartText } from '../schemas/charts.ts';
import { sourceTextSchema } from '../schemas/explainer.ts';
import { sourceSchema } from '../schemas/figures.ts';
import { toDrawing } from './drawing.ts';
import { isFirstFontOnly } from './font.ts';
import { valueFormatOf } from './format-value.ts';
import { buildChart, type ChartInputs } from './registry.ts';
import type { Drawing } from './types.ts';

/** The entries of `content/<locale>/charts.yaml`, as the loader read and checked them. */
export function chartWords(content: LoadedContent, locale: string): ChartText[] {
  return (content.lists['charts'] ?? [])
    .filter((entry) => entry.data['locale'] === locale)
    .map((entry) => chartTextSchema.parse(entry.data));
}

/** The inputs of a chart in `locale`; `words` replaces the entries of its `charts.yaml`. */
export function chartInputs(content: LoadedContent, locale: string, words = chartWords(content, locale)): ChartInputs {
  const ui = content.ui.get(locale)?.data;
  if (!ui) throw new Error(`content/${locale}/ui.yaml did not load.`);
  const fig = (id: string) => {
    const figure = content.figures.get(id);
    if (!figure) throw new Error(`unknown figure "${id}"`);
    return formatFigure(figure, ui.language.intl, ui.units);
  };
  return {
    definitions: content.charts,
    figures: content.figures,
    words: { items: words, locale },
    text: (value) => typeset(fillFigures(value, fig), ui.language.intl),
  };
}

/** Every source as a reader of `locale` sees it (its words from `content/<locale>/sources.yaml`). */
export function sourcesFor(content: LoadedContent, locale: string): Map<string, ReaderSource> {
  const facts = new Map([...content.sources].map(([id, source]) => [id, sourceSchema.parse(source)]));
  const words = (content.lists['sourceTexts'] ?? [])
    .filter((entry) => entry.data['locale'] === locale)
    .map((entry) => ({ ...sourceTextSchema.parse(entry.data), id: entry.id.slice(locale.length + 1) }));
  return readerSources(facts, words, locale);
}

/** Chart `id`'s drawing in `locale`, as `localeChart` makes it for the pages. */
export function drawingOf(content: LoadedContent, locale: string, id: string): Drawing {
  const ui = content.ui.get(locale)?.data;
  if (!ui) throw new Error(`content/${locale}/ui.yaml did not load.`);
  const model = buildChart(id, chartInputs(content, locale), 'test');
  return toDrawing(model, valueFormatOf(ui));
}

/** The first translation whose chart words are all in the first chart font's letters (Latin). */
export function latinTranslation(content: LoadedContent): string {
  const found = content.locales.find(
    (locale) =>
      locale !== content.sourceLocale &&
      chartWords(content, locale).every((words) => isFirstFontOnly(JSON.stringify(words))),
  );
  if (!found) throw new Error('The story has no translation in Latin letters.');
  return found;
}
