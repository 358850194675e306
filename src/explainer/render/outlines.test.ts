import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compactPath, Outlines, outlineText, type TextCall } from './outlines.ts';
import { chartFaces, chartFonts, familyFor, uncovered } from '../core/charts/font.ts';
import { drawingText } from '../core/charts/drawing-text.ts';
import { machineFonts } from './render.ts';
import { storyRoot } from '../../__fixtures__/story.ts';
import { loadContent } from '../content/load.ts';
import { renderSvg } from './render.ts';
import { drawingOf } from '../core/charts/test-inputs.ts';

const { content } = loadContent({ root: storyRoot });

describe('chart text as outlines', () => {
  it('writes a path in whole tenths of a pixel, relative after the first point', () => {
    assert.equal(compactPath('M1 2L1.55 2Q2 3 3 3ZM-1 0L0 0Z'), 'M10 20l6 0q4 10 14 10zm-20-20l10 0z');
  });

  it('places each letter at the width of the text before it, with the text and its paint on the group', () => {
    const outlines = new Outlines('Roboto');
    const group = outlineText('<text fill="#123456" font-size="12" x="10" y="20">A A&amp;</text>', outlines);
    assert.match(group, /^<g class="t" data-t="A A&amp;" data-size="12" fill="#123456">/);
    const xs = [...group.matchAll(/<use href="#(\w+)" x="([\d.]+)" y="20"\/>/g)].map((m) => [m[1], Number(m[2])]);
    assert.equal(xs.length, 3, 'a use per letter, none for the space');
    assert.equal(xs[0]?.[0], xs[1]?.[0], 'one outline per letter and font');
    assert.equal(xs[0]?.[1], 10);
    assert.ok(Number(xs[1]?.[1]) > 20 && Number(xs[2]?.[1]) > Number(xs[1]?.[1]));
    assert.equal(outlines.defs().match(/<path id=/g)?.length, 2);
  });

  it('stops on a letter the chart font lacks, naming it and the fix', () => {
    assert.throws(
      () => outlineText('<text font-size="12" x="0" y="0">ש</text>', new Outlines('Roboto')),
      /no letter "ש" \(U\+05E9\).*Fix:/,
    );
  });

  it('leaves no text in any chart image: every word is outlines, in every language', () => {
    for (const locale of content.locales)
      for (const id of content.charts.keys()) {
        const svg = renderSvg(drawingOf(content, locale, id), { layout: 'wide', scheme: 'light' });
        assert.doesNotMatch(svg, /<text|font-family/, `${locale} ${id}`);
        assert.match(svg, /<g class="t" data-t="[^"]+"/, `${locale} ${id}`);
      }
  });

  it('draws a text of a joining script whole, shaped: narrower than its letters apart, and not their outlines', () => {
    const shaped = chartFonts.find((font) => font.shaped);
    const face = chartFaces.find((f) => f.font === shaped);
    assert.ok(shaped && face, 'a font of the list joins its letters');
    // Three letters of the font that join on both sides (in Arabic: beh, yeh, teh).
    const letters = [0x628, 0x64a, 0x62a].map((code) => String.fromCodePoint(code));
    assert.deepEqual(uncovered(letters.join('')), []);
    const outlines = new Outlines('Roboto');
    const call = (text: string): TextCall => ({
      text,
      font: `12px ${familyFor(text)}`,
      align: 'left',
      baseline: 'alphabetic',
      direction: 'rtl',
      x: 0,
      y: 0,
      paint: 'fill="#000"',
    });
    const joined = outlines.call(call(letters.join('')));
    const apart = letters.map((letter) => outlines.call(call(letter)));
    const defs = new Map([...outlines.defs().matchAll(/<path id="(\w+)"[^>]* d="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const pathOf = (group: string) => defs.get(/href="#(\w+)"/.exec(group)?.[1] ?? '') ?? '';
    assert.equal((joined.match(/<use /g) ?? []).length, 1, 'one outline for the whole word');
    assert.notEqual(pathOf(joined), apart.map(pathOf).join(''), 'the joined word is not its letters side by side');
    const widthOf = (d: string) => {
      // Relative after the first point: the x of every point, summed up.
      let x = 0;
      let subpath = 0;
      const xs: number[] = [];
      for (const [, command = '', args = ''] of d.matchAll(/([MmLlQqCcz])([^MmLlQqCcz]*)/g)) {
        const values = (args.match(/-?\d+/g) ?? []).map(Number);
        if (command === 'z') x = subpath;
        if (command === 'z') continue;
        const start = x;
        for (let k = 0; k < values.length; k += 2) xs.push((command === 'M' ? 0 : start) + (values[k] ?? 0));
        x = xs.at(-1) ?? x;
        if (command.toLowerCase() === 'm') subpath = x;
      }
      return Math.max(...xs) - Math.min(...xs);
    };
    const apartWidth = apart.map((group) => widthOf(pathOf(group))).reduce((a, b) => a + b, 0);
    assert.ok(widthOf(pathOf(joined)) < apartWidth, `joined ${widthOf(pathOf(joined))} < apart ${apartWidth}`);
  });

  it('sets every word of every chart in the charts’ fonts, never in one of the machine’s', () => {
    for (const locale of content.locales)
      for (const id of content.charts.keys()) {
        const text = drawingText(drawingOf(content, locale, id));
        assert.deepEqual(uncovered(text), [], `${locale} ${id}: letters no chart font covers`);
        // Drawing registers the fonts the words need; the canvas then finds every letter in them.
        renderSvg(drawingOf(content, locale, id), { layout: 'narrow', scheme: 'dark' });
        assert.deepEqual(machineFonts(text, familyFor(text)), [], `${locale} ${id}`);
      }
  });
});
