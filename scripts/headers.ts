// The HTTP headers the site needs and a page cannot set itself, as data: one list of rules, from which
// the build writes `_headers` (the format of Netlify and Cloudflare Pages), scripts/serve.ts answers
// the tests, and scripts/nginx.ts writes nginx's config. Paths include the site's base path, because
// the hosts match them against the whole address.
//
//   /zoom-explainer/*          a path pattern; `*` matches anything
//     Header-Name: value       the headers of that pattern, indented
//
// Every rule whose pattern matches a path applies, in order; a later (narrower) rule replaces a header
// an earlier one set, as Netlify does. Cloudflare Pages would join the two values instead, so the file
// detaches the earlier value first with a `! Header-Name` line (Cloudflare's syntax). Netlify's parser
// skips such a line (a line without a colon), so either file reads the same there; a Netlify build
// (NETLIFY=true) leaves the lines out. On Netlify an embed page keeps `X-Frame-Options: DENY`, which
// browsers ignore once the response's policy has `frame-ancestors` (HTML standard). Each host's own
// reading is tested: Netlify's parser in e2e/build/netlify.test.ts, Cloudflare's runtime in
// e2e/build/cloudflare.test.ts and the browser tests (playwright.config.ts).
import { existsSync, readFileSync } from 'node:fs';

export type Header = [name: string, value: string];
export interface HeaderRule {
  pattern: string;
  headers: Header[];
  /** Headers a narrower rule removes (Cloudflare's `! Name`), without setting them again. */
  detach?: string[];
  /** Why the rule exists, written above it in `_headers`. */
  comment?: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Header-only CSP directives: the page's own <meta> policy (astro.config.mjs) has the rest. */
const csp = (frameAncestors: string) =>
  `frame-ancestors ${frameAncestors}; base-uri 'self'; form-action 'self'; object-src 'none'`;

/**
 * The site's rules for a base path (`/` or `/zoom-explainer/`) and its locales: every page may be shown
 * only by the site itself; a chart's embed page and its images (`<locale>/charts/`) may be framed
 * and shown by any site, and so may the social cards (`og/`); Astro's bundles are cached for good.
 */
export function siteHeaderRules(base: string, locales: readonly string[]): HeaderRule[] {
  const at = (path: string) => `${base.endsWith('/') ? base : `${base}/`}${path}`;
  return [
    {
      pattern: at('*'),
      comment: 'Every address: what a <meta> cannot say.',
      headers: [
        ['Content-Security-Policy', csp("'none'")],
        ['X-Frame-Options', 'DENY'],
        ['Strict-Transport-Security', 'max-age=63072000'],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        [
          'Permissions-Policy',
          'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
        ],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Cross-Origin-Resource-Policy', 'same-origin'],
      ],
    },
    {
      pattern: at('_astro/*'),
      comment: "Astro's bundles carry a content hash in their names: they never change, so browsers keep them.",
      headers: [['Cache-Control', IMMUTABLE]],
    },
    {
      pattern: at('og/*'),
      comment: 'Social cards are shown by other sites.',
      headers: [['Cross-Origin-Resource-Policy', 'cross-origin']],
    },
    ...locales.map(
      (locale): HeaderRule => ({
        pattern: at(`${locale}/charts/*`),
        comment: 'A chart may be embedded by other sites: its page framed, its images shown.',
        headers: [
          ['Content-Security-Policy', csp('*')],
          ['Cross-Origin-Resource-Policy', 'cross-origin'],
        ],
        detach: ['X-Frame-Options'],
      }),
    ),
  ];
}

/** Whether a `_headers` pattern matches a path (both from the host's root). */
export function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a path gets: every matching rule in order, a later rule replacing an earlier one's header. */
export function headersFor(rules: readonly HeaderRule[], path: string): Header[] {
  const result = new Map<string, Header>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const name of rule.detach ?? []) result.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) result.set(name.toLowerCase(), [name, value]);
  }
  return [...result.values()];
}

/**
 * The rules as a `_headers` file. Where a narrower rule changes or drops a header of a broader one, it
 * detaches the old value first (`! Name`), which Cloudflare Pages needs (it would join the two values);
 * Netlify's parser skips that line, and Netlify builds (NETLIFY=true) leave it out: "later rule wins" there.
 */
export function formatHeaders(rules: readonly HeaderRule[], { detachLines = false } = {}): string {
  const lines = [
    '# Written at build time from scripts/headers.ts; edit the rules there. Read by Netlify and Cloudflare',
    '# Pages (this format) and by the test servers.',
  ];
  rules.forEach((rule, index) => {
    const earlier = rules.slice(0, index).filter((r) => matches(r.pattern, rule.pattern.replace(/\*$/, 'x')));
    const inherited = new Set(earlier.flatMap((r) => r.headers.map(([name]) => name.toLowerCase())));
    const replaced = rule.headers.map(([name]) => name).filter((name) => inherited.has(name.toLowerCase()));
    const detached = [...(rule.detach ?? []), ...(detachLines ? replaced : [])];
    lines.push('', ...(rule.comment ? [`# ${rule.comment}`] : []), rule.pattern);
    if (detachLines) for (const name of detached) lines.push(`  ! ${name}`);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The `_headers` file a build writes for its base path and locales (scripts/hosting.ts): with Cloudflare's
 * `! Name` lines, except in a Netlify build (NETLIFY=true), whose parser has no use for them.
 */
export function headersFile(
  base: string,
  locales: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  return formatHeaders(siteHeaderRules(base, locales), { detachLines: env['NETLIFY'] !== 'true' });
}

/** Parses a `_headers` file; errors name the line and the fix. */
export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const where = `${file}:${index + 1}`;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/'))
        throw new Error(`${where}: a path must start with "/": ${line}. Fix: start the line with the path, e.g. /*.`);
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path: ${line}. Fix: put a path line (e.g. /*) above it.`);
    if (line.startsWith('!')) {
      rule.detach = [...(rule.detach ?? []), line.slice(1).trim()];
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1)
      throw new Error(`${where}: expected "Name: value" under a path: ${line}. Fix: write the header as Name: value.`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The rules of `dir/_headers`, or none when the build has no such file. */
export function readHeaders(dir: string): HeaderRule[] {
  const file = `${dir}/_headers`;
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8'), file) : [];
}
