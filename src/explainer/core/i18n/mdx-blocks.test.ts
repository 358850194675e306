import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mdxBlocks, signature } from './mdx-blocks.ts';

const body =
  '\n\nUn paragrafo con <Fig id="a" />\nsu due righe.\n\n## Un titolo\n\n<Chart id="c" />\n\n- una voce\n- <Term id="t">altra</Term> voce\n';

describe('mdxBlocks', () => {
  it('finds paragraphs, headings and items, with lines and the part to translate', () => {
    const blocks = mdxBlocks(body);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.prefix, b.text, b.line]),
      [
        ['paragraph', '', 'Un paragrafo con <Fig id="a" />\nsu due righe.', 3],
        ['heading', '## ', 'Un titolo', 6],
        ['item', '- ', 'una voce', 10],
        ['item', '- ', '<Term id="t">altra</Term> voce', 11],
      ],
    );
    for (const b of blocks)
      assert.equal(body.slice(b.offset, b.offset + b.length), b.text, 'offsets point at the text');
  });

  it('identifies a block by its tags', () => {
    assert.equal(signature('Un <Fig id="a" /> e <Term id="t">x</Term>'), 'Fig:a Term:t');
  });
});
