// Prints the bytes of each built page (HTML, CSS, JavaScript; raw and gzip) and checks the budgets of
// the pages with charts: JavaScript before any chart is near ≤ 2 KB gzip, with every chart drawn ≤ 62 KB
// gzip (1 KB = 1,000 bytes). Reads the build, so run it after `npm run build`:
//   node scripts/size.mjs [dist]
// "Before" is what the HTML loads (scripts, their static imports, inline scripts); "after" adds every
// chunk those import dynamically (Chart.js and the drawing code). Exits 1 when a budget is exceeded.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { before: 2_000, after: 62_000 };
const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`${dist}/ does not exist. Build the site first: npm run build`);
  process.exit(1);
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/** The file in dist/ of a URL path, whatever the base path (BASE_PATH) the site was built with. */
function fileOf(urlPath) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const segments = clean.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const file = join(dist, ...segments.slice(i));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  throw new Error(`${urlPath} is referenced but not in ${dist}/`);
}

/** Imports in a built module, as URL paths: static ones and dynamic ones apart. */
function importsOf(urlPath, code) {
  const resolve = (spec) => posix.resolve(posix.dirname(urlPath), spec);
  const dynamic = [...code.matchAll(/\bimport\s*\(\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]\s*\)/g)].map((m) => resolve(m[1]));
  const all = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]/g)].map((m) => resolve(m[1]));
  return { static: all.filter((p) => !dynamic.includes(p)), dynamic };
}

/** Every module reachable from `entries`, following static imports, and dynamic ones too with `lazy`. */
function closure(entries, lazy) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const deps = importsOf(path, readFileSync(fileOf(path), 'utf8'));
    for (const dep of [...deps.static, ...(lazy ? deps.dynamic : [])]) visit(dep);
  };
  entries.forEach(visit);
  return seen;
}

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? pages(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=["']?([^"'\\s>]+)`))?.[1];
const rows = [];
let failed = false;

for (const page of pages(dist).toSorted()) {
  const html = readFileSync(page, 'utf8');
  const url = '/' + relative(dist, dirname(page)).split('\\').join('/');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter(([, attrs]) => !/\ssrc=/.test(attrs) && !/type=["']?application\/(ld\+)?json/.test(attrs)).map(([, , body]) => body);
  const entries = scripts.map(([tag]) => attr(tag, 'src')).filter(Boolean).map((src) => posix.resolve(url + '/', src));
  const styles = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/g)].map(([tag]) => posix.resolve(url + '/', attr(tag, 'href')));
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body);

  const sum = (paths, extra) => {
    const texts = [...[...paths].map((p) => readFileSync(fileOf(p), 'utf8')), ...extra];
    return { raw: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), gz: texts.reduce((n, t) => n + gzip(t), 0) };
  };
  const before = sum(closure(entries, false), inline);
  const after = sum(closure(entries, true), inline);
  const css = sum(styles, inlineCss);
  const charts = (html.match(/<figure class="chart"/g) ?? []).length;
  const over = charts > 0 && (before.gz > BUDGET.before || after.gz > BUDGET.after);
  failed ||= over;
  rows.push({
    page: relative(dist, page),
    charts,
    html: `${kb(Buffer.byteLength(html))} / ${kb(gzip(html))}`,
    css: `${kb(css.raw)} / ${kb(css.gz)}`,
    'js before': `${kb(before.raw)} / ${kb(before.gz)}`,
    'js after': `${kb(after.raw)} / ${kb(after.gz)}`,
    budget: charts === 0 ? '–' : over ? 'OVER' : 'ok',
  });
}

console.log(`Bytes per page in ${dist}/ (raw / gzip). Budgets for pages with charts: JS before ≤ ${kb(BUDGET.before)}, after ≤ ${kb(BUDGET.after)} gzip.`);
console.table(rows);
if (failed) {
  console.error('Over budget: see the rows marked OVER.');
  process.exit(1);
}
