/**
 * The chart registry: for each chart id, the figures it shows and how they are grouped. Builders read
 * the data file and the locale's `charts.yaml` and fail loudly, naming the file, the chart and the key.
 */
import type { LocaleData } from '../data/site.ts';
import type { ChartText } from '../schemas/charts.ts';
import type { ChartModel, Tone } from './types.ts';

export type { ChartModel, ChartPanel, ChartPoint } from './types.ts';

interface PointDef {
  /** The key of the point's label in `charts.yaml` (`labels:`). */
  key: string;
  figure: string;
  tone?: Tone;
  mark?: boolean;
  reference?: boolean;
}

interface PanelDef {
  /** The key of the panel's title in `charts.yaml`; only small multiples have panels with titles. */
  key?: string;
  points: PointDef[];
}

/** A chart: one panel, or small multiples (each panel its own scale, all with the same point keys). */
export interface ChartDef {
  panels: PanelDef[];
}

const quarters = [
  'q1-fy2020',
  'q2-fy2020',
  'q3-fy2020',
  'q4-fy2020',
  'q1-fy2021',
  'q2-fy2021',
  'q3-fy2021',
  'q4-fy2021',
];

/** A year before against the quarter, for one metric: `<metric>-q1-fy2020` and `<metric>-q1-fy2021`. */
const yearOnYear = (key: string, metric = key): PanelDef => ({
  key,
  points: [
    { key: 'q1-fy2020', figure: `${metric}-q1-fy2020` },
    { key: 'q1-fy2021', figure: `${metric}-q1-fy2021`, tone: 'accent' },
  ],
});

export const registry = {
  'quarterly-revenue': {
    panels: [
      {
        points: quarters.map((q) => ({
          key: q,
          figure: `revenue-${q}`,
          ...(q === 'q1-fy2021' ? { tone: 'accent', mark: true } : {}),
        })),
      },
    ],
  },
  'year-on-year': {
    panels: [yearOnYear('revenue'), yearOnYear('operating-income'), yearOnYear('non-gaap-net-income')],
  },
  'adjusted-eps': {
    panels: [
      {
        points: [
          { key: 'q1-fy2020', figure: 'adjusted-eps-q1-fy2020' },
          { key: 'guidance', figure: 'adjusted-eps-guidance-q1-fy2021' },
          { key: 'consensus', figure: 'adjusted-eps-consensus-q1-fy2021' },
          { key: 'result', figure: 'adjusted-eps-q1-fy2021', tone: 'accent', mark: true },
        ],
      },
    ],
  },
  'fy2021-guidance': {
    panels: [
      {
        points: [
          { key: 'mar-2020', figure: 'fy2021-guidance-2020-03' },
          { key: 'jun-2020', figure: 'fy2021-guidance-2020-06' },
          { key: 'aug-2020', figure: 'fy2021-guidance-2020-08' },
          { key: 'nov-2020', figure: 'fy2021-guidance-2020-11' },
          { key: 'actual', figure: 'revenue-fy2021', tone: 'accent', reference: true },
        ],
      },
    ],
  },
  participants: {
    panels: [
      {
        points: [
          { key: 'dec-2019', figure: 'participants-2019-12' },
          { key: 'mar-2020', figure: 'participants-2020-03' },
          { key: 'apr-2020', figure: 'participants-2020-04', tone: 'accent' },
        ],
      },
    ],
  },
  customers: {
    panels: [
      yearOnYear('over-10-employees', 'customers-over-10-employees'),
      yearOnYear('over-100k', 'customers-over-100k'),
    ],
  },
} satisfies Record<string, ChartDef>;

/** The charts that prose can place with `<Chart id="…" />`: a chart is added by adding its entry above. */
export type ChartId = keyof typeof registry;
export const chartIds = Object.keys(registry) as ChartId[];

export class ChartError extends Error {
  override name = 'ChartError';
}

/** Whether `id` names a chart of the registry. */
export function isChartId(id: string): id is ChartId {
  return (chartIds as readonly string[]).includes(id);
}

/**
 * Builds chart `id` for a page in `data.locale`. `usedIn` names the file that asked for it, for the
 * error when the id is unknown.
 */
export function buildChart(id: string, data: LocaleData, usedIn: string): ChartModel {
  if (!isChartId(id)) {
    throw new ChartError(
      `${usedIn}: unknown chart id "${id}". Known chart ids: ${chartIds.join(', ')}. Fix: use one of them, or add a builder in src/charts/registry.ts.`,
    );
  }
  const def: ChartDef = registry[id];
  const { items, locale } = data.list('charts');
  const file = `content/${locale}/charts.yaml`;
  const entry: ChartText | undefined = items.find((c) => c.id === id);
  if (!entry)
    throw new ChartError(
      `${file}: chart "${id}" has no entry. Fix: add "- id: ${id}" with its title, takeaway, unit, table and labels.`,
    );

  const where = `${file} (chart "${id}")`;
  const text = (value: string) => data.text(value, where, locale);
  const label = (key: string) => {
    const value = entry.labels[key];
    if (value === undefined)
      throw new ChartError(`${where}: "labels.${key}" is missing. Fix: add "${key}: …" under "labels:".`);
    return text(value);
  };
  const multiples = def.panels.length > 1;
  if (multiples && entry.table.columns === undefined) {
    throw new ChartError(
      `${where}: "table.columns" is missing. Fix: a chart of small multiples needs a header for its columns.`,
    );
  }
  const marked = def.panels.some((p) => p.points.some((pt) => pt.mark));
  if (marked && entry.mark === undefined) {
    throw new ChartError(`${where}: "mark" is missing. Fix: add the text drawn next to the marked bar.`);
  }

  const panels = def.panels.map((panel) => ({
    key: panel.key,
    title: panel.key === undefined ? undefined : label(panel.key),
    points: panel.points.map((p) => ({
      key: p.key,
      label: label(p.key),
      figure:
        data.figures.get(p.figure) ??
        fail(
          `src/charts/registry.ts (chart "${id}"): unknown figure id "${p.figure}". Figure ids are listed in content/data/figures.yaml.`,
        ),
      tone: p.tone ?? 'base',
      mark: p.mark ?? false,
      reference: p.reference ?? false,
    })),
  }));
  const keys = (p: (typeof panels)[number]) => p.points.map((pt) => pt.key).join();
  if (panels.some((p) => keys(p) !== keys(panels[0] as (typeof panels)[number]))) {
    fail(`src/charts/registry.ts (chart "${id}"): small multiples must have the same points in every panel.`);
  }

  return {
    id,
    locale,
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

function fail(message: string): never {
  throw new ChartError(message);
}
