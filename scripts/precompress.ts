// Writes a Brotli (quality 11) and a gzip (level 9) copy beside each text file of a build
// (`index.html.br`, `index.html.gz`), as SvelteKit's adapter-static `precompress` does: nginx
// (gzip_static, brotli_static: scripts/nginx.ts) and scripts/serve.ts send them to browsers that accept
// them, compressed as far as the formats go and never on each request. Hosts that compress on their own
// (Netlify, Cloudflare Pages) publish them as plain files. A copy not smaller than its file is not
// written. The build runs it last (scripts/hosting.ts).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE, TYPES } from './mime.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Brotli as far as it goes, for text of `length` bytes: the settings of the copies, and of `npm run size`. */
export const brotliOptions = (length: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: length,
  },
});

/** Whether a file gets compressed copies: a text type the servers compress (so never a `.br` or `.gz`). */
export const isText = (name: string) => COMPRESSIBLE.test(TYPES[extname(name)] ?? '');

/** Writes `copy` when it is smaller than `content` (else removes any old one); returns the bytes sent. */
async function writeCopy(copy: string, content: Buffer, compressed: Buffer): Promise<number> {
  if (compressed.length >= content.length) {
    await rm(copy, { force: true });
    return content.length;
  }
  await writeFile(copy, compressed);
  return compressed.length;
}

/**
 * Compresses every text file under `dir`. Returns how many there are, their bytes, and the bytes a
 * browser downloads for them with Brotli and with gzip (a file without a copy counts as itself).
 */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; br: number; gz: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && isText(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const sizes = await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, brotliOptions(content.length)).then((out) => writeCopy(`${file}.br`, content, out)),
        gzipped(content, { level: 9 }).then((out) => writeCopy(`${file}.gz`, content, out)),
      ]);
      return { bytes: content.length, br, gz };
    }),
  );
  const sum = (key: 'bytes' | 'br' | 'gz') => sizes.reduce((total, size) => total + size[key], 0);
  return { files: files.length, bytes: sum('bytes'), br: sum('br'), gz: sum('gz') };
}
