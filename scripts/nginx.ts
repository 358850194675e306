// Serves a built site with nginx, the way a real static host does, for the end-to-end tests: the site
// under its base path (an `alias`), `404.html` for every unknown address, gzip, and the headers of the
// build's `_headers` file turned into `add_header` lines. The config, pid and logs live in a temporary
// directory; nginx runs in the foreground until this process is stopped.
// Without nginx (e.g. on a laptop), scripts/serve.mjs serves instead, with a one-line notice.
//   node scripts/nginx.mjs dist-sub:4401:/zoom-explainer/
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matches, readHeaders } from './headers.mjs';
import { serve, TYPES } from './serve.mjs';

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];

/**
 * The nginx binary: `NGINX_PATH` (set it to `none` to test the fallback), one on the PATH, or a usual
 * place. @returns {string | undefined}
 */
export function findNginx() {
  const wanted = process.env.NGINX_PATH;
  if (wanted) return existsSync(wanted) ? wanted : undefined;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  return NGINX_PATHS.find((path) => existsSync(path));
}

/** A quoted nginx string. */
const quote = (value) => `"${value.replace(/["\\$]/g, '\\$&')}"`;

/**
 * The nginx config that serves `root` at http://127.0.0.1:`port``base`, with the `_headers` rules of
 * the build. nginx does not inherit `add_header` into a location that has its own, so each location
 * gets every header of the rules that match it.
 */
export function nginxConfig({ root, port, base, temp }) {
  const rules = readHeaders(root);
  const addHeaders = (path) =>
    rules
      .filter((rule) => matches(rule.pattern, path))
      .flatMap((rule) => rule.headers)
      .map(([name, value]) => `      add_header ${name} ${quote(value)} always;`)
      .join('\n');
  // A location of its own for every rule narrower than the whole site, e.g. `/_astro/*`.
  const narrow = rules
    .map((rule) => rule.pattern)
    .filter((pattern) => pattern !== '/*' && /^\/[^*]*\/\*$/.test(pattern))
    .map((pattern) => {
      const prefix = pattern.slice(1, -1);
      return `    location ^~ ${base}${prefix} {\n      alias ${join(root, prefix).replace(/\/?$/, '/')};\n${addHeaders(`/${prefix}x`)}\n    }`;
    });
  // Run as root (CI containers), nginx's workers would become `nobody`, who may not read a checkout
  // under /root: they stay root. It listens on 127.0.0.1 only, for the length of a test run.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const types = Object.entries(TYPES)
    .map(([ext, type]) => `    ${type.split(';')[0]} ${ext.slice(1)};`)
    .join('\n');
  return `# Written by scripts/nginx.mjs for the end-to-end tests.
worker_processes 1;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log warn;
${user}events { worker_connections 512; }
http {
  types {
${types}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/javascript text/plain text/csv application/xml image/svg+xml;
  gzip on;
  gzip_vary on;
  gzip_types text/css text/javascript text/plain text/csv application/json application/xml application/manifest+json image/svg+xml;
  sendfile on;
  server_tokens off;
  absolute_redirect off;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;

  server {
    listen 127.0.0.1:${port};
    error_page 404 ${base}404.html;

    location = ${base}_headers { return 404; }
${narrow.join('\n')}
    location ${base} {
      alias ${root}/;
      index index.html;
${addHeaders('/')}
    }
    location / { return 404; }
  }
}
`;
}

/** Starts nginx on `port` for `dir` under `base`; resolves once it answers. @returns {Promise<() => void>} a stop function. */
export async function startNginx(nginx, dir, port, base) {
  const temp = mkdtempSync(join(tmpdir(), 'zoom-nginx-'));
  const config = join(temp, 'nginx.conf');
  writeFileSync(config, nginxConfig({ root: resolve(dir), port, base, temp }));
  const child = spawn(nginx, ['-p', temp, '-e', join(temp, 'error.log'), '-c', config, '-g', 'daemon off;'], { stdio: 'inherit' });
  const stop = () => {
    child.kill('SIGQUIT');
    rmSync(temp, { recursive: true, force: true });
  };
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`nginx exited with code ${code}; see its messages above`))));
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}${base}`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not answer on port ${port}`);
  })();
  await Promise.race([ready, exited]);
  return stop;
}

/** Serves `dir` with nginx, or with scripts/serve.mjs when there is no nginx. */
export async function serveWithNginx(dir, port, base = '/') {
  const nginx = findNginx();
  if (!nginx) {
    await serve(dir, port, base);
    console.log(`nginx not found: serving ${dir}/ at http://localhost:${port}${base} with scripts/serve.mjs instead.`);
    return () => {};
  }
  const stop = await startNginx(nginx, dir, port, base);
  console.log(`nginx (${nginx}) serving ${dir}/ at http://localhost:${port}${base}`);
  return stop;
}

// Run as a command (not imported): compare real paths, which a space or a symlink cannot fool.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stops = [];
  for (const spec of process.argv.slice(2)) {
    const [dir, port, base = '/'] = spec.split(':');
    stops.push(await serveWithNginx(dir, Number(port), base));
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      for (const stop of stops) stop();
      process.exit(0);
    });
  }
}
