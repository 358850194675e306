/** The charts that prose can place with `<Chart id="…" />`: the ids of the registry, `registry.ts`. */
export { chartIds, isChartId, type ChartId } from './registry.ts';
