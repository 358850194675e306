// nginx for the site, from the same header rules as `_headers` (scripts/headers.ts, read from the
// build's own `_headers`): the site under its base path, `404.html` for every unknown address, the
// build's precompressed `.gz` copies (gzip_static; other text gzipped on the fly) and, with the brotli
// static module, its `.br` copies (brotli_static; scripts/precompress.ts), a year of caching for `/_astro/`.
//
// For the end-to-end tests, it runs nginx in the foreground with its config, pid and logs in a
// temporary directory (the suite leaves nginx's projects out, with a notice, where it is not installed;
// run by hand without nginx, scripts/serve.ts serves instead, with a one-line notice):
//   node scripts/nginx.ts dist-sub:4401:/zoom-explainer/
// For self-hosting, it prints a production server block (TLS on 443, HTTP redirected) for a build:
//   npm run --silent nginx:conf -- --server-name example.org --root /var/www/zoom [--dist dist]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headersFor, readHeaders, type HeaderRule } from './headers.ts';
import { TYPES } from './mime.ts';
import { parseTarget, serve } from './serve.ts';

const NGINX_PATHS = [
  '/usr/sbin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/bin/nginx',
  '/opt/homebrew/bin/nginx',
  '/usr/local/bin/nginx',
];

/** The nginx binary: `NGINX_PATH` (set it to `none` to test the fallback), one on the PATH, or a usual place. */
export function findNginx(): string | undefined {
  const wanted = process.env['NGINX_PATH'];
  if (wanted) return existsSync(wanted) ? wanted : undefined;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  return NGINX_PATHS.find((path) => existsSync(path));
}

/** Why nginx cannot serve the tests here (it is not installed), or undefined when it can. */
export function nginxUnavailable(): string | undefined {
  return findNginx()
    ? undefined
    : 'nginx is not installed (Debian, Ubuntu: sudo apt-get install -y nginx; or set NGINX_PATH)';
}

/** The Debian and Ubuntu package of nginx's brotli static module, which sends a file's `.br` copy. */
export const BROTLI_PACKAGE = 'libnginx-mod-http-brotli-static';

/** The brotli static module of `nginx`, if installed: in nginx's modules path (`nginx -V`) or Debian's. */
export function findBrotliStatic(nginx: string): string | undefined {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const modules = /--modules-path=(\S+)/.exec(`${built.stdout}${built.stderr}`)?.[1];
  return [modules, '/usr/lib/nginx/modules']
    .flatMap((dir) => (dir ? [join(dir, 'ngx_http_brotli_static_module.so')] : []))
    .find((file) => existsSync(file));
}

/** A quoted nginx string. */
const quote = (value: string) => `"${value.replace(/["\\$]/g, '\\$&')}"`;
const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);

/** The MIME types the site uses, as an nginx `types` block. */
export function typesBlock(): string {
  const lines = Object.entries(TYPES).map(([ext, type]) => `  ${type.split(';')[0]} ${ext.slice(1)};`);
  return `types {\n${lines.join('\n')}\n}\ndefault_type application/octet-stream;`;
}

/** gzip and charset settings, valid in `http` or `server`: a file's `.gz` copy if built, else gzip on the fly. */
export const COMPRESSION = `charset utf-8;
charset_types text/css text/javascript text/plain text/csv application/xml image/svg+xml;
gzip_static on;
gzip on;
gzip_vary on;
gzip_types text/css text/javascript text/plain text/csv application/json application/xml application/manifest+json image/svg+xml;`;

/**
 * The locations that serve the build at `root` under `base`, with the headers of `rules`. nginx does
 * not inherit `add_header` into a location that has its own, so each location gets the whole set its
 * paths get (headersFor), and each rule narrower than the site becomes a prefix location of its own.
 */
