/**
 * What a browser driver reports of its own accord (console messages, requests), read the same way by every
 * adapter. Plain functions with no test-runner types, for any browser driver.
 */

/** A console message worth failing on: an error, or any word of a CSP violation; else undefined. */
export function consoleProblem(type: string, text: string): string | undefined {
  return type === 'error' || /Content[- ]Security[- ]Policy/i.test(text) ? `console ${type}: ${text}` : undefined;
}

/** A request that leaves the site's origin (`base`); data: addresses stay in the page; else undefined. */
export function otherOriginRequest(href: string, base: string): string | undefined {
  const url = new URL(href);
  return url.protocol !== 'data:' && url.host !== new URL(base).host
    ? `request to another origin: ${url.href}`
    : undefined;
}
