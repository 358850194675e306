/**
 * A chart's tooltip as a reader sees it, checked in the page: every tooltip shown lies inside the
 * viewport, its text inside its box, and the page does not scroll sideways. A plain function with no
 * test-runner types, for any browser driver; it returns the problems it found, as sentences.
 */
export function tooltipProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const [width, height] = [root.clientWidth, root.clientHeight];
  const shown = [...document.querySelectorAll<HTMLElement>('.chart-tooltip')].filter((tip) => !tip.hidden);
  for (const tip of shown) {
    const r = tip.getBoundingClientRect();
    const name = `the tooltip "${tip.textContent?.slice(0, 60)}"`;
    if (r.left < 0 || r.right > width || r.top < 0 || r.bottom > height)
      problems.push(
        `${name} [${[r.left, r.top, r.right, r.bottom].map(Math.round)}] is not inside the viewport (${width} × ${height})`,
      );
    if (tip.scrollWidth > tip.clientWidth + 1)
      problems.push(`${name}'s text (${tip.scrollWidth} px) spills out of its box (${tip.clientWidth} px)`);
  }
  if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${width} px`);
  return problems;
}

/** How many tooltips are shown: a check that finds none has nothing to say. */
export function tooltipsShown(): number {
  return [...document.querySelectorAll<HTMLElement>('.chart-tooltip')].filter((tip) => !tip.hidden).length;
}
