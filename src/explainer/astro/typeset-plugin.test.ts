import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { localeOfPath, typesetPlugin } from './typeset-plugin.ts';

describe('typesetPlugin', () => {
  it('reads the locale from the content folder', () => {
    assert.equal(localeOfPath('/site/content/fr/article.mdx'), 'fr');
    assert.equal(localeOfPath('/site/src/pages/index.mdx'), undefined);
  });

  it('typesets the text of a content page in its language, and leaves code and other files alone', async () => {
    const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [typesetPlugin], syntaxHighlight: false });
    const render = async (path: string) =>
      (await processor.render('Sources : « Zoom » le 2 juin, `a : b`', { fileURL: pathToFileURL(path) })).code.trim();
    assert.equal(
      await render('/site/content/fr/article.mdx'),
      '<p>Sources\u00A0: «\u00A0Zoom\u00A0» le 2\u00A0juin, <code>a : b</code></p>',
    );
    assert.equal(
      await render('/site/content/it/article.mdx'),
      '<p>Sources : «\u00A0Zoom\u00A0» le 2\u00A0juin, <code>a : b</code></p>',
    );
    assert.equal(await render('/site/src/pages/note.mdx'), '<p>Sources : « Zoom » le 2 juin, <code>a : b</code></p>');
  });
});
