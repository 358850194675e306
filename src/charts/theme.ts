/** The chart colours and font of the current theme, read from the figure's CSS custom properties. */
export interface Theme {
  dark: boolean;
  base: string;
  accent: string;
  /** Text on an accent bar. */
  onAccent: string;
  reference: string;
  text: string;
  bg: string;
  muted: string;
  grid: string;
  font: string;
}

export const darkScheme = matchMedia('(prefers-color-scheme: dark)');

export function readTheme(figure: HTMLElement): Theme {
  const style = getComputedStyle(figure);
  const get = (name: string) => style.getPropertyValue(`--chart-${name}`).trim();
  return {
    dark: darkScheme.matches,
    base: get('base'),
    accent: get('accent'),
    onAccent: get('on-accent'),
    reference: get('reference'),
    text: get('text'),
    bg: get('bg'),
    muted: get('muted'),
    grid: get('grid'),
    font: style.fontFamily,
  };
}
