/** Playwright's browsers: Chromium (Playwright's own or the system's), and Playwright's own Firefox and WebKit. */
import { existsSync } from 'node:fs';
import { chromium, firefox, type Page, webkit } from '@playwright/test';
import { findChromium, isPlaywrightChromium } from '../../../scripts/browser.ts';
import { problemsInPage, watchInPage } from '../page.ts';
import type { Browser, Driver, Engine } from '../types.ts';
import { consoleProblem, otherOriginRequest } from '../../checks/native.ts';

const TYPES = { chromium, firefox, webkit } as const;

/** The page as the checks drive it. */
export function playwrightDriver(page: Page, base: string): Driver {
  const native: string[] = [];
  page.on('pageerror', (error) => native.push(`page error: ${error.message}`));
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
      await page.goto(new URL(path, base).href);
    },
    // The page function's type is the driver-neutral one; Playwright's own unboxes handles, which the checks never pass.
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    inject: async (source) => {
      await page.evaluate(source);
    },
    pointerMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (key) => page.keyboard.press(key),
    resize: async (width, height) => {
      await page.setViewportSize({ width, height });
      return page.evaluate(() => window.innerWidth);
    },
    problems: async () => [...new Set([...native, ...(await page.evaluate(problemsInPage))])],
  };
}

export function playwrightEngine(kind: keyof typeof TYPES): Engine {
  const type = TYPES[kind];
  const own = (): string | undefined => {
    try {
      const path = type.executablePath();
      return path && existsSync(path) ? path : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    id: kind === 'chromium' ? 'chromium' : `playwright-${kind}`,
    label: kind === 'chromium' ? 'Chromium, Playwright (CDP)' : `Playwright's own ${kind}`,
    requiredInCi: kind === 'chromium',
    find() {
      const path = kind === 'chromium' ? findChromium() : own();
      return path
        ? { path }
        : {
            missing:
              kind === 'chromium'
                ? 'no Chromium (sudo apt-get install -y chromium, or npx playwright install chromium)'
                : `Playwright's own ${kind} is not installed (npx playwright install ${kind}; it needs to download it)`,
          };
    },
    cannot: {},
    darkAtLaunch: false,
    async launch(path, { url }) {
      const system = kind === 'chromium' && !isPlaywrightChromium(path);
      const browser = await type.launch({
        ...(system ? { executablePath: path } : {}),
        ...(kind === 'chromium' && process.getuid?.() === 0 ? { args: ['--no-sandbox'] } : {}),
      });
      const handle: Browser = {
        async open({ width, height, touch = false, dark = false, print = false }) {
          const context = await browser.newContext({
            viewport: { width, height },
            hasTouch: touch,
            // Firefox has no mobile emulation; a touch screen is enough for the checks.
            ...(touch && kind !== 'firefox' ? { isMobile: true } : {}),
            colorScheme: dark ? 'dark' : 'light',
          });
          const page = await context.newPage();
          if (print) await page.emulateMedia({ media: 'print' });
          await page.addInitScript(watchInPage);
          return { ...playwrightDriver(page, url), close: () => context.close() };
        },
        close: () => browser.close(),
      };
      return handle;
    },
  };
}
