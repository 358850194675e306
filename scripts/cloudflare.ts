// Cloudflare Pages for the end-to-end tests: `wrangler pages dev`, which serves a folder through
// Cloudflare's own runtime (workerd) with Pages' asset handling: its reading of `_headers`, its 404 page
// lookup, its redirects to a trailing slash. It runs offline: no telemetry, no update check, no
// download of the `Request.cf` object.
//   node scripts/cloudflare.ts dist-sub:4405:/zoom-explainer/
// Pages serves a project's folder at the domain's root, with `_headers` at its top. A sub-path build is
// laid out as it would be uploaded for that: the build under `<base>`, its `_headers` (whose paths
// already include the base) at the top.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTarget } from './serve.ts';

/**
 * The Workers compatibility date the site is served with: a fixed date, not today's, because workerd
 * refuses a date later than its own release (a static site does not depend on it). An older workerd
 * gets its own latest date instead (compatibilityDate).
 */
export const COMPATIBILITY_DATE = '2026-04-01';

/** wrangler's command-line entry and the workerd binary it runs, resolved from this project's packages. */
function locate(): { wrangler: string; workerd: string; latestDate: string } {
  const require = createRequire(import.meta.url);
  const wranglerPackage = require.resolve('wrangler/package.json');
  const fromMiniflare = createRequire(createRequire(wranglerPackage).resolve('miniflare'));
  // workerd's main module exports the path of its platform's binary and the latest date it supports.
  const workerd: unknown = fromMiniflare('workerd');
  const field = (name: string): unknown =>
    typeof workerd === 'object' && workerd && name in workerd ? Reflect.get(workerd, name) : undefined;
  const binary = field('default');
  const latestDate = field('compatibilityDate');
  if (typeof binary !== 'string' || typeof latestDate !== 'string')
    throw new Error('the workerd package did not give the path of its binary and its compatibility date');
  return { wrangler: join(dirname(wranglerPackage), 'bin', 'wrangler.js'), workerd: binary, latestDate };
}

/** The date to run with: COMPATIBILITY_DATE, or an older workerd's latest (ISO dates sort as text). */
export function compatibilityDate(latestDate = locate().latestDate): string {
  return latestDate < COMPATIBILITY_DATE ? latestDate : COMPATIBILITY_DATE;
}

/**
 * Why Cloudflare's runtime cannot run on this machine (no wrangler installed, no workerd build for this
 * platform, a binary that does not start), or undefined when it can. Quick: it only asks workerd its version.
 */
export function cloudflareUnavailable(): string | undefined {
  let workerd: string;
  try {
    workerd = locate().workerd;
  } catch (error) {
    return `wrangler or workerd is not installed (${error instanceof Error ? error.message : String(error)}); run npm ci`;
  }
  const run = spawnSync(workerd, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.error || run.status !== 0) {
    const why = run.error?.message ?? (`${run.stderr}`.trim().split('\n')[0] || `exit code ${run.status}`);
    return `workerd (${workerd}) does not run on this machine: ${why}`;
  }
  return undefined;
}

/** The environment that keeps wrangler offline and its files in `temp`. */
export function offlineEnv(temp: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    // The banner is where wrangler asks the npm registry for a newer version.
    WRANGLER_HIDE_BANNER: 'true',
    // Else each start fetches the `Request.cf` object from Cloudflare.
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_LOG_PATH: join(temp, 'logs'),
    WRANGLER_REGISTRY_PATH: join(temp, 'registry'),
    WRANGLER_CACHE_DIR: join(temp, 'cache'),
  };
}

/**
 * The folder wrangler serves, in `temp`: the build's files under `base` (links to its folders, copies of
 * its few top files: wrangler does not follow a link to a file), and its `_headers` on top, or `headers`
 * in its place. Made at start: a rebuild's new top files need a restart.
 */
export function layOut(dir: string, base: string, temp: string, headers?: string): string {
  const build = realpathSync(dir);
  const site = join(temp, 'site');
  const folder = join(site, base);
  mkdirSync(folder, { recursive: true });
  for (const entry of readdirSync(build, { withFileTypes: true })) {
    const from = join(build, entry.name);
    if (entry.isDirectory()) symlinkSync(from, join(folder, entry.name), 'dir');
    else copyFileSync(from, join(entry.name === '_headers' ? site : folder, entry.name));
  }
  if (headers !== undefined) writeFileSync(join(site, '_headers'), headers);
  return site;
}

/** The inspector port of a host port: 50 above it (playwright.config.ts keeps that range free). */
export const inspectorPortFor = (port: number) => port + 50;

/**
 * Starts `wrangler pages dev` for the build `dir` under `base` on `port` (and workerd's inspector on
 * `inspectorPort`); resolves once it answers, with the time that took and a stop function.
 */
export async function startCloudflare({
  dir,
  port,
  base,
  inspectorPort = inspectorPortFor(port),
  headers,
}: {
  dir: string;
  port: number;
  base: string;
  inspectorPort?: number;
  /** A `_headers` to serve instead of the build's. */
  headers?: string;
}): Promise<{ stop: () => Promise<void>; seconds: number }> {
  const started = performance.now();
  const { wrangler, latestDate } = locate();
  const temp = mkdtempSync(join(tmpdir(), 'zoom-cloudflare-'));
  const site = layOut(dir, base, temp, headers);
  const args = [
    ...[wrangler, 'pages', 'dev', site, '--ip', '127.0.0.1', '--port', String(port)],
    ...['--inspector-port', String(inspectorPort), '--compatibility-date', compatibilityDate(latestDate)],
    ...['--persist-to', join(temp, 'state'), '--show-interactive-dev-session=false', '--log-level', 'warn'],
  ];
  // In its own folder, where it writes its shim; Node is the one running this script (the project's).
  const child = spawn(process.execPath, args, { cwd: temp, env: offlineEnv(temp), stdio: 'inherit' });
  const exit = new Promise<number | null>((done) => child.once('exit', done));
  // wrangler stops workerd on SIGTERM, and writes in its folder until it has: wait (5 s at most) before removing it.
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exit, new Promise((r) => setTimeout(r, 5_000))]);
    rmSync(temp, { recursive: true, force: true });
  };
  const exited = exit.then((code) => {
    throw new Error(`wrangler exited with code ${code}; see its messages above`);
  });
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}${base}`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`wrangler did not answer on port ${port} within a minute`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  exited.catch(() => {});
  return { stop, seconds: (performance.now() - started) / 1000 };
}

// Run as a command (not imported): compare real paths, which a space or a symlink cannot fool.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const unavailable = cloudflareUnavailable();
  if (unavailable) {
    console.error(`Cloudflare Pages cannot be served here: ${unavailable}.`);
    process.exit(1);
  }
  const stops: (() => Promise<void>)[] = [];
  for (const spec of process.argv.slice(2)) {
    const { dir, port, base } = parseTarget(spec);
    const { stop, seconds } = await startCloudflare({ dir: resolve(dir), port, base });
    stops.push(stop);
    console.log(
      `Cloudflare Pages (wrangler pages dev, workerd) serving ${dir}/ at http://localhost:${port}${base}, ready in ${seconds.toFixed(1)} s`,
    );
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await Promise.all(stops.map((stop) => stop()));
      process.exit(0);
    });
  }
}
