import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cloudflareUnavailable, startCloudflare } from '../../scripts/cloudflare.ts';
import { locales } from '../../src/explainer/content/locales.ts';
import { BUILDS } from '../builds.ts';
import { breakFraming, checkHost, type ResponseHeaders, sitePaths } from './host-headers.ts';

/**
 * Cloudflare's own runtime (workerd, through `wrangler pages dev`) serving each build: every kind of
 * address gets what host-headers.ts asks, and a deliberately broken `_headers` fails the same check.
 * Its servers listen on E2E_PORT_BASE + 40 and up (playwright.config.ts keeps that range for them).
 */
const PORT = Number(process.env['E2E_PORT_BASE'] || 4400) + 40;
// Where it cannot run, the tests are skipped with a notice; on CI, which installs it, they fail.
const unavailable = process.env['CI'] ? undefined : cloudflareUnavailable();
if (unavailable) console.warn(`\n!! NOT TESTED: Cloudflare's runtime cannot run here, because ${unavailable}.\n`);

/** The headers of each address, as the running host sends them. */
const fetched =
  (origin: string) =>
  async (path: string): Promise<ResponseHeaders> => {
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
    await response.body?.cancel();
    return new Map([...response.headers].map(([name, value]) => [name.toLowerCase(), value]));
  };

/** Serves `dir` (with `headers` in place of its `_headers`) while `use` runs. */
async function withCloudflare<T>(
  build: { dir: string; base: string },
  port: number,
  use: (origin: string) => Promise<T>,
  headers?: string,
): Promise<T> {
  const { stop } = await startCloudflare({ dir: build.dir, port, base: build.base, ...(headers ? { headers } : {}) });
  try {
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    await stop();
  }
}

// The three servers start side by side, each on its own port: workerd's start is most of the time.
describe("Cloudflare's runtime", { skip: unavailable, concurrency: true }, () => {
  BUILDS.forEach((build, index) => {
    it(`sends the ${build.name} build every header its addresses need`, async () => {
      const paths = sitePaths(build.dir, build.base);
      assert.deepEqual(await withCloudflare(build, PORT + index, (origin) => checkHost(paths, fetched(origin))), []);
    });
  });

  const [build] = BUILDS;
  if (build) {
    it('with a broken rule, frame-ancestors * for every page, lets other sites frame the articles', async () => {
      const broken = breakFraming(readFileSync(join(build.dir, '_headers'), 'utf8'));
      const paths = sitePaths(build.dir, build.base);
      const problems = await withCloudflare(
        build,
        PORT + BUILDS.length,
        (origin) => checkHost(paths, fetched(origin)),
        broken,
      );
      for (const locale of locales)
        assert.ok(
          problems.includes(`${build.base}${locale}/ (article): another site can frame it`),
          problems.join('\n'),
        );
    });
  }
});
