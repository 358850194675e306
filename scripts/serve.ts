// Serves built sites the way a static host does: `dir/` → `dir/index.html`, a directory without its
// trailing slash → 301, anything missing → `404.html` with status 404, and the headers of the build's
// `_headers` file (Netlify and Cloudflare Pages format; the file itself is not served). Text goes out
// as the build's Brotli or gzip copy beside it (`index.html.br`, `.gz`: scripts/precompress.ts) when
// the browser accepts that encoding, else gzipped on the fly; a copy older than its file is not used.
// A copy asked for by its own name is sent as a plain file. Each argument is DIR:PORT[:BASE].
//   node scripts/serve.ts dist:4400 dist-sub:4401:/zoom-explainer/
// With --github-pages it serves as GitHub Pages does: no `_headers` applied (the file is just a file),
// gzip only, no Brotli; the same 404 page and trailing-slash redirect.
//   node scripts/serve.ts --github-pages dist:4406
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, readHeaders } from './headers.ts';
import { COMPRESSIBLE, TYPES } from './mime.ts';

/** The precompressed copies, in the order they are preferred, by their encoding. */
const COPIES = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** The content codings an Accept-Encoding header accepts (those not refused with q=0). */
export function acceptedEncodings(header = ''): Set<string> {
  return new Set(
    header.split(',').flatMap((part) => {
      const [name = '', ...params] = part
        .toLowerCase()
        .split(';')
        .map((s) => s.trim());
      const q = params.find((p) => p.startsWith('q='));
      return name && !(q && Number(q.slice(2)) === 0) ? [name] : [];
    }),
  );
}

/** Whether `copy` exists and was written after `file` (a file rewritten since has a stale copy). */
const fresh = (copy: string, file: string) => existsSync(copy) && statSync(copy).mtimeMs >= statSync(file).mtimeMs;

/** How a host serves: whether it applies `_headers`, and whether it sends Brotli. */
export interface HostBehaviour {
  headers: boolean;
  brotli: boolean;
}

/** Netlify and Cloudflare Pages (and nginx with its brotli module). */
export const STATIC_HOST: HostBehaviour = { headers: true, brotli: true };
/** GitHub Pages: no custom headers, gzip only. */
export const GITHUB_PAGES: HostBehaviour = { headers: false, brotli: false };

export function serve(dir: string, port: number, base = '/', host: HostBehaviour = STATIC_HOST): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Read on every request: a rebuild may change the file while the server runs. An address outside
    // the base gets the site's 404 page, with the headers of the base.
    const rules = host.headers ? readHeaders(root) : [];
    const siteHeaders = (path: string) => Object.fromEntries(headersFor(rules, path.startsWith(base) ? path : base));
    const send = (file: string, status = 200) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compressible = COMPRESSIBLE.test(type);
      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      if (!host.brotli) accepted.delete('br');
      const copy = compressible
        ? COPIES.find(([encoding, suffix]) => accepted.has(encoding) && fresh(`${file}${suffix}`, file))
        : undefined;
      const gzip = !copy && compressible && accepted.has('gzip');
      const encoding = copy?.[0] ?? (gzip ? 'gzip' : undefined);
      res.writeHead(status, {
        ...siteHeaders(url.pathname),
        'Content-Type': type,
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = createReadStream(copy ? `${file}${copy[1]}` : file);
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
    if (!file.startsWith(root) || (host.headers && file === join(root, '_headers'))) return notFound();
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
  const args = process.argv.slice(2);
  const githubPages = args.includes('--github-pages');
  for (const spec of args.filter((arg) => arg !== '--github-pages')) {
    const { dir, port, base } = parseTarget(spec);
    await serve(dir, port, base, githubPages ? GITHUB_PAGES : STATIC_HOST);
    console.log(`Serving ${dir}/ at http://localhost:${port}${base}${githubPages ? ' as GitHub Pages does' : ''}`);
  }
}
