import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patternParts } from './pattern.ts';

describe('patternParts', () => {
  it('keeps text and placeholders in order, so that each language places its own punctuation', () => {
    assert.deepEqual(patternParts('{title} — {publisher}, {date}'), [
      { name: 'title' },
      { text: ' — ' },
      { name: 'publisher' },
      { text: ', ' },
      { name: 'date' },
    ]);
    assert.deepEqual(patternParts('Sources\u202f: {list}'), [{ text: 'Sources\u202f: ' }, { name: 'list' }]);
  });

  it('leaves a pattern without placeholders whole, and braces that are no placeholder as text', () => {
    assert.deepEqual(patternParts('Fonti'), [{ text: 'Fonti' }]);
    assert.deepEqual(patternParts('{fig:x} ({n})'), [{ text: '{fig:x} (' }, { name: 'n' }, { text: ')' }]);
  });
});
