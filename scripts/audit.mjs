// Lighthouse, in its default mobile setting (simulated slow 4G and a 4× slower CPU), on /it/ and /en/
// of a built site, served as a static host serves it (scripts/serve.ts: gzip and the headers of
// public/_headers). `npm run audit` builds into dist-audit/, with SITE_URL at the audit's port, so it
// leaves dist/ to the tests. Three runs per page; prints the median of each score and metric, and
// exits with 1 when a score misses its goal. Scores depend on the machine: record them with its
// description (printed first) in BENCHMARKS.md.
//   npm run audit                  (builds into dist-audit/, then audits)
//   node scripts/audit.mjs [dir]   (audits a build already there; dist/ by default)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './browser.ts';
import { serve } from './serve.ts';

const PORT = 4450;
const PAGES = ['it/', 'en/'];
const RUNS = 3;
const GOALS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const METRICS = {
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  FCP: 'first-contentful-paint',
  SI: 'speed-index',
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const dist = process.argv[2] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build in ${dist}/: run \`npm run audit\`, which builds, or \`npm run build\` first.`);
  process.exit(1);
}
const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: see `npm test`, which says what to install.');
  process.exit(1);
}

const server = await serve(dist, PORT);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--no-first-run',
  ],
});

const version = execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim();
console.log(`Lighthouse on ${new Date().toISOString().slice(0, 10)}, ${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`);
console.log(`Mobile preset (simulated throttling), ${RUNS} runs per page, medians.\n`);

let missed = false;
const rows = [];
try {
  for (const path of PAGES) {
    const url = `http://localhost:${PORT}/${path}`;
    const runs = [];
    for (let attempt = 1; runs.length < RUNS; attempt++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(GOALS) });
      const error = result ? result.lhr.runtimeError?.message : 'no result';
      if (!error) runs.push(result.lhr);
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a busy machine: run again.
      else if (attempt < RUNS + 3) console.log(`/${path}: run failed (${error}); running again.`);
      else throw new Error(`${url}: ${error}`);
    }
    const scores = Object.fromEntries(Object.keys(GOALS).map((id) => [id, median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)))]));
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, median(runs.map((r) => r.audits[id]?.numericValue ?? NaN))]));
    const benchmark = median(runs.map((r) => r.environment.benchmarkIndex));
    rows.push({ path, scores, metrics, benchmark });
    for (const [id, goal] of Object.entries(GOALS)) {
      if (scores[id] < goal) {
        missed = true;
        const failing = runs[0] && Object.values(runs[0].categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (runs[0].audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id);
        console.log(`/${path}: ${id} ${scores[id]} < ${goal}; audits below 1 in run 1: ${failing?.join(', ') || 'none (metrics only)'}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}

console.log('| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS | FCP | SI | benchmarkIndex |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { path, scores, metrics, benchmark } of rows) {
  console.log(
    `| /${path} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ` +
      `${Math.round(metrics.LCP)} ms | ${Math.round(metrics.TBT)} ms | ${metrics.CLS.toFixed(3)} | ${Math.round(metrics.FCP)} ms | ${Math.round(metrics.SI)} ms | ${Math.round(benchmark)} |`,
  );
}
console.log(`\nGoals: Performance ≥ ${GOALS.performance}, Accessibility, Best Practices and SEO ${GOALS.seo}: ${missed ? 'MISSED' : 'met'}.`);
process.exit(missed ? 1 : 0);
