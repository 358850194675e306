import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  BROTLI_PACKAGE,
  findBrotliStatic,
  findNginx,
  printProduction,
  startNginx,
  testConfig,
} from '../../scripts/nginx.ts';
import { locales } from '../../src/explainer/content/locales.ts';
import { BUILDS } from '../builds.ts';

/**
 * nginx accepts the configs written for each build: the one the browser tests run, and the production
 * server block README gives self-hosters (`npm run nginx:conf`), checked with `nginx -t`. Run on a
 * build, nginx sends its precompressed Brotli and gzip copies (scripts/precompress.ts) as they are.
 */
const nginx = findNginx();
const brotli = nginx ? findBrotliStatic(nginx) : undefined;
const missingBrotli = `nginx's brotli static module is not installed. Fix: sudo apt-get install -y ${BROTLI_PACKAGE}`;
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

/** Whether two files' bytes are the same (assert.deepEqual would print, slowly, a diff of their bytes). */
const same = (actual: Buffer, expected: Buffer, what: string) =>
  assert.ok(actual.equals(expected), `${what}: ${actual.length} bytes differ from the expected ${expected.length}`);

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });

/** The raw response (not decompressed) for `path`, asked with `Accept-Encoding: encoding`. */
const fetchRaw = (port: number, path: string, encoding: string) =>
  new Promise<{ status: number | undefined; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });

for (const build of BUILDS) {
  describe(`nginx for the ${build.name} build (${build.base})`, () => {
    it('accepts the test server config', () => {
      const config = testConfig({ root: resolve(build.dir), port: 4499, base: build.base, temp, brotli });
      const result = nginxTest(config);
      assert.equal(result.status, 0, `${result.output}\n${config}`);
      assert.match(config, new RegExp(`location \\^~ ${build.base}_astro/ \\{[^}]*immutable`));
      assert.match(config, /gzip_static on;/);
      assert.ok(brotli, missingBrotli);
      assert.match(config, /^load_module .*ngx_http_brotli_static_module\.so;$/m);
      assert.match(config, /brotli_static on;/);
    });

    describe('serving the build', () => {
      // The first language's article, from the build: its bytes are what every encoding must decode to.
      const page = `${build.base}${locales[0]}/`;
      const file = join(build.dir, `${locales[0]}`, 'index.html');
      let port = 0;
      let stop = async () => {};
      before(async () => {
        assert.ok(nginx, 'nginx is not installed. Fix: install it (sudo apt-get install -y nginx), or set NGINX_PATH.');
        for (const copy of [`${file}.br`, `${file}.gz`]) {
          assert.ok(existsSync(copy), `${copy} is missing. Fix: npm run build:test (the build writes it).`);
        }
        port = await freePort();
        stop = await startNginx(nginx, build.dir, port, build.base);
      });
      after(() => stop());

      it('sends the Brotli copy of the page to a browser that accepts Brotli', async () => {
        assert.ok(brotli, missingBrotli);
        const { status, headers, body } = await fetchRaw(port, page, 'br');
        assert.equal(status, 200);
        assert.equal(headers['content-encoding'], 'br', missingBrotli);
        assert.equal(headers['content-type'], 'text/html; charset=utf-8');
        assert.match(String(headers['vary']), /Accept-Encoding/);
        same(brotliDecompressSync(body), readFileSync(file), `${page} decompressed`);
        same(body, readFileSync(`${file}.br`), `${page} as sent`);
      });

      it('sends the gzip copy of the page to a browser that accepts gzip', async () => {
        const { status, headers, body } = await fetchRaw(port, page, 'gzip');
        assert.equal(status, 200);
        assert.equal(headers['content-encoding'], 'gzip');
        assert.equal(headers['content-type'], 'text/html; charset=utf-8');
        assert.match(String(headers['vary']), /Accept-Encoding/);
        same(gunzipSync(body), readFileSync(file), `${page} decompressed`);
        same(body, readFileSync(`${file}.gz`), `${page} as sent`);
      });
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
      assert.match(block, /gzip_static on;/);
      assert.match(block, new RegExp(`apt-get install ${BROTLI_PACKAGE}.*\\n\\s*# brotli_static on;`));
      // Its Brotli line, once uncommented as it says, works with the module loaded (as Debian's package does).
      assert.ok(brotli, missingBrotli);
      const withBrotli = block.replace('# brotli_static on;', 'brotli_static on;');
      const loaded = nginxTest(`load_module ${brotli};\npid ${temp}/nginx.pid;\nevents {}\nhttp {\n${withBrotli}\n}\n`);
      assert.equal(loaded.status, 0, loaded.output);
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
