/**
 * The sizes of a chart, shared by the images drawn at build time and the live chart that replaces
 * them, so that the swap moves nothing. Wide at 600 × 315 CSS pixels makes the 2× PNG a 1200 × 630
 * social card. In a window up to 600 pixels wide (`narrowMedia`) a single panel lies on its side.
 */
export const wide = { width: 600, height: 315 } as const;
export const narrow = { width: 360, height: 400 } as const;
/**
 * Where the narrow image and layout apply: a window up to 600 CSS pixels wide (the figure is then up to
 * about 570). Wider, the wide image is shown at 95% of its size or more, its smallest text 9.5 pixels
 * or more; the narrow one, scaled up, keeps every label legible below that.
 */
export const narrowMedia = '(max-width: 37.5em)';
/** Space between the panels of small multiples. */
export const panelGap = 12;

export type Layout = 'wide' | 'narrow';

/** The rectangle of panel `i` of `n` in a chart `width` wide. */
export function panelBox(i: number, n: number, width: number): { x: number; width: number } {
  const each = (width - panelGap * (n - 1)) / n;
  return { x: i * (each + panelGap), width: each };
}
