import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import remarkTypeset, { localeOfPath } from './remark-typeset.ts';

describe('remarkTypeset', () => {
  it('reads the locale from the content folder', () => {
    assert.equal(localeOfPath('/site/content/fr/article.mdx'), 'fr');
    assert.equal(localeOfPath('/site/src/pages/index.mdx'), undefined);
  });

  it('typesets the text of a French page, and nothing else', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Sources : « Zoom » le 2 juin' },
            { type: 'inlineCode', value: 'a : b' },
          ],
        },
      ],
    };
    remarkTypeset()(tree, { path: '/site/content/fr/article.mdx' });
    assert.deepEqual(
      tree.children[0]?.children.map((c) => c.value),
      ['Sources\u00A0: «\u00A0Zoom\u00A0» le 2\u00A0juin', 'a : b'],
    );
  });
});
