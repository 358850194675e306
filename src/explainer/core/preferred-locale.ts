/**
 * The first of the browser's languages (`navigator.languages`, e.g. `['de-DE', 'en-US']`) that the
 * site has, by its primary subtag; undefined when it has none of them.
 */
export function preferredLocale(browser: readonly string[], available: readonly string[]): string | undefined {
  for (const tag of browser) {
    const primary = String(tag).toLowerCase().split('-')[0] ?? '';
    if (available.includes(primary)) return primary;
  }
  return undefined;
}
