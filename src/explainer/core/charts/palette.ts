/**
 * The chart colours of the light and the dark theme, for the drawing at build time and in the browser.
 * They are the page's own colours (`src/styles/global.css`, checked by `palette.test.ts`); bars stand
 * out from the background by at least 3:1 in both themes.
 */
import type { Theme } from './types.ts';

/** The page's sans-serif stack (`--font`), given to the text of the chart images. */
export const fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const palettes: Record<'light' | 'dark', Omit<Theme, 'font'>> = {
  light: {
    dark: false,
    base: '#6f7a8a',
    accent: '#1c4e9a',
    onAccent: '#ffffff',
    reference: '#1b1d22',
    text: '#1b1d22',
    bg: '#fdfcf9',
    muted: '#4f5561',
    grid: '#d9d6cf',
  },
  dark: {
    dark: true,
    base: '#7c8595',
    accent: '#8db4f2',
    onAccent: '#0d1017',
    reference: '#eceae5',
    text: '#eceae5',
    bg: '#16181d',
    muted: '#b3b8c2',
    grid: '#3a3f4a',
  },
};

export function themeOf(scheme: 'light' | 'dark', font: string): Theme {
  return { ...palettes[scheme], font };
}
