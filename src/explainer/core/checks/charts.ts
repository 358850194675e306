/**
 * Checks the charts: each definition of `content/data/charts.yaml` against the figures, and each
 * language's `charts.yaml` against the definitions (every label key, the mark text and the columns'
 * header that a chart needs), each problem at the file and line to open.
 */
import { unknownFigureMessage } from '../figures.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { ChartDefinition } from '../schemas/charts.ts';
import type { ContentEntry, LoadedContent } from '../schemas/content.ts';
import { CHARTS_FILE } from '../schemas/registry.ts';

/** The ids of the charts of `content/data/charts.yaml`, those with a definition that is not valid too. */
export function chartIdsOf(content: Pick<LoadedContent, 'data'>): string[] {
  return (content.data['chartDefinitions'] ?? []).map((entry) => entry.id);
}

/** The label keys a chart's words must have: its panels' titles, then its bars' names, each once. */
function labelKeys(chart: ChartDefinition): string[] {
  const keys = chart.panels.flatMap((panel) => [
    ...(panel.label === undefined ? [] : [panel.label]),
    ...panel.points.map((p) => p.label),
  ]);
  return [...new Set(keys)];
}

type Charted = Pick<LoadedContent, 'charts' | 'figures' | 'data' | 'lists' | 'sourceLocale'>;

const lineOf = (entry: ContentEntry, path: readonly PropertyKey[]) => entry.lineOf?.(path) ?? entry.line;

/** Every chart problem of the content: the definitions' figures, then each language's words. */
export function chartProblems(content: Charted): Problem[] {
  const words = Map.groupBy(content.lists['charts'] ?? [], (e) => String(e.data['locale']));
  const sourceWords = words.get(content.sourceLocale) ?? [];
  const sourceEntry = (id: string) => sourceWords.find((e) => e.id === `${content.sourceLocale}/${id}`);
  return [
    ...unknownPointFigures(content),
    ...chartsWithoutWords(content, sourceEntry),
    ...[...words].flatMap(([locale, entries]) =>
      entries.flatMap((entry) => chartWordsProblems(content, locale, entry, sourceEntry)),
    ),
  ];
}

/** Each point of a definition shows a figure of the data file. */
function unknownPointFigures(content: Charted): Problem[] {
  if (content.figures.size === 0) return [];
  const figureIds = [...content.figures.keys()];
  return (content.data['chartDefinitions'] ?? []).flatMap((entry) =>
    (content.charts.get(entry.id)?.panels ?? []).flatMap((panel, p) =>
      panel.points.flatMap((point, i): Problem[] =>
        content.figures.has(point.figure)
          ? []
          : [
              {
                file: CHARTS_FILE,
                line: lineOf(entry, ['panels', p, 'points', i, 'figure']),
                message: `chart "${entry.id}": ${unknownFigureMessage(point.figure, figureIds)}`,
                fix: 'use one of those ids, spelled exactly.',
              },
            ],
      ),
    ),
  );
}

/** The source language has words for every chart. */
function chartsWithoutWords(content: Charted, sourceEntry: (id: string) => ContentEntry | undefined): Problem[] {
  const definitions = content.data['chartDefinitions'] ?? [];
  return [...content.charts].flatMap(([id, chart]): Problem[] => {
    if (sourceEntry(id)) return [];
    const line = definitions.find((e) => e.id === id)?.line ?? 0;
    return [
      {
        file: `content/${content.sourceLocale}/charts.yaml`,
        message: `chart "${id}" (${CHARTS_FILE}:${line}) has no words.`,
        fix: `add "- id: ${id}" with its title, takeaway, unit, table and labels (${labelKeys(chart).join(', ')}).`,
      },
    ];
  });
}

/**
 * One entry of a language's `charts.yaml`: its id names a chart, and it has every label, the mark text
 * and the columns' header the chart needs, and no other label.
 */
