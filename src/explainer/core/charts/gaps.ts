/**
 * The parts of a line from `from` to `to` that stay clear of some intervals (each widened by `pad`):
 * a reference line drawn across a chart leaves a gap where it would cross a value label.
 */
export function gaps(
  from: number,
  to: number,
  blocked: readonly (readonly [number, number])[],
  pad = 2,
): [number, number][] {
  const cuts = blocked
    .map(([a, b]) => [Math.min(a, b) - pad, Math.max(a, b) + pad] as const)
    .toSorted((a, b) => a[0] - b[0]);
  const parts: [number, number][] = [];
  let start = from;
  for (const [a, b] of cuts) {
    if (b <= start || a >= to) continue;
    if (a > start) parts.push([start, a]);
    start = Math.max(start, b);
  }
  if (start < to) parts.push([start, to]);
  return parts;
}
