// Serves built sites the way a static host does: `dir/` → `dir/index.html`, a directory without its
// trailing slash → 301, anything missing → `404.html` with status 404. Each argument is DIR:PORT[:BASE].
//   node scripts/serve.mjs dist:4400 dist-sub:4401:/zoom-explainer/
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
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

export function serve(dir, port, base = '/') {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (file, status = 200) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('Not found');
    };
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!path.startsWith(base)) return notFound();
    const file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    return existsSync(file) ? send(file) : notFound();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const spec of process.argv.slice(2)) {
    const [dir, port, base = '/'] = spec.split(':');
    await serve(dir, Number(port), base);
    console.log(`Serving ${dir}/ at http://localhost:${port}${base}`);
  }
}