function chartWordsProblems(
  content: Charted,
  locale: string,
  entry: ContentEntry,
  sourceEntry: (id: string) => ContentEntry | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const chartIds = chartIdsOf(content);
  const id = entry.id.slice(locale.length + 1);
  const chart = content.charts.get(id);
  const source = sourceEntry(id);
  const like = source && locale !== content.sourceLocale ? `, as in ${source.filePath}:${source.line}` : '';
  if (!chart) {
    // A translation's id that its source lacks is reported by the reference check, an invalid definition by the schema.
    if ((locale !== content.sourceLocale && !source) || chartIds.includes(id)) return [];
    const hint = suggest(id, chartIds);
    return [
      {
        file: entry.filePath,
        line: entry.line,
        message: `there is no chart "${id}" in ${CHARTS_FILE}.${hint ? ` Did you mean "${hint}"?` : ''}`,
        fix: `use the id of a chart listed there${chartIds.length > 0 ? ` (${chartIds.join(', ')})` : ''}, or add the chart's definition to ${CHARTS_FILE}.`,
      },
    ];
  }
  const at = (path: readonly PropertyKey[]) => ({ file: entry.filePath, line: lineOf(entry, path) });
  const chartName = `chart "${id}"`;
  const labels = entry.data['labels'];
  if (labels && typeof labels === 'object' && !Array.isArray(labels)) {
    const needed = labelKeys(chart);
    const have = Object.keys(labels);
    for (const key of needed.filter((k) => !have.includes(k))) {
      const uses = definitionLine(content, id, key);
      problems.push({
        ...at(['labels']),
        message: `${chartName} has no label "${key}" (${CHARTS_FILE}:${uses} uses it).`,
        fix: `add the line  ${key}: "…"  under "labels:"${like}.`,
      });
    }
    for (const key of have.filter((k) => !needed.includes(k))) {
      const hint = suggest(
        key,
        needed.filter((k) => !have.includes(k)),
      );
      problems.push({
        ...at(['labels', key]),
        message: `${chartName}: the label "${key}" is not used by the chart, whose keys are ${needed.join(', ')}.`,
        fix: `${hint ? `did you mean "${hint}"? ` : ''}correct the key, or delete the line.`,
      });
    }
  }
  const marked = chart.panels.some((panel) => panel.points.some((p) => p.mark));
  if (marked && entry.data['mark'] === undefined) {
    problems.push({
      ...at([]),
      message: `${chartName} marks a bar (${CHARTS_FILE}:${definitionLine(content, id)}) but has no "mark" text.`,
      fix: `add  mark: "…"  with the text written next to the marked bar${like}.`,
    });
  }
  const table = entry.data['table'];
  const columns = table && typeof table === 'object' ? (table as Record<string, unknown>)['columns'] : undefined;
  if (chart.panels.length > 1 && table && typeof table === 'object' && columns === undefined) {
    problems.push({
      ...at(['table']),
      message: `${chartName} is small multiples (${chart.panels.length} panels) but its table has no "columns" header.`,
      fix: `add  columns: "…"  under "table:", saying what the columns are${like}.`,
    });
  }
  return problems;
}

/**
 * The line of `content/data/charts.yaml` where chart `id` uses the label `key`, or with `key` undefined
 * where it marks a bar.
 */
function definitionLine(content: Pick<LoadedContent, 'charts' | 'data'>, id: string, key?: string): number {
  const entry = (content.data['chartDefinitions'] ?? []).find((e) => e.id === id);
  const chart = content.charts.get(id);
  if (!entry || !chart) return 0;
  for (const [p, panel] of chart.panels.entries()) {
    if (panel.label === key) return entry.lineOf?.(['panels', p, 'label']) ?? entry.line;
    for (const [i, point] of panel.points.entries()) {
      if (key === undefined ? point.mark : point.label === key)
        return entry.lineOf?.(['panels', p, 'points', i, key === undefined ? 'mark' : 'label']) ?? entry.line;
    }
  }
  return entry.line;
}
