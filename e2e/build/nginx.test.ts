import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { findNginx, printProduction, testConfig } from '../../scripts/nginx.ts';
import { BUILDS } from '../builds.ts';

/**
 * nginx accepts the configs written for each build: the one the browser tests run, and the production
 * server block README gives self-hosters (`npm run nginx:conf`), checked with `nginx -t`.
 */
const nginx = findNginx();
const temp = mkdtempSync(join(tmpdir(), 'nginx-t-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs `nginx -t` on a config; returns its messages. */
function nginxTest(config: string): { status: number | null; output: string } {
  assert.ok(nginx, 'nginx is not installed. Fix: install it (sudo apt-get install -y nginx), or set NGINX_PATH.');
  const file = join(temp, `nginx-${Math.random().toString(36).slice(2)}.conf`);
  writeFileSync(file, config);
  const run = spawnSync(nginx, ['-t', '-p', temp, '-e', join(temp, 'error.log'), '-c', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A self-signed certificate, as the production block needs one to pass `nginx -t`. */
function certificate() {
  const cert = join(temp, 'cert.pem');
  const key = join(temp, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=example.org',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(made.status, 0, `openssl could not make a test certificate: ${made.stderr}`);
  return { cert, key };
}

for (const build of BUILDS) {
  describe(`nginx for the ${build.name} build (${build.base})`, () => {
    it('accepts the test server config', () => {
      const config = testConfig({ root: resolve(build.dir), port: 4499, base: build.base, temp });
      const result = nginxTest(config);
      assert.equal(result.status, 0, `${result.output}\n${config}`);
      assert.match(config, new RegExp(`location \\^~ ${build.base}_astro/ \\{[^}]*immutable`));
    });

    it('accepts the production server block, TLS-ready, with the headers of _headers', () => {
      const { cert, key } = certificate();
      const block = printProduction([
        '--server-name',
        'example.org',
        '--root',
        '/var/www/zoom-explainer',
        '--dist',
        build.dir,
        '--certificate',
        cert,
        '--key',
        key,
      ]);
      // The block goes into nginx's http block, as in /etc/nginx/conf.d/.
      const result = nginxTest(`pid ${temp}/nginx.pid;\nevents {}\nhttp {\n${block}\n}\n`);
      assert.equal(result.status, 0, `${result.output}\n${block}`);
      assert.match(block, /listen 443 ssl\b/);
      assert.match(block, /return 301 https:\/\/\$host\$request_uri;/);
      assert.match(block, new RegExp(`error_page 404 ${build.base}404\\.html;`));
      assert.match(block, /gzip on;/);
      assert.match(
        block,
        new RegExp(`location \\^~ ${build.base}_astro/ \\{[^}]*Cache-Control "public, max-age=31536000, immutable"`),
      );
      assert.match(
        block,
        new RegExp(`location \\^~ ${build.base}og/ \\{[^}]*Cross-Origin-Resource-Policy "cross-origin"`),
      );
      assert.match(block, /Strict-Transport-Security "max-age=63072000"/);
    });
  });
}

it('nginx:conf says what it needs', () => {
  assert.throws(
    () => printProduction(['--root', '/var/www/x']),
    /needs --server-name and --root\. Fix: npm run --silent nginx:conf -- --server-name/,
  );
  assert.throws(
    () => printProduction(['--server-name', 'a.org', '--root', '/x', '--dist', join(temp, 'none')]),
    /_headers is missing.*Fix: run npm run build/,
  );
});
