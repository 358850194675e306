// Lighthouse, in its default mobile setting (simulated slow 4G and a 4× slower CPU), on every
// article of a built site, served as a static host serves it (scripts/serve.ts: the build's Brotli
// copies, and the headers of the build's _headers). `npm run audit` builds into dist-audit/, with
// SITE_URL at the audit's port, so it leaves dist/ to the tests. Five runs per page; prints the median of each score and metric, and
// exits with 1 when a goal is missed.
//
// Each article is also audited as its header-only cut: the same document ended right after the header
// that holds its <h1>. The cut paints as soon as the headline can; the full page's LCP over the cut's,
// measured in the same run, is what the rest of the document costs the first screen (goal ≤ 1.25).
// Scores depend on the machine: record them with its description (printed first) in BENCHMARKS.md.
// To compare with figures from a faster or slower machine, Lighthouse's guidance (docs/throttling.md,
// "Calibrating the CPU slowdown") is to scale its CPU slowdown (4 by default) by the ratio of the two
// machines' benchmarkIndex: AUDIT_CPU_SLOWDOWN sets it, and the header says so.
//   npm run audit                  (builds into dist-audit/, then audits)
//   node scripts/audit.ts [dir]    (audits a build already there; dist/ by default)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { findChromium } from './browser.ts';
import { precompress } from './precompress.ts';
import { serve } from './serve.ts';

const PORT = 4450;
const RUNS = 5;
/** Lighthouse's CPU slowdown: its own default, unless calibrated (see above). */
const CPU_SLOWDOWN = Number(process.env['AUDIT_CPU_SLOWDOWN'] || 4);
const GOALS: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** The most the full page's LCP may be over its header-only cut's. */
const LCP_RATIO_GOAL = 1.25;
const CUT = 'cut/';
const METRICS = {
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  FCP: 'first-contentful-paint',
  SI: 'speed-index',
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
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

/** The articles: every folder of the build whose index.html has an <h1> inside an article header. */
const articles = readdirSync(dist, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${dist}/${entry.name}/index.html`))
  .map((entry) => `${entry.name}/`)
  .filter((path) => /<article[\s>]/.test(readFileSync(`${dist}/${path}index.html`, 'utf8')))
  .sort();
/** Writes `<path>cut/index.html`: the page up to the end of the header that holds its <h1>. */
const writeCut = (path: string) => {
  const html = readFileSync(`${dist}/${path}index.html`, 'utf8');
  const headerEnd = html.indexOf('</header>', html.indexOf('</h1>'));
  if (headerEnd < 0) throw new Error(`${dist}/${path}index.html: no </header> after its </h1> to cut at.`);
  mkdirSync(`${dist}/${path}${CUT}`, { recursive: true });
  writeFileSync(
    `${dist}/${path}${CUT}index.html`,
    `${html.slice(0, headerEnd + '</header>'.length)}</article></main></body></html>`,
  );
  return `${path}${CUT}`;
};
const PAGES = articles.flatMap((path) => [path, writeCut(path)]);
// The cuts are sent as the build's pages are: from their precompressed copies.
await Promise.all(PAGES.filter((path) => path.endsWith(CUT)).map((path) => precompress(`${dist}/${path}`)));

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
console.log(
  `Lighthouse on ${new Date().toISOString().slice(0, 10)}, ${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
);
console.log(
  `Mobile preset (simulated throttling, CPU slowdown ${CPU_SLOWDOWN}${CPU_SLOWDOWN === 4 ? ', the default' : ', calibrated'}), ${RUNS} runs per page, medians.\n`,
);

interface Row {
  path: string;
  scores: Record<string, number>;
  metrics: Record<keyof typeof METRICS, number>;
  benchmark: number;
}

let missed = false;
const rows: Row[] = [];
try {
  for (const path of PAGES) {
    const url = `http://localhost:${PORT}/${path}`;
    const runs: Result[] = [];
    for (let attempt = 1; runs.length < RUNS; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(GOALS),
        throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN },
      });
      const error = result ? result.lhr.runtimeError?.message : 'no result';
      if (result && !error) runs.push(result.lhr);
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a busy machine: run again.
      else if (attempt < RUNS + 3) console.log(`/${path}: run failed (${error}); running again.`);
      else throw new Error(`${url}: ${error}`);
    }
    const scores = Object.fromEntries(
      Object.keys(GOALS).map((id) => [id, median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)))]),
    );
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [name, median(runs.map((r) => r.audits[id]?.numericValue ?? NaN))]),
    ) as Row['metrics'];
    rows.push({ path, scores, metrics, benchmark: median(runs.map((r) => r.environment.benchmarkIndex)) });
    // The cut is a probe, not a page: only the real pages answer to the score goals.
    if (path.endsWith(CUT)) continue;
    for (const [id, goal] of Object.entries(GOALS)) {
      if ((scores[id] ?? 0) < goal) {
        missed = true;
        const first = runs[0];
        const failing = (first?.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (first?.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id);
        console.log(
          `/${path}: ${id} ${scores[id]} < ${goal}; audits below 1 in run 1: ${failing.join(', ') || 'none (metrics only)'}`,
        );
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}

console.log(
  '| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS | FCP | SI | benchmarkIndex |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { path, scores, metrics, benchmark } of rows) {
  console.log(
    `| /${path} | ${scores['performance']} | ${scores['accessibility']} | ${scores['best-practices']} | ${scores['seo']} | ` +
      `${Math.round(metrics.LCP)} ms | ${Math.round(metrics.TBT)} ms | ${metrics.CLS.toFixed(3)} | ${Math.round(metrics.FCP)} ms | ${Math.round(metrics.SI)} ms | ${Math.round(benchmark)} |`,
  );
}
console.log('\n| page | LCP, full page | LCP, header-only cut | full ÷ cut |');
console.log('|---|---|---|---|');
for (const path of articles) {
  const full = rows.find((row) => row.path === path)?.metrics.LCP ?? NaN;
  const cut = rows.find((row) => row.path === `${path}${CUT}`)?.metrics.LCP ?? NaN;
  const ratio = full / cut;
  if (!(ratio <= LCP_RATIO_GOAL)) missed = true;
  console.log(`| /${path} | ${Math.round(full)} ms | ${Math.round(cut)} ms | ${ratio.toFixed(2)} |`);
}
console.log(
  `\nGoals: Performance ≥ ${GOALS['performance']}, Accessibility, Best Practices and SEO ${GOALS['seo']}, ` +
    `full-page LCP ≤ ${LCP_RATIO_GOAL} × the cut's: ${missed ? 'MISSED' : 'met'}.`,
);
process.exit(missed ? 1 : 0);
