import { defineConfig, devices } from '@playwright/test';
import { findChromium, isPlaywrightChromium } from './scripts/browser.mjs';

/**
 * The end-to-end tests run against the built site, served as a static host serves it: once at the
 * domain root (port E2E_PORT_BASE, default 4400, scripts/serve.mjs) and once under a sub-path, built with
 * BASE_PATH=/zoom-explainer/ and served by nginx (the next port, scripts/nginx.mjs; scripts/serve.mjs
 * when nginx is not installed). Both send the headers of public/_headers.
 */
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

/** The first of the ports the suite listens on (root, sub-path, then spec-owned servers from +10). */
export const PORT_BASE = Number(process.env['E2E_PORT_BASE'] || 4400);
export const ROOT_URL = `http://localhost:${PORT_BASE}/`;
export const SUBPATH_URL = `http://localhost:${PORT_BASE + 1}/zoom-explainer/`;
/** Specs that measure the build's bytes: the same on any host, so they run once, at the root. */
// Specs that do not depend on the host: bytes, HTML validity, and the third-locale build (its own copy).
const ROOT_ONLY = [/budgets(-pages)?\.spec\.ts/, /html\.spec\.ts/, /i18n\.spec\.ts/];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { baseURL: ROOT_URL } },
    // The whole suite again on nginx, except the specs that do not depend on the host.
    { name: 'subpath', use: { baseURL: SUBPATH_URL }, testIgnore: ROOT_ONLY },
  ],
  // Started one after the other: nginx reads dist-sub/_headers, so it starts once the build is done.
  webServer: [
    {
      command: `npm run build:test && node scripts/serve.mjs dist:${PORT_BASE}`,
      url: ROOT_URL,
      reuseExistingServer: !process.env['CI'],
      timeout: 300_000,
      stdout: 'ignore',
    },
    {
      command: `node scripts/nginx.mjs dist-sub:${PORT_BASE + 1}:/zoom-explainer/`,
      url: SUBPATH_URL,
      reuseExistingServer: !process.env['CI'],
      timeout: 30_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
