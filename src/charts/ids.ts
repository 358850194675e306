/**
 * The ids of the charts of `content/data/charts.yaml`, in the file's order, for Node scripts and the
 * browser tests (the build's routes read them from the content collections).
 */
import { loadContent } from '../content/load.ts';

/** The chart ids of the project at `root`, read by the content loader. */
export function chartIdsIn(root: string): string[] {
  return [...loadContent({ root }).content.charts.keys()];
}

/** The chart ids of the project the script runs in (the working directory). */
export const chartIds: readonly string[] = chartIdsIn(process.cwd());
