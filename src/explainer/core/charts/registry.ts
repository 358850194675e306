/**
 * Builds a chart for a page: its definition (`content/data/charts.yaml`: the figures it shows, in panels)
 * with its words in one language (`content/<locale>/charts.yaml`). The content check has already named
 * any missing word or unknown figure with its line; a builder still fails loudly, naming the file, the
 * chart and the key, if it is reached with content the check did not see.
 */
import { type Problem, ProblemError } from '../problem.ts';
import { CHARTS_FILE, DATA_FILE } from '../schemas/registry.ts';
import type { Figure } from '../figures.ts';
import { suggest } from '../suggest.ts';
import type { ChartDefinition, ChartText } from '../schemas/charts.ts';
import type { ChartModel } from './types.ts';

export type { ChartModel, ChartPanel, ChartPoint } from './types.ts';

/** An id of a chart of `content/data/charts.yaml`, as checked by `isChartId`. */
export type ChartId = string & { readonly __brand: 'ChartId' };

/** What building a chart in one language reads. */
export interface ChartInputs {
  /** The charts of `content/data/charts.yaml`, by id, in the file's order. */
  definitions: ReadonlyMap<string, ChartDefinition>;
  figures: ReadonlyMap<string, Figure>;
  /** The entries of a `charts.yaml`: the page's language's, or the source language's until it is translated. */
  words: { items: readonly ChartText[]; locale: string };
  /** Fills a text's `{fig:ID}` placeholders in the words' language; `usedIn` names the text in errors. */
  text: (value: string, usedIn: string) => string;
}

/** A chart that cannot be built from the content: the problem names the file and the fix. */
export class ChartError extends ProblemError {
  override name = 'ChartError';
}

/** Whether `id` names a chart of `definitions`. */
function isChartId(id: string, definitions: ReadonlyMap<string, ChartDefinition>): id is ChartId {
  return definitions.has(id);
}

/**
 * Builds chart `id` in the words' language. `usedIn` names the file that asked for it, for the error
 * when the id is unknown.
 */
export function buildChart(id: string, inputs: ChartInputs, usedIn: string): ChartModel {
  const { definitions, words } = inputs;
  if (!isChartId(id, definitions)) {
    const known = [...definitions.keys()];
    const hint = suggest(id, known);
    throw new ChartError({
      file: usedIn,
      message: `unknown chart id "${id}".${hint ? ` Did you mean "${hint}"?` : ''} Known chart ids: ${known.join(', ')}.`,
      fix: `use one of them, or add the chart to ${CHARTS_FILE}.`,
    });
  }
  const def =
    definitions.get(id) ??
    fail({ file: CHARTS_FILE, message: `chart "${id}" is missing.`, fix: `add "- id: ${id}" with its panels.` });
  const file = `content/${words.locale}/charts.yaml`;
  const at = `chart "${id}"`;
  const where = `${file} (${at})`;
  const entry = chartWords(id, def, words.items, file);
  const text = (value: string) => inputs.text(value, where);
  const label = (key: string) => {
    const value = entry.labels[key];
    if (value === undefined)
      throw new ChartError({
        file,
        at,
        message: `"labels.${key}" is missing.`,
        fix: `add "${key}: …" under "labels:".`,
      });
    return text(value);
  };

  const panels = def.panels.map((panel) => ({
    key: panel.label,
    title: panel.label === undefined ? undefined : label(panel.label),
    points: panel.points.map((p) => ({
      key: p.label,
      label: label(p.label),
      figure:
        inputs.figures.get(p.figure) ??
        fail({
          file: CHARTS_FILE,
          at,
          message: `unknown figure id "${p.figure}".`,
          fix: `use one of the ids of ${DATA_FILE}.`,
        }),
      tone: p.tone,
      mark: p.mark,
      reference: p.reference,
    })),
  }));

  return {
    id,
    locale: words.locale,
    file,
    text: {
      title: text(entry.title),
      takeaway: text(entry.takeaway),
      unit: text(entry.unit),
      rows: text(entry.table.rows),
      columns: entry.table.columns === undefined ? undefined : text(entry.table.columns),
      values: text(entry.table.values),
      mark: entry.mark === undefined ? undefined : text(entry.mark),
    },
    panels,
    sources: [...new Set(panels.flatMap((p) => p.points.flatMap((pt) => pt.figure.sources)))],
  };
}

function fail(problem: Problem): never {
  throw new ChartError(problem);
}

/** The words of chart `id` in `file`, with what its definition needs of them; throws naming what is missing. */
function chartWords(id: string, def: ChartDefinition, items: readonly ChartText[], file: string): ChartText {
  const at = `chart "${id}"`;
  const entry = items.find((c) => c.id === id);
  if (!entry)
    throw new ChartError({
      file,
      message: `chart "${id}" has no entry.`,
      fix: `add "- id: ${id}" with its title, takeaway, unit, table and labels.`,
    });

  if (def.panels.length > 1 && entry.table.columns === undefined) {
    throw new ChartError({
      file,
      at,
      message: `"table.columns" is missing.`,
      fix: 'a chart of small multiples needs a header for its columns.',
    });
  }
  const marked = def.panels.some((p) => p.points.some((pt) => pt.mark));
  if (marked && entry.mark === undefined) {
    throw new ChartError({
      file,
      at,
      message: '"mark" is missing.',
      fix: 'add the text drawn next to the marked bar.',
    });
  }

  return entry;
}
