import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fontStack, palettes } from './palette.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
const variable = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1]?.trim();

const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].toSorted((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
};

describe('chart palette', () => {
  it('uses the page’s own colours and font in each theme', () => {
    for (const [scheme, block] of [
      ['light', css],
      ['dark', dark],
    ] as const) {
      const p = palettes[scheme];
      const pairs = {
        bg: 'bg',
        text: 'fg',
        muted: 'muted',
        grid: 'rule',
        accent: 'accent',
        onAccent: 'accent-fg',
      } as const;
      for (const [key, name] of Object.entries(pairs))
        assert.equal(
          p[key as keyof typeof pairs],
          variable(block, name),
          `${scheme} ${key} is --${name} of global.css`,
        );
    }
    assert.equal(variable(css, 'font'), fontStack);
  });

  it('sets bars and the reference line off the background by 3:1 at least, and text by 4.5:1', () => {
    for (const p of Object.values(palettes)) {
      for (const key of ['base', 'accent', 'reference'] as const)
        assert.ok(contrast(p[key], p.bg) >= 3, `${key} ${p[key]} on ${p.bg}`);
      for (const key of ['text', 'muted'] as const)
        assert.ok(contrast(p[key], p.bg) >= 4.5, `${key} ${p[key]} on ${p.bg}`);
      assert.ok(contrast(p.onAccent, p.accent) >= 4.5, `text on accent, ${p.dark ? 'dark' : 'light'}`);
    }
  });
});

describe('chart layout', () => {
  it('gives the figure’s box the proportions of the images, at the width where the narrow one applies', async () => {
    const { narrow, narrowMedia, wide } = await import('./layout.ts');
    const chartCss = readFileSync('src/components/chart/chart.css', 'utf8');
    assert.ok(chartCss.includes(`aspect-ratio: ${wide.width} / ${wide.height};`), 'wide proportions in chart.css');
    assert.ok(
      chartCss.includes(
        `@media ${narrowMedia} {\n  .chart-stage {\n    aspect-ratio: ${narrow.width} / ${narrow.height};`,
      ),
      'narrow proportions in chart.css',
    );
  });
});
