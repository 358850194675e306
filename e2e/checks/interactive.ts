/**
 * What a chart claims to the reader, checked in the page: without its script, nothing may say it is
 * interactive (no `role="application"`, no focusable stage, no keyboard hint shown); with it, each chart
 * says so. Plain functions with no test-runner types, for any browser driver.
 */
export function interactiveClaims(): string[] {
  const claims: string[] = [];
  for (const figure of document.querySelectorAll('chart-figure')) {
    const id = figure.querySelector('figure')?.getAttribute('data-chart') ?? '';
    const stage = figure.querySelector<HTMLElement>('.chart-stage');
    const hint = figure.querySelector<HTMLElement>('.chart-hint');
    if (stage?.getAttribute('role') === 'application') claims.push(`${id}: the stage is role="application"`);
    if (stage?.hasAttribute('aria-roledescription')) claims.push(`${id}: the stage has an aria-roledescription`);
    if (stage && stage.tabIndex >= 0) claims.push(`${id}: the stage takes the keyboard focus`);
    if (hint?.checkVisibility()) claims.push(`${id}: the keyboard hint "${hint.textContent}" is shown`);
  }
  return claims;
}
