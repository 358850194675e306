/**
 * The system's Firefox (Debian's firefox-esr), driven by puppeteer over WebDriver BiDi. Firefox ESR has
 * no BiDi command to emulate media features (`emulation.setMediaFeaturesOverride`) and puppeteer's
 * `emulateMediaFeatures`/`emulateMediaType` need CDP: the dark scheme is a profile preference, set at
 * launch (a second browser, started dark), and print media cannot be emulated.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { problemsInPage, watchInPage } from '../page.ts';
import type { Browser, Driver, Engine } from '../types.ts';
import { consoleProblem, otherOriginRequest } from '../../checks/native.ts';

const SYSTEM_FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function driver(page: Page, base: string, touch: boolean): Driver {
  const native: string[] = [];
  page.on('pageerror', (error) => native.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    const problem = consoleProblem(message.type(), message.text());
    if (problem) native.push(problem);
  });
  page.on('request', (request) => {
    const problem = otherOriginRequest(request.url(), base);
    if (problem) native.push(problem);
  });
  return {
    goto: async (path) => {
      await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    },
    // The page function's type is the driver-neutral one; puppeteer's own maps handles, which the checks never pass.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
    inject: async (source) => {
      await page.evaluate(source);
    },
    pointerMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    resize: async (width, height) => {
      await page.setViewport({ width, height, hasTouch: touch, isMobile: touch });
      return page.evaluate(() => window.innerWidth);
    },
    problems: async () => [...new Set([...native, ...(await page.evaluate(problemsInPage))])],
  };
}

export const firefoxEsr: Engine = {
  id: 'firefox-esr',
  label: 'Firefox ESR (system), puppeteer over WebDriver BiDi',
  requiredInCi: true,
  find() {
    const chosen = process.env['FIREFOX_PATH'];
    if (chosen) return existsSync(chosen) ? { path: chosen } : { missing: `FIREFOX_PATH=${chosen} does not exist` };
    const path = SYSTEM_FIREFOXES.find((candidate) => existsSync(candidate));
    return path ? { path } : { missing: 'no firefox-esr (sudo apt-get install -y firefox-esr, or set FIREFOX_PATH)' };
  },
  cannot: {
    print:
      'Firefox ESR over BiDi cannot emulate print media (no emulation.setMediaFeaturesOverride; puppeteer’s emulateMediaType needs CDP) (the print stylesheet goes unchecked here; the charts’ switch to their print images on beforeprint is checked in the dark scheme group)',
  },
  darkAtLaunch: true,
  async launch(path, { dark, url }) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: path,
      headless: true,
      extraPrefsFirefox: {
        'ui.systemUsesDarkTheme': dark ? 1 : 0,
        // 0: dark, 1: light (the page's prefers-color-scheme, whatever the browser's own theme).
        'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      },
    });
    const handle: Browser = {
      async open({ width, height, touch = false }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width, height, hasTouch: touch, isMobile: touch });
        await page.evaluateOnNewDocument(watchInPage);
        return { ...driver(page, url, touch), close: () => context.close() };
      },
      close: () => browser.close(),
    };
    return handle;
  },
};
