/**
 * For the unit tests: the site's real content read straight from the YAML files, shaped like the part of
 * `LocaleData` the chart code uses (no Astro runtime needed).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadContent } from '../content/load.ts';
import type { LocaleData } from '../data/site.ts';
import { resolveFigures, type FigureInput } from '../lib/figures.ts';
import { formatFigure, type UnitPatterns } from '../lib/format.ts';
import { fillFigures } from '../lib/placeholders.ts';

const root = process.cwd();
const { content } = loadContent({ root });
const data = (key: string) => (content.data[key] ?? []).map((entry) => entry.data);
export const figures = resolveFigures(data('figures') as unknown as FigureInput[]);
const sources = new Map(data('sources').map((s) => [String(s['id']), s]));

/** The chart-relevant part of a locale's data; `charts` replaces the entries of its `charts.yaml`. */
export function localeData(locale: string, charts?: Record<string, unknown>[]): LocaleData {
  const ui = parse(readFileSync(`${root}/content/${locale}/ui.yaml`, 'utf8')) as {
    language: { intl: string };
    units: UnitPatterns;
  };
  const items = charts ?? chartsOf(locale);
  const fig = (id: string) => {
    const figure = figures.get(id);
    if (!figure) throw new Error(`unknown figure "${id}"`);
    return formatFigure(figure, ui.language.intl, ui.units);
  };
  return {
    locale,
    ui,
    intl: ui.language.intl,
    figures,
    sources,
    list: () => ({ items, locale }),
    text: (value: string) => fillFigures(value, fig),
  } as unknown as LocaleData;
}

/** The entries of `content/<locale>/charts.yaml`, as the content loader reads them. */
export function chartsOf(locale: string): Record<string, unknown>[] {
  return (content.lists['charts'] ?? []).filter((entry) => entry.data['locale'] === locale).map((entry) => entry.data);
}
