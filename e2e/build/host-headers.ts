import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { locales } from '../../src/explainer/content/locales.ts';

/**
 * What each kind of address of a build must get from a host's reading of `_headers`, checked on headers
 * however they were obtained: from Netlify's own parser and matching (netlifyHeaders), or from a running
 * host (Cloudflare's runtime, fetched). A check returns its problems, so that a test can also feed it a
 * broken file and expect the failure.
 */

/** Response headers, names in lower case. */
export type ResponseHeaders = ReadonlyMap<string, string>;

export type PathKind =
  | 'article'
  | 'sources page'
  | 'chart page'
  | 'chart image'
  | 'social card'
  | 'bundle'
  | 'not found';

export interface SitePath {
  kind: PathKind;
  path: string;
}

/** The kinds of address, from the build's own files: every locale's pages, charts and images, social cards, bundles. */
export function sitePaths(dir: string, base: string): SitePath[] {
  const paths: SitePath[] = [];
  const folders = (path: string) =>
    existsSync(join(dir, path))
      ? readdirSync(join(dir, path), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : [];
  const files = (path: string, pattern: RegExp) =>
    existsSync(join(dir, path)) ? readdirSync(join(dir, path)).filter((name) => pattern.test(name)) : [];
  for (const locale of locales) {
    paths.push({ kind: 'article', path: `${base}${locale}/` });
    if (existsSync(join(dir, locale, 'sources', 'index.html')))
      paths.push({ kind: 'sources page', path: `${base}${locale}/sources/` });
    paths.push({ kind: 'not found', path: `${base}${locale}/no-such-page/` });
    for (const chart of folders(`${locale}/charts`)) {
      paths.push({ kind: 'chart page', path: `${base}${locale}/charts/${chart}/` });
      for (const image of files(`${locale}/charts/${chart}`, /\.(svg|png)$/))
        paths.push({ kind: 'chart image', path: `${base}${locale}/charts/${chart}/${image}` });
    }
  }
  for (const card of files('og', /\.png$/)) paths.push({ kind: 'social card', path: `${base}og/${card}` });
  for (const bundle of files('_astro', /\.(js|css)$/)) paths.push({ kind: 'bundle', path: `${base}_astro/${bundle}` });
  return paths;
}

/**
 * Whether a browser shows a response in a frame of another site, as the HTML standard decides: a
 * `frame-ancestors` directive in any Content-Security-Policy decides alone (X-Frame-Options is then
 * ignored), and every policy must allow it; without one, X-Frame-Options DENY or SAMEORIGIN forbids it.
 * The other site here is any https origin, so only `*` or `https:` allows it.
 */
export function framableByOtherSites(headers: ResponseHeaders): boolean {
  const policies = (headers.get('content-security-policy') ?? '').split(',');
  const ancestors = policies.flatMap((policy) =>
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name?.toLowerCase() === 'frame-ancestors')
      .map(([, ...sources]) => sources),
  );
  if (ancestors.length > 0) return ancestors.every((sources) => sources.some((s) => s === '*' || s === 'https:'));
  const frameOptions = (headers.get('x-frame-options') ?? '').trim().toLowerCase();
  return frameOptions !== 'deny' && frameOptions !== 'sameorigin';
}

const A_YEAR = /\bmax-age=31536000\b/;

/** What is wrong with the headers of one address, for its kind: empty when nothing is. */
export function headerProblems({ kind, path }: SitePath, headers: ResponseHeaders): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${path} (${kind}): ${what}`);
  };
  const corp = headers.get('cross-origin-resource-policy');
  expect(headers.get('x-content-type-options') === 'nosniff', 'no X-Content-Type-Options: nosniff');
  expect(/max-age=\d{8,}/.test(headers.get('strict-transport-security') ?? ''), 'no Strict-Transport-Security');
  switch (kind) {
    case 'article':
    case 'sources page':
    case 'not found':
      expect(!framableByOtherSites(headers), 'another site can frame it');
      expect(corp === 'same-origin', `Cross-Origin-Resource-Policy is ${corp}, not same-origin`);
      break;
    case 'chart page':
      expect(framableByOtherSites(headers), 'another site cannot frame it');
      break;
    case 'chart image':
    case 'social card':
      expect(
        corp === 'cross-origin',
        `Cross-Origin-Resource-Policy is ${corp}, not cross-origin: other sites cannot show it`,
      );
      break;
    case 'bundle': {
      const cache = headers.get('cache-control') ?? '';
      expect(A_YEAR.test(cache) && cache.includes('immutable'), `Cache-Control is "${cache}", not a year, immutable`);
      break;
    }
  }
  return problems;
}

/** The problems of every address, with the headers a host gives each (asked all at once). */
export async function checkHost(
  paths: readonly SitePath[],
  headersOf: (path: string) => ResponseHeaders | Promise<ResponseHeaders>,
): Promise<string[]> {
  const headers = await Promise.all(paths.map((sitePath) => headersOf(sitePath.path)));
  return paths.flatMap((sitePath, index) => headerProblems(sitePath, headers[index] ?? new Map()));
}

/**
 * A `_headers` file as Netlify reads it: its own parser (@netlify/headers-parser, which also names the
 * errors that fail a deploy) and its matching: every rule whose path matches applies, in the file's
 * order, and for the same header a later rule replaces an earlier one (as `headersForPath` of Netlify's
 * local engine, @netlify/headers, does).
 */
export async function netlifyHeaders(file: string): Promise<(path: string) => ResponseHeaders> {
  const { headers: rules, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`${file}: Netlify's parser rejects it:\n${errors.join('\n')}`);
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  return (path) => {
    const result = new Map<string, string>();
    for (const rule of rules) {
      if (!('forRegExp' in rule) || !rule.forRegExp.test(path)) continue;
      for (const [name, value] of Object.entries(rule.values)) result.set(name.toLowerCase(), value);
    }
    return result;
  };
}

/**
 * A deliberately broken `_headers`: every page may be framed by any site (`frame-ancestors *` in place
 * of `'none'`, and no X-Frame-Options), the mistake the checks must catch.
 */
export function breakFraming(text: string): string {
  const broken = text
    .replaceAll("frame-ancestors 'none'", 'frame-ancestors *')
    .replace(/^\s*X-Frame-Options:.*\n/gm, '');
  if (broken === text) throw new Error('breakFraming: the file has no frame-ancestors to break');
  return broken;
}
