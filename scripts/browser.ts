// Finds a Chromium for the tests: Playwright's own when it is installed, else the system's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium to drive, or undefined for none. */
export function findChromium(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** Whether the browser found is Playwright's own (it needs no extra flags). */
export function isPlaywrightChromium(path: string): boolean {
  try {
    return path === chromium.executablePath();
  } catch {
    return false;
  }
}
