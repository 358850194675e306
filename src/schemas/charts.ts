import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/**
 * The words of one chart (`content/<locale>/charts.yaml`). The data come from the data file through the
 * chart registry; this file holds only what a reader reads. Which `labels` a chart needs is decided by
 * its builder in `src/charts/registry.ts`, which names any missing key.
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
  /** Names of the chart's categories and panels, by the keys its builder uses. */
  labels: z.record(idSchema, textSchema),
  /** The text drawn next to the marked bar, e.g. "The article’s quarter". */
  mark: textSchema.optional(),
});

export type ChartText = z.infer<typeof chartTextSchema>;