export function siteLocations({
  root,
  base,
  rules,
}: {
  root: string;
  base: string;
  rules: readonly HeaderRule[];
}): string {
  const addHeaders = (path: string) =>
    headersFor(rules, path).map(([name, value]) => `  add_header ${name} ${quote(value)} always;`);
  const location = (prefix: string, extra: string[]) =>
    [
      `location ^~ ${prefix} {`,
      `  alias ${join(root, prefix.slice(base.length)).replace(/\/?$/, '/')};`,
      ...extra,
      ...addHeaders(`${prefix}x`),
      '}',
    ].join('\n');
  const narrow = rules
    .map((rule) => rule.pattern)
    .filter((pattern) => pattern !== `${base}*`)
    .map((pattern) => {
      if (!pattern.startsWith(base) || !/^\/[^*]*\/\*$/.test(pattern)) {
        throw new Error(
          `_headers: nginx can serve only "${base}…/*" patterns, not "${pattern}". Fix: write the rule in scripts/headers.ts as a folder under the base, ending in "/*".`,
        );
      }
      return pattern.slice(0, -1);
    })
    .map((prefix) => location(prefix, []));
  return [
    `error_page 404 ${base}404.html;`,
    `location = ${base}_headers { return 404; }`,
    ...narrow,
    location(base, ['  index index.html;']),
    // Outside the base, nothing of the site's: the 404 page (a root build has no outside).
    ...(base === '/' ? [] : ['location / { return 404; }']),
  ].join('\n');
}

/**
 * The config the end-to-end tests run: a whole nginx, on 127.0.0.1 only, files under `temp`; with
 * `brotli` (the module's file, findBrotliStatic), the `.br` copies are sent too.
 */
export function testConfig({
  root,
  port,
  base,
  temp,
  brotli,
}: {
  root: string;
  port: number;
  base: string;
  temp: string;
  brotli?: string | undefined;
}): string {
  // Run as root (CI containers), nginx's workers would become `nobody`, who may not read a checkout
  // under /root: they stay root. It listens on 127.0.0.1 only, for the length of a test run.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${temp}/${name};`)
    .join('\n');
  return `# Written by scripts/nginx.ts for the end-to-end tests.
${brotli ? `load_module ${brotli};\n` : ''}worker_processes 1;
pid ${temp}/nginx.pid;
error_log ${temp}/error.log warn;
${user}events { worker_connections 512; }
http {
${indent(typesBlock(), '  ')}
${indent(COMPRESSION, '  ')}
${brotli ? '  brotli_static on;\n' : ''}  sendfile on;
  server_tokens off;
  absolute_redirect off;
  access_log off;
${indent(temps, '  ')}

  server {
    listen 127.0.0.1:${port};
${indent(siteLocations({ root, base, rules: readHeaders(root) }), '    ')}
  }
}
`;
}

export interface ProductionOptions {
  /** The directory the build is copied to on the server. */
  root: string;
  serverName: string;
  base: string;
  rules: readonly HeaderRule[];
  certificate?: string;
  key?: string;
}

/**
 * A production server block for `include` in nginx's `http` block (e.g. /etc/nginx/conf.d/): HTTPS on
 * 443 with the site's headers, compression and 404 page, and plain HTTP redirected to it.
 */
export function productionServer({ root, serverName, base, rules, certificate, key }: ProductionOptions): string {
  const cert = certificate ?? `/etc/letsencrypt/live/${serverName}/fullchain.pem`;
  const privateKey = key ?? `/etc/letsencrypt/live/${serverName}/privkey.pem`;
  return `# The site at https://${serverName}${base}, from a build copied to ${root}/
# (printed by \`npm run nginx:conf\`; the headers are the build's _headers). Put it in nginx's http block,
# e.g. as /etc/nginx/conf.d/${serverName}.conf, then: nginx -t && systemctl reload nginx
server {
  listen 80;
  listen [::]:80;
  server_name ${serverName};
  return 301 https://$host$request_uri;
}

server {
  # nginx 1.25.1 and later prefer \`listen 443 ssl;\` plus \`http2 on;\`; this form works on every version.
  listen 443 ssl http2;
  listen [::]:443 ssl http2;
  server_name ${serverName};
  ssl_certificate ${cert};
  ssl_certificate_key ${privateKey};
  ssl_protocols TLSv1.2 TLSv1.3;
  ssl_session_cache shared:zoom_explainer:10m;
  server_tokens off;
  absolute_redirect off;
${indent(typesBlock(), '  ')}
${indent(COMPRESSION, '  ')}
  # The build's .br copies, for browsers that accept Brotli: install nginx's brotli static module
  # (Debian, Ubuntu: apt-get install ${BROTLI_PACKAGE}, which loads it), then uncomment:
  # brotli_static on;

${indent(siteLocations({ root: resolve(root), base, rules }), '  ')}
}
`;
}

