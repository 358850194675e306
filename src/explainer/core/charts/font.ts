/**
 * The charts' font, one for the images drawn at build time and for the live chart: Roboto from
 * @fontsource/roboto, self-hosted, in the subsets and weights below. Each subset covers a range of
 * characters; a chart's text outside them stops the build (`outlines.ts`) rather than fall back to
 * whatever font the machine has.
 */
import unicode from '@fontsource/roboto/unicode.json' with { type: 'json' };

export const chartFamily = 'Roboto';
export const chartWeights = [400, 700] as const;
export const chartSubsets = ['latin', 'latin-ext'] as const;
export type ChartSubset = (typeof chartSubsets)[number];

/** A subset's characters as CSS writes them: `U+0000-00FF,U+0131,…`. */
export const unicodeRange = (subset: ChartSubset): string => unicode[subset];

const ranges = chartSubsets.flatMap((subset) =>
  unicodeRange(subset)
    .split(',')
    .map((range) => {
      const [from = '0', to = from] = range.replace('U+', '').split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
    }),
);

/** Whether the charts' font has a letter. */
export function covers(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return ranges.some(([from, to]) => from <= code && code <= to);
}
