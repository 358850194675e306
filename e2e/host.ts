import { test } from '@playwright/test';

/**
 * What a test may need to know of the host it runs on, from its project's metadata (playwright.config.ts,
 * HOSTS): never the host's name.
 */

/** Whether the host sends the headers of `_headers`; GitHub Pages, for one, sends none of them. */
export function hostAppliesHeaders(): boolean {
  return test.info().project.metadata['appliesHeaders'] !== false;
}

/** Skips, with the reason in the report, a test of what only a header can give, on a host that sends none. */
export function onlyWhereHostAppliesHeaders(): void {
  test.skip(
    !hostAppliesHeaders(),
    'this host does not apply _headers: the pages have their own CSP, the header-only protections are absent',
  );
}
