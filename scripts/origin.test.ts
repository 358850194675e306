import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOCAL_ORIGIN, resolveOrigin } from './origin.ts';

test('SITE_URL wins everywhere, and is reported as the reason', () => {
  const origin = resolveOrigin({
    SITE_URL: 'https://example.org/',
    CF_PAGES: '1',
    CF_PAGES_URL: 'https://abc.p.pages.dev',
    CI: 'true',
  });
  assert.deepEqual(origin, { site: 'https://example.org', reason: 'from SITE_URL' });
});

test('a SITE_URL with a path is refused, with the BASE_PATH to use instead', () => {
  assert.match(
    resolveOrigin({ SITE_URL: 'https://example.org/zoom' }).error ?? '',
    /SITE_URL=https:\/\/example\.org\) and the path as BASE_PATH=\/zoom\//,
  );
  assert.match(resolveOrigin({ SITE_URL: 'example.org' }).error ?? '', /is not a URL\. Fix:/);
});

test("Netlify's URL is the site's main address: used, and said so", () => {
  const origin = resolveOrigin({ NETLIFY: 'true', URL: 'https://zoom.netlify.app', CI: 'true' });
  assert.equal(origin.site, 'https://zoom.netlify.app');
  assert.match(origin.reason, /Netlify/);
  assert.equal(origin.error, undefined);
});

test("Cloudflare Pages without SITE_URL stops the build: CF_PAGES_URL is the deployment's throwaway address", () => {
  const origin = resolveOrigin({ CF_PAGES: '1', CF_PAGES_URL: 'https://1a2b3c.zoom.pages.dev', CI: 'true' });
  assert.match(
    origin.error ?? '',
    /Cloudflare Pages \(CF_PAGES_URL, https:\/\/1a2b3c\.zoom\.pages\.dev, is this deployment's own throwaway address\).*Fix: set the environment variable SITE_URL/,
  );
  assert.notEqual(origin.site, 'https://1a2b3c.zoom.pages.dev');
});

test('GitHub Actions, or any CI, without SITE_URL stops the build with the fix', () => {
  assert.match(resolveOrigin({ GITHUB_ACTIONS: 'true', CI: 'true' }).error ?? '', /not set on GitHub Actions.*Fix:/);
  assert.match(resolveOrigin({ CI: '1' }).error ?? '', /not set on a CI.*Fix:/);
});

test('on a machine of its own, the build goes on with a warning', () => {
  const origin = resolveOrigin({});
  assert.equal(origin.site, LOCAL_ORIGIN);
  assert.equal(origin.error, undefined);
  assert.match(origin.warning ?? '', /SITE_URL is not set/);
});
