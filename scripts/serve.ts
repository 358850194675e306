// Serves built sites the way a static host does: `dir/` → `dir/index.html`, a directory without its
// trailing slash → 301, anything missing → `404.html` with status 404, text compressed with gzip, and
// the headers of the build's `_headers` file (Netlify and Cloudflare Pages format; the file itself is
// not served). Each argument is DIR:PORT[:BASE].
//   node scripts/serve.ts dist:4400 dist-sub:4401:/zoom-explainer/
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, readHeaders } from './headers.ts';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export function serve(dir: string, port: number, base = '/'): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Read on every request: a rebuild may change the file while the server runs. An address outside
    // the base gets the site's 404 page, with the headers of the base.
    const rules = readHeaders(root);
    const siteHeaders = (path: string) => Object.fromEntries(headersFor(rules, path.startsWith(base) ? path : base));
    const send = (file: string, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        ...siteHeaders(url.pathname),
        'Content-Type': type,
        ...(COMPRESSIBLE.test(type) ? { Vary: 'Accept-Encoding' } : {}),
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('Not found');
    };
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(base)) return notFound();
    const file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root) || file === join(root, '_headers')) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { ...siteHeaders(url.pathname), Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    return existsSync(file) ? send(file) : notFound();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** `DIR:PORT[:BASE]` as the commands take it. */
export function parseTarget(spec: string): { dir: string; port: number; base: string } {
  const [dir = '', port = '', base = '/'] = spec.split(':');
  if (!dir || !/^\d+$/.test(port) || !base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(
      `"${spec}" is not DIR:PORT[:BASE]. Fix: write e.g. dist:4400 or dist-sub:4401:/zoom-explainer/ (the base starts and ends with "/").`,
    );
  }
  return { dir, port: Number(port), base };
}

// Run as a command (not imported): compare real paths, which a space or a symlink cannot fool.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const spec of process.argv.slice(2)) {
    const { dir, port, base } = parseTarget(spec);
    await serve(dir, port, base);
    console.log(`Serving ${dir}/ at http://localhost:${port}${base}`);
  }
}
