import { defineConfig, devices } from '@playwright/test';
import { findChromium, isPlaywrightChromium } from './scripts/browser.mjs';

/**
 * The end-to-end tests run against the built site, served as a static host serves it: once at the
 * domain root (port 4400) and once under a sub-path, built with BASE_PATH=/zoom-explainer/ (port 4401).
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

export const ROOT_URL = 'http://localhost:4400/';
export const SUBPATH_URL = 'http://localhost:4401/zoom-explainer/';

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
    { name: 'subpath', use: { baseURL: SUBPATH_URL }, testMatch: /site\.spec\.ts/ },
  ],
  webServer: {
    command: 'npm run build:test && node scripts/serve.mjs dist:4400 dist-sub:4401:/zoom-explainer/',
    url: ROOT_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 300_000,
    stdout: 'ignore',
  },
});
