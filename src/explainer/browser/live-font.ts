/**
 * The charts' font in the browser (`font.ts`), self-hosted: the live chart is set in the same letters as
 * the image it replaces, so labels and bars stay where the image had them. Only the subsets the chart's
 * text needs are fetched (each face has its unicode range), once the reader uses a chart. If the font
 * cannot load, the chart is drawn in the page's own font.
 */
import latin400 from '@fontsource/roboto/files/roboto-latin-400-normal.woff2?url';
import latin700 from '@fontsource/roboto/files/roboto-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/roboto/files/roboto-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/roboto/files/roboto-latin-ext-700-normal.woff2?url';
import { type ChartSubset, chartWeights, unicodeRange } from '../core/charts/font.ts';

/** Not the font's own name, so that the page's text, which may name Roboto, is left to the system's. */
const family = 'Chart Roboto';
const files: Record<ChartSubset, Record<(typeof chartWeights)[number], string>> = {
  latin: { 400: latin400, 700: latin700 },
  'latin-ext': { 400: latinExt400, 700: latinExt700 },
};

let added = false;

/** The font family to draw `text` in: the charts' font once loaded, else `fallback`. */
export async function chartFont(text: string, fallback: string): Promise<string> {
  if (!added) {
    added = true;
    for (const [subset, weights] of Object.entries(files) as [ChartSubset, Record<number, string>][])
      for (const [weight, url] of Object.entries(weights))
        document.fonts.add(
          new FontFace(family, `url(${url}) format('woff2')`, { weight, unicodeRange: unicodeRange(subset) }),
        );
  }
  try {
    await Promise.all(chartWeights.map((weight) => document.fonts.load(`${weight} 12px '${family}'`, text)));
    return `'${family}', ${fallback}`;
  } catch {
    return fallback;
  }
}
