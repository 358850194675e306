import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { COMPATIBILITY_DATE, compatibilityDate, layOut, offlineEnv } from './cloudflare.ts';

const temp = mkdtempSync(join(tmpdir(), 'cloudflare-test-'));
after(() => rmSync(temp, { recursive: true, force: true }));
const build = join(temp, 'dist-sub');
mkdirSync(join(build, 'en'), { recursive: true });
writeFileSync(join(build, 'index.html'), '<!doctype html>');
writeFileSync(join(build, 'en', 'index.html'), '<!doctype html>');
writeFileSync(join(build, '_headers'), '/zoom-explainer/*\n  X-Frame-Options: DENY\n');

test('the compatibility date is the fixed one, or an older workerd’s latest', () => {
  assert.equal(compatibilityDate('2099-12-31'), COMPATIBILITY_DATE);
  assert.equal(compatibilityDate('2025-01-15'), '2025-01-15');
});

test('a sub-path build is laid out under its base, its _headers on top and not among its files', () => {
  const site = layOut(build, '/zoom-explainer/', join(temp, 'sub'));
  assert.equal(readFileSync(join(site, '_headers'), 'utf8'), readFileSync(join(build, '_headers'), 'utf8'));
  assert.equal(existsSync(join(site, 'zoom-explainer', '_headers')), false);
  // Files are copied (wrangler does not follow a link to a file), folders linked.
  assert.equal(lstatSync(join(site, 'zoom-explainer', 'index.html')).isFile(), true);
  assert.equal(lstatSync(join(site, 'zoom-explainer', 'en')).isSymbolicLink(), true);
  assert.equal(existsSync(join(site, 'zoom-explainer', 'en', 'index.html')), true);
});

test('a root build is laid out at the top, with a _headers given in place of its own', () => {
  const site = layOut(build, '/', join(temp, 'root'), '/*\n  X-Test: 1\n');
  assert.equal(readFileSync(join(site, '_headers'), 'utf8'), '/*\n  X-Test: 1\n');
  assert.equal(existsSync(join(site, 'index.html')), true);
});

test('wrangler runs without telemetry, update check or the Request.cf download', () => {
  const env = offlineEnv(temp);
  assert.equal(env['WRANGLER_SEND_METRICS'], 'false');
  assert.equal(env['WRANGLER_HIDE_BANNER'], 'true');
  assert.equal(env['CLOUDFLARE_CF_FETCH_ENABLED'], 'false');
});
