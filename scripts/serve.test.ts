import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { precompress } from './precompress.ts';
import { GITHUB_PAGES, STATIC_HOST, serve } from './serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><title>t</title>${'<p>Una frase che si ripete.</p>\n'.repeat(200)}`,
);
writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title><p>Non trovata.</p>');
writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');

before(() => precompress(dir));

for (const { name, host, frameOptions, headersFile, encoding } of [
  {
    name: 'as Netlify and Cloudflare Pages',
    host: STATIC_HOST,
    frameOptions: 'DENY',
    headersFile: 404,
    encoding: 'br',
  },
  { name: 'as GitHub Pages', host: GITHUB_PAGES, frameOptions: null, headersFile: 200, encoding: 'gzip' },
]) {
  describe(`serve, ${name}`, () => {
    let server: Server;
    let origin: string;
    before(async () => {
      server = await serve(dir, 0, '/', host);
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    test(`${frameOptions ? 'applies' : 'ignores'} _headers, whose file is ${headersFile === 404 ? 'hidden' : 'served'}`, async () => {
      const page = await fetch(`${origin}/`);
      assert.equal(page.headers.get('x-frame-options'), frameOptions);
      assert.equal((await fetch(`${origin}/_headers`)).status, headersFile);
    });

    test(`sends ${encoding} to a browser that accepts Brotli and gzip`, async () => {
      const page = await fetch(`${origin}/`, { headers: { 'Accept-Encoding': 'br, gzip' } });
      assert.equal(page.headers.get('content-encoding'), encoding);
      assert.match(await page.text(), /Una frase/);
    });

    test('answers an unknown address with 404.html and status 404', async () => {
      const missing = await fetch(`${origin}/it/no-such-page/`);
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /Non trovata/);
    });
  });
}
