import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartFaces, chartFonts, cssRange, faceOf, familyFor, isShaped, uncovered } from './font.ts';

describe('the charts’ fonts, by script', () => {
  it('sets each letter in the first font of the list that covers it', () => {
    assert.equal(faceOf('a')?.font, chartFonts[0]);
    for (const font of chartFonts.slice(1)) {
      const face = chartFaces.find((f) => f.font === font && f.ranges.length > 0);
      const first = face?.ranges[0]?.[0];
      assert.ok(first !== undefined, `${font.family} sets some letters`);
      assert.equal(faceOf(String.fromCodePoint(first))?.font, font, `${font.family} sets U+${first.toString(16)}`);
    }
  });

  it('gives every face after the first font only characters no earlier font covers, so browsers choose alike', () => {
    // The first font's subsets may share a few characters; every later face's characters are its own.
    const firstFont = chartFaces.filter((face) => face.font === chartFonts[0]).flatMap((face) => face.ranges);
    const later = chartFaces
      .filter((face) => face.font !== chartFonts[0])
      .flatMap((face) => face.ranges.map(([a, b]) => [a, b, `${face.font.family} ${face.subset}`] as const));
    for (const face of chartFaces)
      assert.match(cssRange(face), /^(U\+[0-9A-F]+(-[0-9A-F]+)?(,U\+[0-9A-F]+(-[0-9A-F]+)?)*)?$/);
    const all = [...later, ...firstFont.map(([a, b]) => [a, b, chartFonts[0]?.family ?? ''] as const)].sort(
      (x, y) => x[0] - y[0],
    );
    all.forEach((range, i) => {
      const next = all[i + 1];
      if (!next || (range[2] === chartFonts[0]?.family && next[2] === range[2])) return;
      assert.ok(range[1] < next[0], `${range[2]} and ${next[2]} share U+${next[0].toString(16)}`);
    });
  });

  it('names the letters no font covers, and lists only the fonts a text needs', () => {
    assert.deepEqual(uncovered('a ש b ש'), ['ש']);
    assert.equal(familyFor('abc 123'), chartFonts[0]?.family);
    const shaped = chartFonts.find((font) => font.shaped);
    assert.ok(shaped, 'a font of the list joins its letters');
    const letter = String.fromCodePoint(
      chartFaces.find((face) => face.font === shaped)?.ranges.find(([a]) => a > 0x600)?.[0] ?? 0,
    );
    assert.ok(isShaped(`x ${letter}`) && !isShaped('x'));
    assert.equal(familyFor(`a${letter}`), `${chartFonts[0]?.family}, '${shaped.family}'`);
  });
});
