import { existsSync } from 'node:fs';
import { withBase } from '../core/paths.ts';

/**
 * The path of the social card of the first of `locales` that has one (`npm run og` draws
 * `public/og/<locale>.png`): a language's own, or a fallback's until its own is drawn.
 */
export function socialCardPath(locales: readonly (string | undefined)[], base?: string): string | undefined {
  const drawn = locales.find((code) => code && existsSync(`public/og/${code}.png`));
  return drawn ? withBase(`og/${drawn}.png`, base) : undefined;
}
