/**
 * The cross-engine run: the checks of checks.ts in every engine found here, against the built root site
 * (dist/, from `npm run build:test`) served by scripts/serve.ts. One browser per engine (and one more,
 * started dark, where the dark scheme is a launch setting), one page load per check group; the engines
 * run side by side. It says which engines ran and which were skipped and why; with CI=true a missing
 * required engine fails the run. Chromium runs the whole Playwright suite, so it is run here only when
 * named (to try a new check on the reference engine).
 *   npm run test:engines                                   every engine but Chromium
 *   ENGINES=chromium,firefox-esr npm run test:engines      those named
 */
import { existsSync } from 'node:fs';
import { chartIds } from '../../src/explainer/content/chart-ids.ts';
import { locales, sourceLocale } from '../../src/explainer/content/locales.ts';
import { articleChartsByLocale } from '../articles.ts';
import { serve } from '../../scripts/serve.ts';
import { firefoxEsr } from './adapters/firefox-esr.ts';
import { playwrightEngine } from './adapters/playwright.ts';
import { webkitGtk } from './adapters/webkitgtk.ts';
import { groups } from './checks.ts';
import { EXPECTED_FAILURES } from './expected.ts';
import type { Browser, Engine, Group, Site } from './types.ts';

export const ENGINES: readonly Engine[] = [
  firefoxEsr,
  webkitGtk,
  playwrightEngine('firefox'),
  playwrightEngine('webkit'),
  playwrightEngine('chromium'),
];
/** Run only when named in ENGINES: the Playwright suite already runs in it. */
const ON_REQUEST = ['chromium'];

/** A group that takes longer than this is stopped and counted as failed. */
const GROUP_TIMEOUT = 180_000;

type Status = 'pass' | 'fail' | 'expected failure' | 'fixed?' | 'skipped';
interface Result {
  engine: string;
  check: string;
  status: Status;
  detail: string;
}
const MARK: Record<Status, string> = { pass: '✓', fail: '✗', 'expected failure': '~', 'fixed?': '!', skipped: '-' };

const results: Result[] = [];
const timings: { engine: string; seconds: number; ran: boolean; note: string }[] = [];