/** Starts nginx on `port` for `dir` under `base`; resolves once it answers, with a stop function. */
export async function startNginx(nginx: string, dir: string, port: number, base: string): Promise<() => Promise<void>> {
  const temp = mkdtempSync(join(tmpdir(), 'zoom-nginx-'));
  const config = join(temp, 'nginx.conf');
  writeFileSync(config, testConfig({ root: resolve(dir), port, base, temp, brotli: findBrotliStatic(nginx) }));
  const child = spawn(nginx, ['-p', temp, '-e', join(temp, 'error.log'), '-c', config, '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  const exit = new Promise<void>((done) => child.once('exit', () => done()));
  // nginx writes in its folder until its workers have quit: wait (5 s at most) before removing it.
  const stop = async () => {
    child.kill('SIGQUIT');
    await Promise.race([exit, new Promise((r) => setTimeout(r, 5_000))]);
    rmSync(temp, { recursive: true, force: true });
  };

  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`nginx exited with code ${code}; see its messages above (config: ${config})`)),
    ),
  );
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
  // Once it answers, an exit is stop()'s doing, or nginx says why in its messages above.
  exited.catch(() => {});
  return stop;
}

/** Serves `dir` with nginx, or with scripts/serve.ts when there is no nginx. */
export async function serveWithNginx(dir: string, port: number, base = '/'): Promise<() => Promise<void>> {
  const nginx = findNginx();
  if (!nginx) {
    await serve(dir, port, base);
    console.log(`nginx not found: serving ${dir}/ at http://localhost:${port}${base} with scripts/serve.ts instead.`);
    return async () => {};
  }
  const stop = await startNginx(nginx, dir, port, base);
  console.log(`nginx (${nginx}) serving ${dir}/ at http://localhost:${port}${base}`);
  return stop;
}

/** `npm run nginx:conf -- …`: prints the production block for a build. */
export function printProduction(args: string[]): string {
  const { values } = parseArgs({
    args,
    options: {
      'server-name': { type: 'string' },
      root: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      certificate: { type: 'string' },
      key: { type: 'string' },
    },
  });
  const usage =
    'Fix: npm run --silent nginx:conf -- --server-name example.org --root /var/www/zoom-explainer [--dist dist] [--certificate … --key …]';
  if (!values['server-name'] || !values.root) throw new Error(`nginx:conf needs --server-name and --root. ${usage}`);
  const dist = resolve(values.dist);
  const rules = readHeaders(dist);
  if (rules.length === 0)
    throw new Error(
      `${dist}/_headers is missing: nginx:conf reads a build. Fix: run npm run build (with SITE_URL and BASE_PATH) first.`,
    );
  // The base is the one the build was made for: the path of its first rule, `<base>*`.
  const base = (rules[0]?.pattern ?? '/*').replace(/\*$/, '');
  return productionServer({
    root: values.root,
    serverName: values['server-name'],
    base,
    rules,
    ...(values.certificate ? { certificate: values.certificate } : {}),
    ...(values.key ? { key: values.key } : {}),
  });
}

// Run as a command (not imported): compare real paths, which a space or a symlink cannot fool.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0]?.startsWith('--')) {
    process.stdout.write(printProduction(args));
  } else {
    const stops: (() => Promise<void>)[] = [];
    for (const spec of args) {
      const { dir, port, base } = parseTarget(spec);
      stops.push(await serveWithNginx(dir, port, base));
    }
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, async () => {
        await Promise.all(stops.map((stop) => stop()));
        process.exit(0);
      });
    }
  }
}
