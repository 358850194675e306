/**
 * The driver-neutral layer of the cross-engine run: what a check may ask of a browser (`Driver`), how an
 * engine is found and started (`Engine`), and what a check group is (`Group`). Checks are written once,
 * against `Driver`, mostly as plain functions run in the page; each adapter (adapters/) is a thin
 * translation to one automation protocol.
 */

/** What the checks know of the site: all of it comes from the project (content/, the chart registry). */
export interface Site {
  /** The address the built root site is served at, ending in "/". */
  readonly url: string;
  readonly locales: readonly string[];
  readonly sourceLocale: string;
  readonly chartIds: readonly string[];
  /** The charts each language's article shows, by language: all of them, or fewer in a translation that ends early. */
  readonly articleCharts: Readonly<Record<string, readonly string[]>>;
}

/** The keys the checks press (names as in KeyboardEvent.key). */
export type Key = 'ArrowRight' | 'Home' | 'End' | 'Escape' | 'Tab' | 'Enter';

/** How a page is opened: its viewport, and whether the screen is a touch screen. */
export interface PageOptions {
  readonly width: number;
  readonly height: number;
  readonly touch?: boolean;
  readonly dark?: boolean;
  readonly print?: boolean;
}

/** One page of one browser, as the checks drive it. Coordinates are CSS pixels in the viewport. */
export interface Driver {
  /** Loads a path of the site (relative to its root) and waits for the load event. */
  goto(path: string): Promise<void>;
  /** Runs `fn` in the page with `arg` (both must survive JSON) and returns its result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a script's source text in the page, as the browser's automation does (not subject to the page's CSP). */
  inject(source: string): Promise<void>;
  /** Moves the mouse to (x, y), as a reader's pointer would: pointerenter, pointermove… */
  pointerMove(x: number, y: number): Promise<void>;
  /** Clicks with the mouse at (x, y). */
  click(x: number, y: number): Promise<void>;
  /** Taps with a finger at (x, y): touchstart, pointerdown of type "touch"… (only with `touch`). */
  tap(x: number, y: number): Promise<void>;
  /** Presses and releases a key in the focused element. */
  press(key: Key): Promise<void>;
  /**
   * Sets the viewport to `width` × `height` CSS pixels, keeping the page; returns the width it got, which
   * is wider where the browser's window cannot be made that narrow.
   */
  resize(width: number, height: number): Promise<number>;
  /**
   * What a reader should never meet, seen since the page was opened: errors, console errors, CSP
   * violations, requests to another origin. Each adapter adds what its protocol sees to what the page's
   * own watcher (page.ts, `watchInPage`) saw.
   */
  problems(): Promise<string[]>;
}

/** What a page can be asked for that not every engine can give, and why it cannot. */
export type Need = 'touch' | 'dark' | 'print';

/** A started browser: one per engine, and one more, started dark, for engines whose scheme is set at launch. */
export interface Browser {
  open(options: PageOptions): Promise<Driver & { close(): Promise<void> }>;
  close(): Promise<void>;
}

export interface Engine {
  /** A short name, used in the report and in the list of expected failures. */
  readonly id: string;
  /** The browser and the protocol, for the report. */
  readonly label: string;
  /** Whether it must be there when CI=true (the others are run where they are installed). */
  readonly requiredInCi: boolean;
  /** The browser's path, or why it cannot run here (and how to install it). */
  find(): { path: string } | { missing: string };
  /**
   * For each need the engine cannot meet, why not. A dark scheme is met either by emulation (Playwright)
   * or by a second browser started dark (`darkAtLaunch`).
   */
  readonly cannot: Partial<Record<Need, string>>;
  /** Whether the dark scheme is a launch setting (a profile preference, a GTK theme) rather than emulation. */
  readonly darkAtLaunch: boolean;
  /** Starts the browser; its pages resolve paths against `url` (the site's root). */
  launch(path: string, options: { dark: boolean; url: string }): Promise<Browser>;
}

/** Records the named checks of a group: one line each in the report. */
export interface Checker {
  /** Runs one named check; a failure is recorded and the group goes on. */
  check(name: string, fn: () => Promise<void>): Promise<void>;
}

/**
 * A check group: one page load in one browser, and the named checks made on it. `run` gets the page
 * already opened with `options` (but not yet navigated).
 */
export interface Group {
  readonly name: string;
  readonly needs: readonly Need[];
  readonly options: PageOptions;
  run(page: Driver, site: Site, t: Checker): Promise<void>;
}
