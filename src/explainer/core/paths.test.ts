import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternateLinks, citationHref, localePath, sourcesAlternates, sourcesPath, withBase } from './paths.ts';

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

  it('cites a source by its address, or by its entry on the sources page when it has none', () => {
    assert.equal(sourcesPath('en', '/zoom-explainer/'), '/zoom-explainer/en/sources/');
    assert.equal(citationHref({ id: 'a', url: 'https://example.com/a' }, 'en', '/'), 'https://example.com/a');
    assert.equal(citationHref({ id: 'b' }, 'it', '/zoom-explainer/'), '/zoom-explainer/it/sources/#source-b');
  });

  it('gives the sources page its translated languages, and the fallback language’s page as x-default', () => {
    assert.deepEqual(sourcesAlternates(['it'], 'it', new URL('https://example.org'), '/'), [
      { hreflang: 'it', href: 'https://example.org/it/sources/' },
      { hreflang: 'x-default', href: 'https://example.org/it/sources/' },
    ]);
  });
});
