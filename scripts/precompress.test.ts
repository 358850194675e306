import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from './precompress.ts';
import { acceptedEncodings, serve } from './serve.ts';

/** Byte equality, without assert.deepEqual's slow diff of two buffers. */
const same = (actual: Buffer, expected: Buffer, what: string) => assert.ok(actual.equals(expected), what);

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const html = `<!doctype html><title>t</title>${'<p>Una frase che si ripete, come le pagine.</p>\n'.repeat(200)}`;
const css = `${'.a { color: red; }\n'.repeat(100)}`;
const png = randomBytes(2000);
const gz = randomBytes(300);
mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
writeFileSync(join(dir, 'index.html'), html);
writeFileSync(join(dir, 'sub', 'deeper', 'style.css'), css);
writeFileSync(join(dir, 'tiny.txt'), 'x');
writeFileSync(join(dir, 'image.png'), png);
writeFileSync(join(dir, 'data.csv.gz'), gz);

describe('precompress', () => {
  let sizes: Awaited<ReturnType<typeof precompress>>;
  before(async () => {
    sizes = await precompress(dir);
  });

  test('writes a Brotli and a gzip copy of each text file, in subfolders too, that decompress to it', () => {
    for (const [file, text] of [
      ['index.html', html],
      [join('sub', 'deeper', 'style.css'), css],
    ] as const) {
      assert.equal(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString(), text);
      assert.equal(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString(), text);
    }
  });

  test('leaves binary files, compressed files and copies that would not be smaller alone', () => {
    for (const copy of [
      'image.png.br',
      'image.png.gz',
      'data.csv.gz.br',
      'data.csv.gz.gz',
      'tiny.txt.br',
      'tiny.txt.gz',
    ]) {
      assert.equal(existsSync(join(dir, copy)), false, copy);
    }
    same(readFileSync(join(dir, 'data.csv.gz')), gz, 'data.csv.gz');
  });

  test('counts the text files, their bytes, and what each encoding sends for them', () => {
    const size = (file: string) => readFileSync(join(dir, file)).length;
    const bytes = html.length + css.length + 1;
    assert.deepEqual(sizes, {
      files: 3,
      bytes,
      br: size('index.html.br') + size('sub/deeper/style.css.br') + 1,
      gz: size('index.html.gz') + size('sub/deeper/style.css.gz') + 1,
    });
    assert.ok(sizes.br < sizes.gz && sizes.gz < bytes / 5, JSON.stringify(sizes));
  });
});

describe('serve sends the precompressed copies', () => {
  let server: Server;
  before(async () => {
    await precompress(dir);
    server = await serve(dir, 0);
  });
  after(() => server.close());

  /** The raw response (not decompressed) for `path`, asked with `Accept-Encoding: encoding`. */
  const fetchRaw = (path: string, encoding?: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      const { port } = server.address() as AddressInfo;
      const headers = encoding === undefined ? {} : { 'Accept-Encoding': encoding };
      get({ host: '127.0.0.1', port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail);
    });

  test('reads Accept-Encoding, q=0 refusing a coding', () => {
    assert.deepEqual([...acceptedEncodings('gzip, deflate, br, zstd')], ['gzip', 'deflate', 'br', 'zstd']);
    assert.deepEqual([...acceptedEncodings('br;q=0, GZIP;q=0.5')], ['gzip']);
    assert.deepEqual([...acceptedEncodings()], []);
  });

  test('Brotli first, then gzip, each the copy as written, with the type of the page', async () => {
    for (const [accept, encoding, copy] of [
      ['gzip, deflate, br, zstd', 'br', 'index.html.br'],
      ['br', 'br', 'index.html.br'],
      ['gzip', 'gzip', 'index.html.gz'],
      ['br;q=0, gzip', 'gzip', 'index.html.gz'],
    ] as const) {
      const { headers, body } = await fetchRaw('/', accept);
      assert.equal(headers['content-encoding'], encoding, accept);
      assert.equal(headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(headers['vary'], 'Accept-Encoding');
      same(body, readFileSync(join(dir, copy)), accept);
    }
  });

  test('without an accepted copy: gzip on the fly, or the file as it is', async () => {
    const tiny = await fetchRaw('/tiny.txt', 'gzip, br');
    assert.equal(tiny.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(tiny.body).toString(), 'x');
    const plain = await fetchRaw('/');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), html);
    const image = await fetchRaw('/image.png', 'gzip, br');
    assert.equal(image.headers['content-encoding'], undefined);
    same(image.body, png, 'image.png');
  });

  test('a copy older than its file is not sent', async () => {
    const file = join(dir, 'sub', 'deeper', 'style.css');
    utimesSync(`${file}.br`, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const { headers, body } = await fetchRaw('/sub/deeper/style.css', 'br');
    assert.equal(headers['content-encoding'], undefined);
    assert.equal(body.toString(), css);
  });

  test('a copy asked for by its own name is a plain file', async () => {
    const { headers, body } = await fetchRaw('/index.html.br', 'br');
    assert.equal(headers['content-encoding'], undefined);
    assert.equal(headers['content-type'], 'application/octet-stream');
    same(body, readFileSync(join(dir, 'index.html.br')), 'index.html.br');
  });
});
