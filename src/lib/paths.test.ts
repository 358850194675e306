import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternateLinks, localePath, withBase } from './paths.ts';

describe('paths', () => {
  it('joins the base path, with or without its slashes', () => {
    assert.equal(withBase('og/it.png', '/'), '/og/it.png');
    assert.equal(withBase('/og/it.png', '/zoom-explainer/'), '/zoom-explainer/og/it.png');
    assert.equal(withBase('og/it.png', '/zoom-explainer'), '/zoom-explainer/og/it.png');
    assert.equal(localePath('en', '/zoom-explainer/'), '/zoom-explainer/en/');
  });

  it('lists translated languages, and x-default for the root chooser, as absolute URLs under the base path', () => {
    const site = new URL('https://example.org');
    assert.deepEqual(alternateLinks(['it', 'en'], site, '/zoom-explainer/'), [
      { hreflang: 'it', href: 'https://example.org/zoom-explainer/it/' },
      { hreflang: 'en', href: 'https://example.org/zoom-explainer/en/' },
      { hreflang: 'x-default', href: 'https://example.org/zoom-explainer/' },
    ]);
  });
});
