/** The charts that prose can place with `<Chart id="…" />`. Each has a builder in `registry.ts`. */
export const chartIds = ['quarterly-revenue', 'year-on-year', 'adjusted-eps', 'fy2021-guidance', 'participants', 'customers'] as const;
export type ChartId = (typeof chartIds)[number];
