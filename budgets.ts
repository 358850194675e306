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
   * 2026-11-27 (gzip B), once the sources moved to their own page and the charts' styles into the one
   * stylesheet (2,846 B, every page): root 1,444 HTML; /it/ 15,536 and /en/ 14,608 HTML, 7,960 image
   * (the six charts' SVGs, 7,780, and the icon); the sources pages about 4,360 HTML; 404 1,216 HTML.
   * No web fonts, by design.
   */
  pages: {
    root: { html: 1_900, css: 3_400, image: 250, font: 0 },
    /**
     * The article, in every language: the Italian one, the longest, set it. Images raised on 2026-12-07
     * from 9,600: the six charts' SVGs carry their text as outlines of the charts' font (about 29,200 B
     * gzip for the six, from 7,800), so that they look the same whatever fonts a reader has; text in the
     * reader's fonts ran labels into each other. The font itself loads only once a chart is used.
     */
    article: { html: 18_600, css: 3_400, image: 35_500, font: 0 },
    /**
     * The sources and method page, in every language. Raised from 5,300 on 2026-12-07: the second edition
     * lists 33 sources instead of 20 (both sides of the encryption dispute, primary documents) and a
     * correction log of twelve entries; measured then at 7,100 B gzip for /it/sources/ (6,700 for /en/).
     */
    sources: { html: 8_500, css: 3_400, image: 250, font: 0 },
    '404': { html: 1_800, css: 3_400, image: 250, font: 0 },
  },
} as const;
