/**
 * The charts' fonts in the browser (`font.ts`), self-hosted: the live chart is set in the same letters
 * as the image it replaces, so labels and bars stay where the image had them. Roboto's subsets are
 * always declared; the faces of the other fonts a chart's words need (Arabic, Japanese) come with the
 * figure (`data-fonts`, written by `ChartFigure.astro`), each with the characters it alone sets. Every
 * face has its unicode range, so the browser fetches only the files the chart's text needs, once the
 * reader uses a chart. If a font cannot load, the chart is drawn in the page's own font.
 */
import type { LiveFace } from '../core/charts/types.ts';
import latin400 from '@fontsource/roboto/files/roboto-latin-400-normal.woff2?url';
import latin700 from '@fontsource/roboto/files/roboto-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/roboto/files/roboto-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/roboto/files/roboto-latin-ext-700-normal.woff2?url';
import unicode from '@fontsource/roboto/unicode.json' with { type: 'json' };

/** Not a font's own name, so that the page's text, which may name Roboto, is left to the system's. */
const family = 'Chart Roboto';
const weights = [400, 700] as const;

const roboto: LiveFace[] = [
  { url: latin400, weight: 400, range: unicode.latin },
  { url: latin700, weight: 700, range: unicode.latin },
  { url: latinExt400, weight: 400, range: unicode['latin-ext'] },
  { url: latinExt700, weight: 700, range: unicode['latin-ext'] },
];

/** The faces of a figure's `data-fonts`; none if absent or not a list of faces. */
export function readFaces(json: string | undefined): LiveFace[] {
  if (!json) return [];
  const list: unknown = JSON.parse(json);
  if (!Array.isArray(list)) return [];
  return list.filter(
    (face): face is LiveFace =>
      typeof face?.url === 'string' && typeof face?.weight === 'number' && typeof face?.range === 'string',
  );
}

const added = new Set<string>();

/** The font family to draw `text` in: the charts' fonts once loaded, else `fallback`. */
export async function chartFont(text: string, fallback: string, faces: LiveFace[] = []): Promise<string> {
  for (const face of [...roboto, ...faces]) {
    if (added.has(`${face.url} ${face.weight}`)) continue;
    added.add(`${face.url} ${face.weight}`);
    document.fonts.add(
      new FontFace(family, `url(${face.url}) format('woff2')`, {
        weight: String(face.weight),
        unicodeRange: face.range,
      }),
    );
  }
  try {
    await Promise.all(weights.map((weight) => document.fonts.load(`${weight} 12px '${family}'`, text)));
    return `'${family}', ${fallback}`;
  } catch {
    return fallback;
  }
}
