/**
 * Checks known to fail in an engine because of a fault of the site (not of the test), each with its
 * reason. A listed check that fails is reported as an expected failure; one that passes fails the run,
 * so that the entry is removed once the site is fixed. An entry names the engine's id (run.ts) and the
 * check as the report prints it: "group › check".
 */
export interface ExpectedFailure {
  readonly engine: string;
  readonly check: string;
  readonly reason: string;
}

/**
 * In the charts' narrow layout, the tooltips of the small multiples' right-hand panels (year-on-year,
 * customers) are placed from their bar rightwards and reach past the screen's right edge, cut off: up to
 * 510 px of 390, 542 px of 460. Seen in every engine that runs the checks.
 */
const TOOLTIPS_PAST_THE_EDGE = [
  'narrow screen (460 px): narrow images, every tooltip inside the screen › every value’s tooltip stays inside the screen',
  'narrow touch screen: a tap draws a chart and shows a value › every value’s tooltip stays inside the screen',
].flatMap((check) =>
  ['chromium', 'firefox-esr', 'webkitgtk', 'playwright-firefox', 'playwright-webkit'].map((engine) => ({
    engine,
    check,
    reason:
      'in the narrow layout the small multiples’ right-hand tooltips reach past the screen’s right edge and are cut off',
  })),
);

export const EXPECTED_FAILURES: readonly ExpectedFailure[] = [...TOOLTIPS_PAST_THE_EDGE];
