/**
 * The byte budgets of the pages with charts, read by `npm run size` (scripts/size.ts) and by the budget
 * test (e2e/budgets.spec.ts). 1 KB = 1,000 bytes, gzip level 9 as hosts send text.
 */
export const budgets = {
  /** JavaScript a reader downloads who reads the whole page without using a chart. */
  jsBeforeInteraction: 3_000,
  /** JavaScript once every chart on the page has been used (Chart.js and the live chart code). */
  jsAfterInteraction: 62_000,
  /** Cumulative layout shift over a full read and the use of every chart. */
  cls: 0.01,
} as const;
