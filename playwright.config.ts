import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { BUILDS } from './e2e/builds.ts';
import { findChromium, isPlaywrightChromium } from './scripts/browser.ts';
import { cloudflareUnavailable } from './scripts/cloudflare.ts';
import { nginxUnavailable } from './scripts/nginx.ts';

/**
 * The browser tests run against the built site, served as static hosts serve it. Every build is served
 * by every host, each pair on its own port from E2E_PORT_BASE (default 4400; spec-owned servers use
 * +10 and up, e2e/build/cloudflare.test.ts +40 and up, wrangler's inspectors 50 above its port):
 * - project "root": the root build on the Node server (scripts/serve.ts, which applies `_headers` as
 *   Netlify and Cloudflare Pages do) runs every spec;
 * - every other pair runs only the tests tagged `@host` (HOST_DEPENDENT): those whose result depends on
 *   the server or the base path (links, the 404 page, the root's redirect, headers, served assets).
 * A spec declares a test host-dependent with `test('…', { tag: '@host' }, …)` (or on a `describe`); it
 * never names a host or a base, only paths relative to `baseURL`, and reads what it must know of the
 * host from the project's metadata (e2e/host.ts). Adding a host or a build is one entry below.
 * `npm test` builds first (E2E_SKIP_BUILD=1); a Playwright run of its own builds before serving.
 */

export { BUILDS };

export interface Host {
  name: string;
  /** A command that serves DIR:PORT:BASE until it is stopped. */
  command: string;
  /** Whether the host sends the headers of `_headers` (framing, HSTS, CORP…); else the pages' own CSP is all. */
  appliesHeaders: boolean;
  /** Why the host's software cannot run on this machine, or undefined when it can. */
  unavailable?: () => string | undefined;
}

/** The hosts, each with its own software where it can run here. */
export const HOSTS: readonly Host[] = [
  { name: 'node', command: 'node scripts/serve.ts', appliesHeaders: true },
  { name: 'nginx', command: 'node scripts/nginx.ts', appliesHeaders: true, unavailable: nginxUnavailable },
  // Cloudflare's own runtime (workerd), through `wrangler pages dev`.
  {
    name: 'cloudflare',
    command: 'node scripts/cloudflare.ts',
    appliesHeaders: true,
    unavailable: cloudflareUnavailable,
  },
  { name: 'github', command: 'node scripts/serve.ts --github-pages', appliesHeaders: false },
];

/** The tag of the tests that every host × build runs. */
export const HOST_DEPENDENT = /@host\b/;

/** The first of the ports the suite listens on. */
export const PORT_BASE = Number(process.env['E2E_PORT_BASE'] || 4400);

/**
 * The hosts whose software cannot run here, with why. Playwright loads this file in its runner and again
 * in each worker: the runner asks, its workers inherit the answer (so every process has the same projects).
 * Setting E2E_UNAVAILABLE_HOSTS='{"cloudflare":"a reason"}' shows what a machine without it gets.
 */
function unavailableHosts(): Record<string, string> {
  const inherited = process.env['E2E_UNAVAILABLE_HOSTS'];
  if (inherited) return JSON.parse(inherited);
  const found: Record<string, string> = {};
  for (const host of HOSTS) {
    const why = host.unavailable?.();
    if (why) found[host.name] = why;
  }
  process.env['E2E_UNAVAILABLE_HOSTS'] = JSON.stringify(found);
  return found;
}
const inRunner = process.env['TEST_WORKER_INDEX'] === undefined;
const unavailable = unavailableHosts();
const allTargets = HOSTS.flatMap((host) => BUILDS.map((build) => ({ host, build }))).map(({ host, build }, index) => {
  const port = PORT_BASE + index;
  return {
    host,
    build,
    port,
    url: `http://localhost:${port}${build.base}`,
    name: index === 0 ? 'root' : `${host.name}-${build.name}`,
    unavailable: unavailable[host.name],
  };
});
// A host whose software cannot run here is left out, and said so at the start and at the end of the
// run; on CI, which installs every host, it fails the run instead.
const skipped = allTargets.filter((target) => target.unavailable);
if (skipped.length > 0 && inRunner) {
  const notice = [
    '',
    '!'.repeat(100),
    ...skipped.map(
      ({ name, unavailable }) => `!! NOT TESTED: project ${name}: its @host tests are skipped, because ${unavailable}.`,
    ),
    '!'.repeat(100),
    '',
  ].join('\n');
  if (process.env['CI']) throw new Error(`A host cannot run on this CI machine:${notice}`);
  console.warn(notice);
  process.on('exit', () => console.warn(notice));
}
const targets = allTargets.filter((target) => !target.unavailable);

const chromium = findChromium();
const isRoot = process.getuid?.() === 0;
const launchOptions = {
  ...(chromium && !isPlaywrightChromium(chromium) ? { executablePath: chromium } : {}),
  args: [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

const build = process.env['E2E_SKIP_BUILD'] ? '' : 'npm run build:test && ';

const config: PlaywrightTestConfig = defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    // A failed test keeps its trace: actions, console, network and errors. DOM snapshots and screenshots
    // of every action cost about a quarter of the suite's time on two cores, so they are off.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
  },
  projects: targets.map(({ name, url, host }, index) => ({
    name,
    use: { baseURL: url },
    metadata: { appliesHeaders: host.appliesHeaders },
    ...(index === 0 ? {} : { grep: HOST_DEPENDENT }),
  })),
  // Started one after the other, the first building both sites: nginx reads `_headers` once, at start.
  webServer: targets.map(({ host, build: { dir, base }, port, url }, index) => ({
    command: `${index === 0 ? build : ''}${host.command} ${dir}:${port}:${base}`,
    url,
    reuseExistingServer: !process.env['CI'],
    timeout: index === 0 ? 300_000 : 60_000,
    // Each host says what serves the site (nginx, or wrangler with its start time).
    stdout: index === 0 ? 'ignore' : 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  })),
});
export default config;
