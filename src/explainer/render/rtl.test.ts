import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyRoot } from '../../__fixtures__/story.ts';
import { loadContent } from '../content/load.ts';
import { directionOf } from '../core/i18n/direction.ts';
import { formatNumber } from '../core/format.ts';
import { twoLines } from '../core/charts/config.ts';
import { renderSvg } from './render.ts';
import { drawingOf } from '../core/charts/test-inputs.ts';

const { content } = loadContent({ root: storyRoot });

/** Each text of an SVG with the x of its first outline in the image, and the panel it is in. */
function texts(svg: string): { text: string; x: number; panel: number }[] {
  const panels = [...svg.matchAll(/<g transform="translate\(([\d.]+) 0\)">/g)].map((m) => ({
    at: m.index,
    x: Number(m[1]),
  }));
  return [...svg.matchAll(/<g class="t" data-t="([^"]*)"([^>]*)><use href="#\w+" x="(-?[\d.]+)"/g)].map((m) => {
    const panel = panels.findLastIndex((p) => p.at < m.index);
    // A text the canvas wrote at an origin of its own keeps it as a translation.
    const moved = Number(/transform="translate\((-?[\d.]+)/.exec(m[2] ?? '')?.[1] ?? 0);
    return { text: m[1] ?? '', x: (panels[panel]?.x ?? 0) + moved + Number(m[3]), panel };
  });
}

const byDirection = (dir: 'ltr' | 'rtl') =>
  content.locales.filter((locale) => directionOf(content.ui.get(locale)?.data?.language.intl ?? locale) === dir);

describe('charts right to left', () => {
  it('the story has languages of both directions', () => {
    assert.ok(byDirection('rtl').length > 0 && byDirection('ltr').length > 0);
  });

  for (const dir of ['rtl', 'ltr'] as const)
    it(`puts the first bar ${dir === 'rtl' ? 'at the right, the value axis on the right' : 'at the left, the value axis on the left'}, the first panel ${dir === 'rtl' ? 'rightmost' : 'leftmost'}`, () => {
      for (const locale of byDirection(dir))
        for (const id of content.charts.keys()) {
          const drawing = drawingOf(content, locale, id);
          const found = texts(renderSvg(drawing, { layout: 'wide', scheme: 'light' }));
          const xOf = (text: string, panel: number) => {
            const line = twoLines(text);
            const first = Array.isArray(line) ? line[0] : line;
            // The canvas's own SVG writes a line a word at a time.
            const word = text.split(' ')[0];
            const hit = found.find((t) => (t.text === first || t.text === word) && t.panel === panel);
            assert.ok(hit, `${locale} ${id}: "${first}" in panel ${panel}`);
            return hit.x;
          };
          const sign = dir === 'rtl' ? 1 : -1;
          drawing.panels.forEach((panel, p) => {
            const first = panel.points[0]?.label ?? '';
            const last = panel.points.at(-1)?.label ?? '';
            const zero = xOf(formatNumber(0, drawing.locale, 0, 2), p);
            assert.ok(sign * (xOf(first, p) - xOf(last, p)) > 0, `${locale} ${id}: first bar ${dir}`);
            assert.ok(sign * (zero - xOf(first, p)) > 0, `${locale} ${id}: value axis beyond the first bar`);
          });
          if (drawing.panels.length > 1) {
            const starts = drawing.panels.map((_, p) =>
              Math.min(...found.filter((t) => t.panel === p).map((t) => t.x)),
            );
            assert.ok(sign * ((starts[0] ?? 0) - (starts[1] ?? 0)) > 0, `${locale} ${id}: first panel`);
          }
        }
    });
});
