// Prints what a reader downloads, from the build: each page's bytes (HTML, CSS, JavaScript before and
// after a chart is used; raw and gzip, and the HTML with Brotli) against the budgets of budgets.ts; each chart file's bytes; and,
// in Chromium, the time from a reader's first interaction with a chart to its first value drawn, with
// the chart code cold (never fetched) and warm (in the browser's cache). Times are printed, not judged:
// they depend on the machine. Run after `npm run build`:
//   node scripts/size.ts [dist]
// Exits 1 when a byte budget is exceeded.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, posix, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { budgets } from '../budgets.ts';
import { findChromium, isPlaywrightChromium } from './browser.ts';
import { brotliOptions } from './precompress.ts';
import { serve } from './serve.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`${dist}/ does not exist. Build the site first: npm run build`);
  process.exit(1);
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** Brotli as the build's `.br` copies are compressed (scripts/precompress.ts). */
const brotli = (text: string) => brotliCompressSync(text, brotliOptions(Buffer.byteLength(text))).length;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The file in dist/ of a URL path, whatever the base path (BASE_PATH) the site was built with. */
function fileOf(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const segments = clean.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const file = join(dist, ...segments.slice(i));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  throw new Error(`${urlPath} is referenced but not in ${dist}/`);
}

/** Imports in a built module, as URL paths: static ones and dynamic ones apart. */
function importsOf(urlPath: string, code: string) {
  const resolve = (spec: string) => posix.resolve(posix.dirname(urlPath), spec);
  const dynamic = [...code.matchAll(/\bimport\s*\(\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]\s*\)/g)].map((m) =>
    resolve(m[1] ?? ''),
  );
  const all = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]/g)].map((m) =>
    resolve(m[1] ?? ''),
  );
  return { static: all.filter((p) => !dynamic.includes(p)), dynamic };
}

/** Every module reachable from `entries`, following static imports, and dynamic ones too with `lazy`. */
function closure(entries: string[], lazy: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const deps = importsOf(path, readFileSync(fileOf(path), 'utf8'));
    for (const dep of [...deps.static, ...(lazy ? deps.dynamic : [])]) visit(dep);
  };
  entries.forEach(visit);
  return seen;
}

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, test) : test(entry.name) ? [path] : [];
  });
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}=["']?([^"'\\s>]+)`))?.[1];
const rows = [];
let failed = false;

for (const page of files(dist, (name) => name.endsWith('.html')).toSorted()) {
  const html = readFileSync(page, 'utf8');
  const url = `/${relative(dist, dirname(page)).split('\\').join('/')}`;
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const inline = scripts
    .filter(([, attrs = '']) => !/\ssrc=/.test(attrs) && !/type=["']?application\/(ld\+)?json/.test(attrs))
    .map(([, , body = '']) => body);
  const entries = scripts.flatMap(([tag]) => attr(tag, 'src') ?? []).map((src) => posix.resolve(`${url}/`, src));
  const styles = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/g)].map(([tag]) =>
    posix.resolve(`${url}/`, attr(tag, 'href') ?? ''),
  );
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body = '']) => body);

  const sum = (paths: Iterable<string>, extra: string[]) => {
    const texts = [...[...paths].map((p) => readFileSync(fileOf(p), 'utf8')), ...extra];
    return { raw: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), gz: texts.reduce((n, t) => n + gzip(t), 0) };
  };
  const before = sum(closure(entries, false), inline);
  const after = sum(closure(entries, true), inline);
  const css = sum(styles, inlineCss);
  const charts = (html.match(/<chart-figure\b/g) ?? []).length;
  const over = charts > 0 && (before.gz > budgets.jsBeforeInteraction || after.gz > budgets.jsAfterInteraction);
  failed ||= over;
  rows.push({
    page: relative(dist, page),
    charts,
    html: `${kb(Buffer.byteLength(html))} / ${kb(gzip(html))} / ${kb(brotli(html))}`,
    css: `${kb(css.raw)} / ${kb(css.gz)}`,
    'js before use': `${kb(before.raw)} / ${kb(before.gz)}`,
    'js after use': `${kb(after.raw)} / ${kb(after.gz)}`,
    budget: charts === 0 ? '–' : over ? 'OVER' : 'ok',
  });
}

console.log(
  `Bytes per page in ${dist}/ (raw / gzip; HTML also Brotli, which a new connection's first round trip, about 14 KB with the headers, must hold for the first screen to paint without a second). Budgets for pages with charts (budgets.ts): JS before a chart is used ≤ ${kb(budgets.jsBeforeInteraction)}, after ≤ ${kb(budgets.jsAfterInteraction)} gzip.`,
);
console.table(rows);

// Each chart's files, in one language: the images drawn at build time and the CSV.
const chartRows = files(dist, (name) => /\.(svg|png|csv)$/.test(name))
  .filter((file) => /\/(charts|data)\//.test(file) && new RegExp(`^${dist}/[^/]+/`).test(file))
  .toSorted()
  .map((file) => {
    const content = readFileSync(file);
    return { file: relative(dist, file), raw: content.length, gzip: file.endsWith('.png') ? '–' : gzip(content) };
  });
console.log('Chart files (bytes; PNG is sent as it is):');
console.table(chartRows);

await firstValue();
if (failed) {
  console.error('Over budget: see the rows marked OVER.');
  process.exit(1);
}

/**
 * Milliseconds from the first pointer over a chart to its first value on screen (the live chart drawn
 * and a frame painted), cold and then warm, as the median of five runs each, per page with charts.
 */
async function firstValue(): Promise<void> {
  const executable = findChromium();
  if (!executable) {
    console.log('No Chromium found: time to first value not measured (npx playwright install chromium).');
    return;
  }
  const port = 4390 + Math.floor(Math.random() * 5);
  const server = (await serve(dist, port)) as Server;
  const browser = await chromium.launch({
    ...(isPlaywrightChromium(executable) ? {} : { executablePath: executable }),
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const times = [];
  try {
    for (const locale of files(dist, (name) => name === 'index.html').flatMap((f) =>
      readFileSync(f, 'utf8').includes('<chart-figure') && !f.includes('/charts/') ? [relative(dist, dirname(f))] : [],
    )) {
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < 5; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        for (const list of [cold, warm]) {
          await page.goto(`http://127.0.0.1:${port}/${locale}/`, { waitUntil: 'networkidle' });
          const figure = page.locator('chart-figure').first();
          await figure.scrollIntoViewIfNeeded();
          const stage = figure.locator('.chart-stage');
          await stage.evaluate((el) => {
            const figure = el.closest('chart-figure') as HTMLElement;
            (window as unknown as { done: Promise<number> }).done = new Promise((resolve) => {
              const start = performance.now();
              new MutationObserver(() => {
                if (figure.dataset['state'] === 'drawn')
                  requestAnimationFrame(() => resolve(performance.now() - start));
              }).observe(figure, { attributes: true });
            });
          });
          await stage.hover();
          list.push(await page.evaluate(() => (window as unknown as { done: Promise<number> }).done));
        }
        await context.close();
      }
      times.push({
        page: `/${locale}/`,
        'cold (ms)': Math.round(median(cold)),
        'warm (ms)': Math.round(median(warm)),
        targets: '≤ 1000 cold, ≤ 300 warm',
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('Time from the first pointer over a chart to its first value drawn (median of 5, this machine):');
  console.table(times);
}
