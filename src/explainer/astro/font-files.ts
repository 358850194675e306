/**
 * The files of the charts' fonts other than the first (`font.ts`) that the site's charts need, written
 * at `chart-fonts/<file>.woff2` (`src/pages/chart-fonts/`): only the subsets some chart's words use, so
 * that a site in Latin letters ships none, and a Japanese one only the few of the font's 120 subsets
 * its charts set. Roboto comes with the live chart's script (`live-font.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getSiteData } from './site.ts';
import { withBase } from '../core/paths.ts';
import { drawingText } from '../core/charts/drawing-text.ts';
import { type ChartFace, chartFonts, chartWeights, cssRange, facesFor, faceFile } from '../core/charts/font.ts';
import { localeChart } from './locale-drawing.ts';
import type { Drawing, LiveFace } from '../core/charts/types.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const folder = 'chart-fonts';

/** The faces of a drawing that are not the first font's. */
const extraFaces = (drawing: Drawing): ChartFace[] =>
  facesFor(drawingText(drawing)).filter((face) => face.font !== chartFonts[0]);

/** What the live chart of `drawing` declares besides Roboto: each file, weight and characters. */
export function liveFaces(drawing: Drawing): LiveFace[] {
  return extraFaces(drawing).flatMap((face) =>
    chartWeights.map((weight) => ({
      url: withBase(`${folder}/${faceFile(face, weight)}`),
      weight,
      range: cssRange(face),
    })),
  );
}

/** Every font file the site's charts need, by its name without `.woff2`, with its path on disk. */
export async function fontFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const site = await getSiteData();
  for (const locale of site.chartLocales()) {
    const data = site.localeData(locale);
    for (const id of site.charts.keys())
      for (const face of extraFaces(localeChart(id, data, `src/pages/${folder}/`).drawing))
        for (const weight of chartWeights) {
          const file = faceFile(face, weight);
          files.set(file.replace(/\.woff2$/, ''), require.resolve(`${face.font.package}/files/${file}`));
        }
  }
  return files;
}

export const readFont = (path: string) => new Uint8Array(readFileSync(path));
