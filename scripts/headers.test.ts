import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHeaders, headersFor, parseHeaders, siteHeaderRules } from './headers.ts';

const get = (rules: ReturnType<typeof siteHeaderRules>, path: string) =>
  new Map(headersFor(rules, path).map(([n, v]) => [n.toLowerCase(), v]));

for (const base of ['/', '/zoom-explainer/']) {
  const rules = siteHeaderRules(base, ['it', 'en']);

  test(`${base}: an article may not be framed, and keeps its images to itself`, () => {
    const page = get(rules, `${base}en/`);
    assert.match(page.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(page.get('x-frame-options'), 'DENY');
    assert.equal(page.get('cross-origin-resource-policy'), 'same-origin');
    assert.equal(page.get('cache-control'), undefined);
  });

  test(`${base}: bundles under the base are cached for good, with the site's headers`, () => {
    const bundle = get(rules, `${base}_astro/index.abc123.js`);
    assert.equal(bundle.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(bundle.get('x-content-type-options'), 'nosniff');
  });

  test(`${base}: social cards and chart images may be shown by other sites`, () => {
    assert.equal(get(rules, `${base}og/en.png`).get('cross-origin-resource-policy'), 'cross-origin');
    const image = get(rules, `${base}it/charts/quarterly-revenue/quarterly-revenue-light.svg`);
    assert.equal(image.get('cross-origin-resource-policy'), 'cross-origin');
  });

  test(`${base}: only a chart's embed page may be framed, by any site`, () => {
    const embed = get(rules, `${base}en/charts/quarterly-revenue/`);
    assert.match(embed.get('content-security-policy') ?? '', /frame-ancestors \*;/);
    assert.equal(embed.get('x-frame-options'), undefined);
    assert.equal(embed.get('strict-transport-security'), 'max-age=63072000');
    assert.match(get(rules, `${base}en/chartsx/`).get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  });

  test(`${base}: the file written round-trips, detaching what a narrower rule changes (Cloudflare)`, () => {
    const text = formatHeaders(rules, { detachLines: true });
    const parsed = parseHeaders(text);
    for (const path of [`${base}en/`, `${base}_astro/x.js`, `${base}og/it.png`, `${base}en/charts/a/`]) {
      assert.deepEqual(headersFor(parsed, path).sort(), headersFor(rules, path).sort(), path);
    }
    assert.match(
      text,
      new RegExp(
        `^${base.replace(/\//g, '\\/')}og/\\*\\n {2}! Cross-Origin-Resource-Policy\\n {2}Cross-Origin-Resource-Policy: cross-origin$`,
        'm',
      ),
    );
  });
}

test('a sub-path build caches its own bundles, not the host root', () => {
  const text = formatHeaders(siteHeaderRules('/zoom-explainer/', ['it', 'en']));
  assert.match(text, /^\/zoom-explainer\/_astro\/\*$/m);
  assert.doesNotMatch(text, /^\/_astro\//m);
});

test('a Netlify file has no "!" line, which only Cloudflare reads', () => {
  assert.doesNotMatch(formatHeaders(siteHeaderRules('/', ['it', 'en']), { detachLines: false }), /^\s+!/m);
});

test('a malformed _headers names the line and the fix', () => {
  assert.throws(
    () => parseHeaders('/*\n  nocolon\n', 'dist/_headers'),
    /dist\/_headers:2: expected "Name: value".*Fix:/,
  );
  assert.throws(() => parseHeaders('*\n', 'dist/_headers'), /dist\/_headers:1: a path must start with "\/".*Fix:/);
});
