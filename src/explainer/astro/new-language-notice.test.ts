import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { newLanguageOf } from './new-language-notice.ts';

describe('newLanguageOf', () => {
  const root = join('/', 'site');
  it('names the code of a ui.yaml added in a new folder of content/', () => {
    assert.equal(newLanguageOf(join(root, 'content', 'qaa', 'ui.yaml'), root, ['qab']), 'qaa');
  });
  it('ignores a known language, another file, and a ui.yaml elsewhere', () => {
    assert.equal(newLanguageOf(join(root, 'content', 'qab', 'ui.yaml'), root, ['qab']), undefined);
    assert.equal(newLanguageOf(join(root, 'content', 'qaa', 'article.mdx'), root, ['qab']), undefined);
    assert.equal(newLanguageOf(join(root, 'src', 'qaa', 'ui.yaml'), root, ['qab']), undefined);
    assert.equal(newLanguageOf(join(root, 'content', 'qaa', 'x', 'ui.yaml'), root, ['qab']), undefined);
  });
});
