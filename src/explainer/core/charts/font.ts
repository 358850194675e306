/**
 * The charts' fonts, one list for the images drawn at build time and for the live chart, each from its
 * @fontsource package, self-hosted: Roboto for Latin, then Noto Sans Arabic and Noto Sans JP. Each
 * letter is set in the first font of the list whose subsets cover it (their `unicode.json`); a chart's
 * text that no font covers stops the build rather than fall back to whatever font the machine has.
 * A font whose letters join and reorder (`shaped`, Arabic) is drawn a whole text at a time, as the
 * canvas shapes it; the others a letter at a time.
 */
import arabic from '@fontsource/noto-sans-arabic/unicode.json' with { type: 'json' };
import japanese from '@fontsource/noto-sans-jp/unicode.json' with { type: 'json' };
import roboto from '@fontsource/roboto/unicode.json' with { type: 'json' };

export interface ChartFont {
  /** The family's name, as the build's canvas knows it. */
  family: string;
  /** The @fontsource package, whose `files/` hold `<file>-<subset>-<weight>-normal.woff2`. */
  package: string;
  file: string;
  /** Each subset used, by its name in the file names, with its characters as CSS writes them. */
  subsets: Record<string, string>;
  /** Letters join and reorder: a text is drawn whole, as the canvas shapes it. */
  shaped: boolean;
}

const only = (ranges: Record<string, string>, keep: (name: string) => boolean) =>
  Object.fromEntries(
    Object.entries(ranges)
      .filter(([name]) => keep(name))
      .map(([name, range]) => [name.replace(/^\[(\d+)\]$/, '$1'), range]),
  );

export const chartFonts: readonly ChartFont[] = [
  {
    family: 'Roboto',
    package: '@fontsource/roboto',
    file: 'roboto',
    subsets: only(roboto, (name) => name === 'latin' || name === 'latin-ext'),
    shaped: false,
  },
  {
    family: 'Noto Sans Arabic',
    package: '@fontsource/noto-sans-arabic',
    file: 'noto-sans-arabic',
    subsets: only(arabic, (name) => name === 'arabic'),
    shaped: true,
  },
  {
    family: 'Noto Sans JP',
    package: '@fontsource/noto-sans-jp',
    file: 'noto-sans-jp',
    // The numbered subsets hold the kana and the kanji; Latin is Roboto's.
    subsets: only(japanese, (name) => /^\[\d+\]$/.test(name)),
    shaped: false,
  },
];

export const chartWeights = [400, 700] as const;
export type ChartWeight = (typeof chartWeights)[number];

/** The first font: the family of every chart whose words it covers alone. */
export const chartFamily = 'Roboto';
export const chartSubsets = ['latin', 'latin-ext'] as const;
export type ChartSubset = (typeof chartSubsets)[number];

/** A subset of the first font as CSS writes it: `U+0000-00FF,U+0131,…`. */
export const unicodeRange = (subset: ChartSubset): string => roboto[subset];

type Range = readonly [number, number];

const parse = (css: string): Range[] =>
  css.split(',').map((range) => {
    const [from = '0', to = from] = range.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
  });

/** `ranges` less every code point of `taken`. */
function without(ranges: Range[], taken: Range[]): Range[] {
  let left = ranges;
  for (const [from, to] of taken)
    left = left.flatMap(([a, b]): Range[] =>
      to < a || b < from
        ? [[a, b]]
        : [...(a < from ? [[a, from - 1] as const] : []), ...(to < b ? [[to + 1, b] as const] : [])],
    );
  return left;
}

const hex = (n: number) => n.toString(16).toUpperCase();

/** One file of a font: a subset in one weight, with the characters it is used for. */
export interface ChartFace {
  font: ChartFont;
  subset: string;
  /** The characters this face sets: its subset's, less those of the fonts before it in the list. */
  ranges: Range[];
}

/** Every subset of every font, each with only the characters no earlier font covers. */
export const chartFaces: readonly ChartFace[] = (() => {
  const taken: Range[] = [];
  const faces: ChartFace[] = [];
  for (const font of chartFonts) {
    const own = Object.values(font.subsets).flatMap(parse);
    for (const [subset, css] of Object.entries(font.subsets))
      faces.push({ font, subset, ranges: font === chartFonts[0] ? parse(css) : without(parse(css), taken) });
    taken.push(...own);
  }
  return faces;
})();

/** A face's characters as CSS `unicode-range` writes them. */
export const cssRange = (face: ChartFace): string =>
  face.ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');

/** The file name of a face in a weight, in its package's `files/`. */
export const faceFile = (face: ChartFace, weight: ChartWeight): string =>
  `${face.font.file}-${face.subset}-${weight}-normal.woff2`;

/** The face that sets a letter, if any. */
export function faceOf(char: string): ChartFace | undefined {
  const code = char.codePointAt(0) ?? 0;
  return chartFaces.find((face) => face.ranges.some(([from, to]) => from <= code && code <= to));
}

/** Whether the charts' fonts have a letter. */
export function covers(char: string): boolean {
  return faceOf(char) !== undefined;
}

/** The letters of `text` that no chart font covers, each once. */
export function uncovered(text: string): string[] {
  return [...new Set([...text].filter((char) => char.trim() !== '' && !covers(char)))];
}

/** A letter as a message names it: "ש" (U+05E9). */
export const nameLetter = (char: string): string => `"${char}" (U+${hex(char.codePointAt(0) ?? 0).padStart(4, '0')})`;

/** The faces `text` needs, in the order of the list, each once. */
export function facesFor(text: string): ChartFace[] {
  const used = new Set<ChartFace>();
  for (const char of text) {
    const face = faceOf(char);
    if (face) used.add(face);
  }
  return chartFaces.filter((face) => used.has(face));
}

/** The canvas's family list for `text`: the first font, then each other font the text needs. */
export function familyFor(text: string): string {
  const families = new Set([chartFamily, ...facesFor(text).map((face) => face.font.family)]);
  return [...families].map((family) => (family.includes(' ') ? `'${family}'` : family)).join(', ');
}

/** Whether `text` holds a letter of a font that joins and reorders its letters. */
export const isShaped = (text: string): boolean => [...text].some((char) => faceOf(char)?.font.shaped === true);

/** Whether `text` is set in the first font alone. */
export const isFirstFontOnly = (text: string): boolean =>
  [...text].every((char) => char.trim() === '' || faceOf(char)?.font === chartFonts[0]);
