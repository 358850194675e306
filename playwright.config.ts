import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { BUILDS } from './e2e/builds.ts';
import { findChromium, isPlaywrightChromium } from './scripts/browser.ts';

/**
 * The browser tests run against the built site, served as static hosts serve it. Every build is served
 * by every host, each pair on its own port from E2E_PORT_BASE (default 4400; spec-owned servers use
 * +10 and up):
 * - project "root": the root build on the Node server (scripts/serve.ts, which applies `_headers` as
 *   Netlify and Cloudflare Pages do) runs every spec;
 * - every other pair runs only the tests tagged `@host` (HOST_DEPENDENT): those whose result depends on
 *   the server or the base path (links, the 404 page, the root's redirect, headers, served assets).
 * A spec declares a test host-dependent with `test('…', { tag: '@host' }, …)` (or on a `describe`); it
 * never names a host or a base, only paths relative to `baseURL`. Adding a host or a build is one entry below.
 * `npm test` builds first (E2E_SKIP_BUILD=1); a Playwright run of its own builds before serving.
 */

export { BUILDS };

/** The hosts: a command that serves DIR:PORT:BASE until it is stopped. */
export const HOSTS = [
  { name: 'node', command: 'node scripts/serve.ts' },
  // Falls back to scripts/serve.ts, with a notice, where nginx is not installed.
  { name: 'nginx', command: 'node scripts/nginx.ts' },
] as const;

/** The tag of the tests that every host × build runs. */
export const HOST_DEPENDENT = /@host\b/;

/** The first of the ports the suite listens on. */
export const PORT_BASE = Number(process.env['E2E_PORT_BASE'] || 4400);

const targets = HOSTS.flatMap((host) => BUILDS.map((build) => ({ host, build }))).map(({ host, build }, index) => {
  const port = PORT_BASE + index;
  return {
    host,
    build,
    port,
    url: `http://localhost:${port}${build.base}`,
    name: index === 0 ? 'root' : `${host.name}-${build.name}`,
  };
});

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
  projects: targets.map(({ name, url }, index) => ({
    name,
    use: { baseURL: url },
    ...(index === 0 ? {} : { grep: HOST_DEPENDENT }),
  })),
  // Started one after the other, the first building both sites: nginx reads `_headers` once, at start.
  webServer: targets.map(({ host, build: { dir, base }, port, url }, index) => ({
    command: `${index === 0 ? build : ''}${host.command} ${dir}:${port}:${base}`,
    url,
    reuseExistingServer: !process.env['CI'],
    timeout: index === 0 ? 300_000 : 30_000,
    stdout: host.name === 'nginx' ? 'pipe' : 'ignore',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  })),
});
export default config;
