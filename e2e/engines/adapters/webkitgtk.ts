/**
 * WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and its MiniBrowser), driven over W3C WebDriver
 * classic by selenium-webdriver, on a virtual display (xvfb-run). WebDriver classic runs no script
 * before the page's own, so the page's watcher starts once the page has loaded: an error thrown while
 * loading is not seen (a CSP violation after the load is). The dark scheme is the GTK theme's, set at
 * launch (GTK_THEME=Adwaita:dark, a second browser); print media cannot be emulated; touch actions
 * arrive as mouse events, and the window cannot be made narrower than about 450 px (the narrow layout is checked at 460 px).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Builder, Capabilities, Key, Origin, type WebDriver } from 'selenium-webdriver';
import { problemsInPage, watchInPage } from '../page.ts';
import { resizeViewport, type Size } from '../resize.ts';
import type { Browser, Driver, Engine, Key as KeyName } from '../types.ts';

const DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ARROW_RIGHT,
  Home: Key.HOME,
  End: Key.END,
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  Enter: Key.ENTER,
};
/** The driver's port: its own, beside the suite's (E2E_PORT_BASE + 21, and + 22 for the dark one). */
const port = (dark: boolean) => Number(process.env['E2E_PORT_BASE'] || 4400) + (dark ? 22 : 21);

/** Runs `fn(arg)` in the page and returns its result (or throws what the page threw). */
async function run<A, R>(web: WebDriver, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const script = `const [arg, done] = [arguments[0], arguments[arguments.length - 1]];
    Promise.resolve().then(() => (${fn.toString()})(arg)).then(
      (value) => done({ value }),
      (error) => done({ error: String(error && error.stack || error) }));`;
  const result = (await web.executeAsyncScript(script, arg ?? null)) as { value: R; error?: string };
  if (result.error) throw new Error(`in the page: ${result.error}`);
  return result.value;
}

/** The frame (MiniBrowser's title bar and toolbar) last measured around each window's viewport. */
const frames = new WeakMap<WebDriver, Size>();

/** Sizes the window so that its viewport is `width` × `height` (see ../resize.ts); returns the viewport's width. */
async function resize(web: WebDriver, width: number, height: number): Promise<number> {
  const window = web.manage().window();
  const { viewport, frame } = await resizeViewport(
    {
      setRect: async (size) => {
        await window.setRect(size);
      },
      getRect: () => window.getRect(),
      viewport: () => run(web, () => ({ width: innerWidth, height: innerHeight }), undefined),
    },
    { width, height },
    frames.get(web),
  );
  frames.set(web, frame);
  return viewport.width;
}

function driver(web: WebDriver, base: string): Driver {
  const at = (x: number, y: number) => ({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
  return {
    goto: async (path) => {
      await web.get(new URL(path, base).href);
      await run(web, watchInPage, undefined);
    },
    evaluate: (fn, arg) => run(web, fn, arg),
    inject: async (source) => {
      await web.executeScript(source);
    },
    pointerMove: (x, y) => web.actions().move(at(x, y)).perform(),
    click: (x, y) => web.actions().move(at(x, y)).click().perform(),
    tap: () => Promise.reject(new Error('WebKitGTK’s WebDriver has no touch input')),
    press: (key) => web.actions().sendKeys(KEYS[key]).perform(),
    resize: (width, height) => resize(web, width, height),
    problems: () => run(web, problemsInPage, undefined),
  };
}

/** Starts WebKitWebDriver on a virtual display and waits until it answers. */
async function startDriver(dark: boolean): Promise<ChildProcess> {
  const child = spawn('xvfb-run', ['--auto-servernum', DRIVER, `--port=${port(dark)}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ...(dark ? { GTK_THEME: 'Adwaita:dark' } : { GTK_THEME: 'Adwaita' }) },
  });
  // Should the run stop early, the driver, its browser and its X server go with it.
  process.once('exit', () => stop(child));
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    const ready = await fetch(`http://127.0.0.1:${port(dark)}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop(child);
  throw new Error(`WebKitWebDriver did not answer on port ${port(dark)} within 15 s`);
}

/** Stops xvfb-run with the driver, its browser and the X server it started (one process group). */
function stop(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

export const webkitGtk: Engine = {
  id: 'webkitgtk',
  label: 'WebKitGTK (system MiniBrowser), selenium-webdriver over WebDriver classic, under Xvfb',
  requiredInCi: true,
  find() {
    const browser = MINIBROWSER.find((path) => existsSync(path));
    if (!existsSync(DRIVER) || !browser)
      return { missing: 'no WebKitWebDriver or MiniBrowser (sudo apt-get install -y webkit2gtk-driver xvfb)' };
    if (!existsSync('/usr/bin/xvfb-run')) return { missing: 'no xvfb-run (sudo apt-get install -y xvfb)' };
    return { path: browser };
  },
  cannot: {
    touch:
      'WebKitGTK’s WebDriver sends touch actions as mouse events (no touchstart, pointerType "mouse"), and its window cannot be made phone-narrow',
    print:
      'WebDriver classic cannot emulate print media, and WebKitWebDriver has no Print Page command (the print stylesheet goes unchecked here; the charts’ switch to their print images on beforeprint is checked in the dark scheme group)',
  },
  darkAtLaunch: true,
  async launch(path, { dark, url }) {
    const child = await startDriver(dark);
    try {
      const web = await new Builder()
        .usingServer(`http://127.0.0.1:${port(dark)}`)
        .withCapabilities(
          new Capabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: path, args: ['--automation'] },
          }),
        )
        .build();
      await web.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
      const handle: Browser = {
        async open({ width, height }) {
          const got = await resize(web, width, height);
          if (got !== width) throw new Error(`the window's viewport is ${got} px wide, not ${width} px`);
          return { ...driver(web, url), close: () => web.get('about:blank') };
        },
        async close() {
          await web.quit().catch(() => undefined);
          stop(child);
        },
      };
      return handle;
    } catch (error) {
      stop(child);
      throw error;
    }
  },
};
