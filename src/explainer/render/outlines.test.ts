import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compactPath, Outlines, outlineText } from './outlines.ts';
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
});
