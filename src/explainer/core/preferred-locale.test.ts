import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferredLocale } from './preferred-locale.ts';

describe('preferredLocale', () => {
  it('takes the first browser language the site has, by its primary subtag', () => {
    assert.equal(preferredLocale(['de-DE', 'en-US', 'it'], ['it', 'en']), 'en');
    assert.equal(preferredLocale(['IT-ch'], ['it', 'en']), 'it');
  });
  it('has no answer when the site has none of them', () => {
    assert.equal(preferredLocale(['de-DE', 'fr'], ['it', 'en']), undefined);
    assert.equal(preferredLocale([], ['it', 'en']), undefined);
  });
});
