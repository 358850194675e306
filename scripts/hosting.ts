// The build's hosting integration: says which origin the links use and why (scripts/origin.ts), stops
// a build that would publish wrong canonical links, and writes `_headers` for the build's base path
// (scripts/headers.ts), which Netlify and Cloudflare Pages apply and the test servers read. It narrows
// each page's policy to the hashes of its own inline scripts (scripts/page-csp.ts). Last, it
// writes the Brotli and gzip copies of the build's text files that nginx and serve.ts send
// (scripts/precompress.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './headers.ts';
import { narrowSiteScriptHashes } from './page-csp.ts';
import type { Origin } from './origin.ts';
import { precompress } from './precompress.ts';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function hosting({
  origin,
  locales,
  env,
}: {
  origin: Origin;
  locales: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}): AstroIntegration {
  let base = '/';
  return {
    name: 'zoom-explainer:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ logger }) => {
        if (origin.error) throw new Error(origin.error);
        logger.info(`Site origin: ${origin.site} (${origin.reason}); base path: ${base}`);
        if (origin.warning) logger.warn(origin.warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = new URL('_headers', dir);
        writeFileSync(file, headersFile(base, locales, env));
        logger.info(`Wrote _headers for ${base}`);
        const narrowed = narrowSiteScriptHashes(fileURLToPath(dir));
        logger.info(`Narrowed the script hashes of ${narrowed} pages' policies to their own inline scripts`);
        const sizes = await precompress(fileURLToPath(dir));
        logger.info(
          `Precompressed ${sizes.files} text files, ${kb(sizes.bytes)}: ${kb(sizes.br)} with Brotli, ${kb(sizes.gz)} with gzip`,
        );
      },
    },
  };
}
