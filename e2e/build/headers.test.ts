import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { headersFor, readHeaders, siteHeaderRules } from '../../scripts/headers.ts';
import { locales } from '../../src/explainer/content/locales.ts';
import { BUILDS } from '../builds.ts';

/** Each build's `_headers` is written for its own base path, from the rules of scripts/headers.ts. */
for (const { name, dir, base } of BUILDS) {
  describe(`the ${name} build's _headers`, () => {
    const rules = readHeaders(dir);
    const get = (path: string) => new Map(headersFor(rules, path).map(([n, v]) => [n.toLowerCase(), v]));

    it(`caches its own bundles, under ${base}_astro/`, () => {
      assert.ok(rules.length > 0, `${join(dir, '_headers')} is missing`);
      assert.equal(get(`${base}_astro/page.abc.js`).get('cache-control'), 'public, max-age=31536000, immutable');
      if (base !== '/') assert.equal(get('/_astro/page.abc.js').get('cache-control'), undefined);
    });

    it('gives every address what the rules give it', () => {
      const expected = siteHeaderRules(base, locales);
      for (const path of [
        base,
        `${base}en/`,
        `${base}og/it.png`,
        `${base}it/charts/x/x-light.png`,
        `${base}404.html`,
      ]) {
        assert.deepEqual(headersFor(rules, path).sort(), headersFor(expected, path).sort(), path);
      }
    });
  });
}
