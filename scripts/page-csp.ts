// Each page's Content-Security-Policy names only the inline scripts that page has. Astro writes one policy
// for every page, with the hash of every script it bundles anywhere in the site; a page's bundled scripts
// are files, which 'self' already allows, and its inline scripts are the only ones a hash must allow.
// Keeping the others would allow, on every page, a script that only belongs to another (the embed page's
// height script on an article), and costs each page about 35 bytes of Brotli per hash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** A script the browser runs, written in the page: no `src`, and not a data block such as JSON-LD. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\btype="(?!module"|text\/javascript")[^"]*"/i;

/** The CSP source expression of a script's text, as Astro writes it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** `html` with its policy's `script-src` hashes narrowed to the page's own inline scripts; else unchanged. */
export function narrowScriptHashes(html: string): string {
  const own = new Set(
    [...html.matchAll(INLINE_SCRIPT)]
      .filter(([, attributes = '']) => !DATA_TYPE.test(attributes))
      .map(([, , text = '']) => scriptHash(text)),
  );
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive;
      const kept = sources.filter((source) => !source.startsWith("'sha256-") || own.has(source));
      return `${/^\s*/.exec(directive)?.[0] ?? ''}${[name, ...kept].join(' ')}`;
    });
    return `${open}${directives.join(';')}${close}`;
  });
}

/** Narrows the policy of every HTML file under `dir`; returns how many pages changed. */
export function narrowSiteScriptHashes(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = join(dir, name);
    const html = readFileSync(file, 'utf8');
    const narrowed = narrowScriptHashes(html);
    if (narrowed === html) continue;
    writeFileSync(file, narrowed);
    changed++;
  }
  return changed;
}
