/**
 * Every byte budget of the site, read by `npm run size` (scripts/size.ts) and by the budget tests
 * (e2e/budgets.spec.ts, e2e/budgets-pages.spec.ts). 1 KB = 1,000 bytes, gzip level 9 as hosts send text;
 * PNG and WOFF2 count as they are. Each is the size measured when it was set plus about 20%: growth
 * past that is a decision, not an accident.
 */
export const budgets = {
  /** JavaScript a reader downloads who reads the whole page without using a chart. */
  jsBeforeInteraction: 3_000,
  /** JavaScript once every chart on the page has been used (Chart.js and the live chart code). */
  jsAfterInteraction: 62_000,
  /** Cumulative layout shift over a full read and the use of every chart. */
  cls: 0.01,
  /**
   * What a reader's browser fetches besides JavaScript while reading a page to the end. Measured on
   * 2026-11-27 (gzip B): root 1,518 HTML, 2,236 CSS, 177 image; /it/ and /en/ about 16,500 HTML,
   * 3,100 CSS, 7,960 image (the six charts' SVGs, 7,780, and the icon); 404 1,452 HTML, 2,236 CSS.
   * No web fonts, by design.
   */
  pages: {
    root: { html: 1_900, css: 2_700, image: 250, font: 0 },
    /** The article, in every language: the Italian one, the longest, set it. */
    article: { html: 20_600, css: 3_900, image: 9_600, font: 0 },
    '404': { html: 1_800, css: 2_700, image: 250, font: 0 },
  },
} as const;