/** One engine's report, printed whole when the engine is done (engines run side by side). */
class Report {
  readonly lines: string[] = [];
  readonly engine: Engine;
  constructor(engine: Engine) {
    this.engine = engine;
  }
  log(line: string): void {
    this.lines.push(line);
  }
  record(check: string, passed: boolean, error?: unknown, ms = 0): void {
    const expected = EXPECTED_FAILURES.find((entry) => entry.engine === this.engine.id && entry.check === check);
    const status: Status = passed ? (expected ? 'fixed?' : 'pass') : expected ? 'expected failure' : 'fail';
    const detail =
      status === 'expected failure'
        ? `expected (e2e/engines/expected.ts): ${expected?.reason ?? ''}`
        : status === 'fixed?'
          ? 'listed as an expected failure in e2e/engines/expected.ts, but it passes: remove the entry'
          : error instanceof Error
            ? error.message
            : String(error ?? '');
    results.push({ engine: this.engine.id, check, status, detail });
    const indented = detail ? `\n        ${detail.split('\n').join('\n        ')}` : '';
    const time = ms >= 100 ? ` (${(ms / 1000).toFixed(1)} s)` : '';
    this.log(`    ${MARK[status]} ${check.split(' › ').at(-1)}${time}${indented}`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runGroup(report: Report, browser: Browser, group: Group, site: Site): Promise<void> {
  const started = performance.now();
  report.log(`  ${group.name}`);
  try {
    const page = await browser.open(group.options);
    try {
      await withTimeout(
        group.run(page, site, {
          async check(name, fn) {
            const start = performance.now();
            const took = () => performance.now() - start;
            await fn().then(
              () => report.record(`${group.name} › ${name}`, true, undefined, took()),
              (error: unknown) => report.record(`${group.name} › ${name}`, false, error, took()),
            );
          },
        }),
        GROUP_TIMEOUT,
        group.name,
      );
    } finally {
      await page.close().catch(() => undefined);
    }
  } catch (error) {
    report.record(`${group.name} › (the group stopped)`, false, error);
  }
  report.log(`    ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function runEngine(engine: Engine, site: Site): Promise<void> {
  const report = new Report(engine);
  report.log(`\n${engine.id}: ${engine.label}`);
  const found = engine.find();
  if ('missing' in found) {
    const required = process.env['CI'] === 'true' && engine.requiredInCi;
    report.log(`  SKIPPED, every check: ${found.missing}${required ? ' (required on CI: this fails the run)' : ''}`);
    results.push({
      engine: engine.id,
      check: '(every check)',
      status: required ? 'fail' : 'skipped',
      detail: found.missing,
    });
    timings.push({ engine: engine.id, seconds: 0, ran: false, note: found.missing });
    console.log(report.lines.join('\n'));
    return;
  }
  report.log(`  browser: ${found.path}`);
  const started = performance.now();
  const browsers = new Map<boolean, Promise<Browser>>();
  const browser = (dark: boolean) => {
    const launched = browsers.get(dark) ?? engine.launch(found.path, { dark, url: site.url });
    browsers.set(dark, launched);
    return launched;
  };
  try {
    for (const group of groups(site)) {
      const why = group.needs.map((need) => engine.cannot[need]).find(Boolean);
      if (why) {
        report.log(`  - SKIPPED ${group.name}: ${why}`);
        results.push({ engine: engine.id, check: `${group.name} › (every check)`, status: 'skipped', detail: why });
        continue;
      }
      await runGroup(report, await browser(engine.darkAtLaunch && Boolean(group.options.dark)), group, site);
    }
  } catch (error) {
    report.record('(the browser could not start)', false, error);
  } finally {
    for (const launched of browsers.values()) await (await launched.catch(() => undefined))?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  timings.push({ engine: engine.id, seconds, ran: true, note: `${browsers.size} browser(s)` });
  report.log(`  ${engine.id}: ${seconds.toFixed(1)} s, ${browsers.size} browser(s) started`);
  console.log(report.lines.join('\n'));
}

/** Expected failures of an engine that ran the entry's group but no such check: renamed, or stale. */
function staleEntries(): Result[] {
  const ran = (engine: string, group: string) =>
    results.some((r) => r.engine === engine && r.check.startsWith(`${group} › `) && r.status !== 'skipped');
  return EXPECTED_FAILURES.filter(
    (entry) =>
      ran(entry.engine, entry.check.split(' › ')[0] ?? '') &&
      !results.some((r) => r.engine === entry.engine && r.check === entry.check),
  ).map((entry) => ({
    engine: entry.engine,
    check: entry.check,
    status: 'fail' as const,
    detail: 'listed in e2e/engines/expected.ts, but no such check ran: correct or remove the entry',
  }));
}

const PORT = Number(process.env['E2E_PORT_BASE'] || 4400) + 20;
if (!existsSync('dist/index.html')) {
  console.error('dist/ holds no built site. Fix: run `npm run build:test` (or `npm run build`) first.');
  process.exit(1);
}
const named = process.env['ENGINES']?.split(',').map((id) => id.trim());
const unknown = named?.filter((id) => !ENGINES.some((engine) => engine.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`ENGINES names no engine "${unknown.join('", "')}". Fix: use ${ENGINES.map((e) => e.id).join(', ')}.`);
  process.exit(1);
}
const chosen = ENGINES.filter((e) => (named ? named.includes(e.id) : !ON_REQUEST.includes(e.id)));
const server = await serve('dist', PORT, '/');
const site: Site = {
  url: `http://localhost:${PORT}/`,
  locales,
  sourceLocale,
  chartIds,
  articleCharts: articleChartsByLocale(locales),
};
console.log(
  `Cross-engine checks against ${site.url} (dist/): ${groups(site).length} check groups in ${chosen.map((e) => e.id).join(', ')}`,
);
const started = performance.now();
try {
  await Promise.all(chosen.map((engine) => runEngine(engine, site)));
} finally {
  server.close();
}
results.push(...staleEntries());

const count = (engine: string, ...statuses: Status[]) =>
  String(results.filter((r) => r.engine === engine && statuses.includes(r.status)).length);
console.log(`\n${'engine'.padEnd(20)}ran  passed  failed  expected  skipped  seconds`);
for (const { engine, seconds, ran } of timings)
  console.log(
    `${engine.padEnd(20)}${(ran ? 'yes' : 'NO').padEnd(5)}${count(engine, 'pass').padStart(6)}  ${count(engine, 'fail', 'fixed?').padStart(6)}  ${count(engine, 'expected failure').padStart(8)}  ${count(engine, 'skipped').padStart(7)}  ${seconds.toFixed(1).padStart(7)}`,
  );
for (const { engine, ran, note } of timings) if (!ran) console.log(`SKIPPED ${engine}, every check: ${note}`);
for (const r of results.filter((r) => r.status === 'skipped' && r.check !== '(every check)'))
  console.log(`SKIPPED in ${r.engine}: ${r.check.replace(' › (every check)', '')}: ${r.detail}`);
for (const id of ON_REQUEST.filter((id) => !chosen.some((e) => e.id === id)))
  console.log(`not run: ${id}, which the Playwright suite runs (ENGINES=${id} runs these checks in it too)`);
for (const r of results.filter((r) => r.status === 'expected failure'))
  console.log(`expected failure in ${r.engine}: ${r.check}`);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
const failed = results.filter((r) => r.status === 'fail' || r.status === 'fixed?');
/** The closing line, as test runners write it: expected failures count as passed, being what is expected. */
const closing = () =>
  `engines: ${results.filter((r) => r.status === 'pass' || r.status === 'expected failure').length} passed, ${failed.length} failed, ${results.filter((r) => r.status === 'skipped').length} skipped`;
if (failed.length > 0) {
  console.error(`\n${failed.length} failed:`);
  for (const r of failed) console.error(`  ${r.engine}: ${r.check}: ${r.detail.split('\n')[0]}`);
  console.log(closing());
  process.exit(1);
}
console.log(closing());
