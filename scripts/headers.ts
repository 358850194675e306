// Reads a `_headers` file (the format of Netlify and Cloudflare Pages) so that the test servers send
// the same headers as the real hosts: scripts/serve.mjs applies the rules per request, and
// scripts/nginx.mjs turns them into `add_header` lines.
//
//   /*                         a path pattern, starting at the site's root; `*` matches anything
//     Header-Name: value       the headers of that pattern, indented
//
// Every rule whose pattern matches a path applies, in file order. Lines starting with `#` are comments.
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule
 */

/** @param {string} text the content of a `_headers` file. @returns {HeaderRule[]} */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path must start with "/": ${line}`);
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` pattern matches a path of the site (both relative to the site's root). */
export function matches(pattern, path) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers of every rule that matches `path`, in file order. @returns {[string, string][]} */
export function headersFor(rules, path) {
  return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/** The rules of `dir/_headers`, or none when the build has no such file. @returns {HeaderRule[]} */
export function readHeaders(dir) {
  const file = `${dir}/_headers`;
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}
