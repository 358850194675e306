import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { headersFile } from '../../scripts/headers.ts';
import { locales } from '../../src/explainer/content/locales.ts';
import { BUILDS } from '../builds.ts';
import { breakFraming, checkHost, netlifyHeaders, type PathKind, sitePaths } from './host-headers.ts';

/**
 * Netlify's reading of `_headers`, with its own parser and matching (host-headers.ts), for each kind of
 * address of each build. The Netlify file is made by the function the build uses with NETLIFY=true
 * (scripts/headers.ts, headersFile), from the same rules, base and locales: the same file as a Netlify
 * build's, without a third build.
 */
const KINDS: PathKind[] = [
  'article',
  'sources page',
  'chart page',
  'chart image',
  'social card',
  'bundle',
  'not found',
];

const temp = mkdtempSync(join(tmpdir(), 'zoom-netlify-'));
after(() => rmSync(temp, { recursive: true, force: true }));

for (const { name, dir, base } of BUILDS) {
  describe(`the ${name} build on Netlify`, () => {
    const paths = sitePaths(dir, base);
    const file = (text: string, label: string) => {
      const path = join(temp, `${name}-${label}-_headers`);
      writeFileSync(path, text);
      return path;
    };
    const netlifyFile = headersFile(base, locales, { NETLIFY: 'true' });

    it('has every kind of address to check', () => {
      for (const kind of KINDS)
        assert.ok(
          paths.some((p) => p.kind === kind),
          `no ${kind} in ${dir}/`,
        );
    });

    it('with NETLIFY=true: articles cannot be framed, charts can, images are shared, bundles kept', async () => {
      assert.deepEqual(await checkHost(paths, await netlifyHeaders(file(netlifyFile, 'netlify'))), []);
    });

    it('the file written for Cloudflare (its "!" lines) reads the same on Netlify', async () => {
      assert.deepEqual(await checkHost(paths, await netlifyHeaders(join(dir, '_headers'))), []);
    });

    it('a broken rule, frame-ancestors * for every page, fails the check on the articles', async () => {
      const problems = await checkHost(paths, await netlifyHeaders(file(breakFraming(netlifyFile), 'broken')));
      for (const locale of locales)
        assert.ok(problems.includes(`${base}${locale}/ (article): another site can frame it`), problems.join('\n'));
    });
  });
}
