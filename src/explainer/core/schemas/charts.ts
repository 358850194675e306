import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** How a bar is drawn: in the chart's base colour, or highlighted. */
export const tones = ['base', 'accent'] as const;

/** A bar: the figure it shows and the key of its name under `labels:` in each `charts.yaml`. */
const pointSchema = z.strictObject({
  label: idSchema,
  figure: idSchema,
  tone: z.enum(tones).default('base'),
  /** The chart's `mark` text is written next to this bar. */
  mark: z.boolean().default(false),
  /** A dashed line is drawn across the panel at this bar's value. */
  reference: z.boolean().default(false),
});

/** A panel: its bars, and for small multiples the key of its title under `labels:`. */
const panelSchema = z.strictObject({
  label: idSchema.optional(),
  points: z.array(pointSchema).min(1, 'a panel needs at least one point'),
});

/**
 * A chart (`content/data/charts.yaml`): the figures it shows, in one panel or in small multiples (each
 * panel its own scale, every panel with the same points, each with a title).
 */
export const chartSchema = z
  .strictObject({
    id: idSchema,
    /** The chart's place in the file, added by the loader: routes and lists follow it. */
    order: z.int(),
    panels: z.array(panelSchema).min(1, 'a chart needs at least one panel'),
  })
  .superRefine((chart, ctx) => {
    if (chart.panels.length < 2) return;
    const [first] = chart.panels;
    const keys = (panel: (typeof chart.panels)[number]) => panel.points.map((p) => p.label).join(', ');
    for (const [index, panel] of chart.panels.entries()) {
      if (panel.label === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['panels', index, 'label'],
          message: 'each panel of small multiples needs a "label", the key of its title',
        });
      if (first && keys(panel) !== keys(first))
        ctx.addIssue({
          code: 'custom',
          path: ['panels', index, 'points'],
          message: `small multiples have the same points in every panel: the first panel has ${keys(first)}, this one ${keys(panel)}`,
        });
    }
  });

export type ChartDefinition = z.infer<typeof chartSchema>;

/**
 * The words of one chart (`content/<locale>/charts.yaml`). The data come from the data file through the
 * chart's definition in `content/data/charts.yaml`; this file holds only what a reader reads. Which
 * `labels` a chart needs is decided by its definition; the content check names any missing key.
 */
export const chartTextSchema = z.strictObject({
  id: idSchema,
  locale: z.string(),
  order: z.int(),
  title: textSchema,
  /** One sentence: what the chart shows. `{fig:ID}` placeholders are filled from the data file. */
  takeaway: textSchema,
  /** The unit of the values, shown above the plot and in the CSV header: "millions of dollars". */
  unit: textSchema,
  /**
   * Headers of the table and the CSV: what the rows are ("Quarter"), what the values are ("Revenue") and,
   * for small multiples (one row per panel), what the columns are.
   */
  table: z.strictObject({ rows: textSchema, columns: textSchema.optional(), values: textSchema }),
  /** Names of the chart's bars and panels, by the keys its definition uses. */
  labels: z.record(idSchema, textSchema),
  /** The text drawn next to the marked bar, e.g. "The article’s quarter". */
  mark: textSchema.optional(),
});

export type ChartText = z.infer<typeof chartTextSchema>;
