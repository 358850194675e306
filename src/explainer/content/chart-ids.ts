/**
 * The ids of the charts of `content/data/charts.yaml`, in the file's order, for Node scripts and the
 * browser tests (the build's routes read them from the content collections).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from './load.ts';
import { locales } from './locales.ts';

/** The chart ids of the project at `root`, read by the content loader. */
function chartIdsIn(root: string): string[] {
  return [...loadContent({ root }).content.charts.keys()];
}

/** The chart ids of the project the script runs in (the working directory). */
export const chartIds: readonly string[] = chartIdsIn(process.cwd());

/**
 * The languages with their own chart pages and files (`<locale>/charts/<id>/`): those with a `charts.yaml`.
 * A language still without one shows the source language's charts, and links to their pages.
 */
export const chartPageLocales: readonly string[] = locales.filter((locale) =>
  existsSync(join(process.cwd(), 'content', locale, 'charts.yaml')),
);
