/**
 * The engine builds a story of its own: a copy of the project whose `content/` is the made-up story of
 * `src/__fixtures__/story/`, to which a chart is added by content files alone (a figure, a definition,
 * its words in each language, `<Chart id>` in each article; no file under `src/`). One `astro build` of
 * the copy, then its HTML is read: each language's article in its own `lang`, each chart as a figure with
 * its table, and each chart's page, images and CSV written, the added chart's as the others'.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { storyRoot } from '../../src/__fixtures__/story.ts';
import { chartFiles, chartPath } from '../../src/explainer/core/charts/files.ts';
import { checkContent } from '../../src/explainer/content/check.ts';
import { loadContent } from '../../src/explainer/content/load.ts';
import { readPage } from './page.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
/** Not copied: installed or generated, or history. `node_modules` is linked instead. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'dist', 'dist-sub', 'dist-audit', 'test-results']);

/** The chart added by content alone: its id, and the figure it shows. */
const ADDED = 'riders-2024';
const ADDED_FIGURE = 'riders-2024-first-quarter';

const copy = mkdtempSync(join(tmpdir(), 'story-'));
const dist = join(copy, 'dist');
const story = loadContent({ root: storyRoot }).content;

/** Adds chart ADDED to the copy's content, in content files only. */
function addChart(root: string): void {
  const content = join(root, 'content');
  appendFileSync(
    join(content, 'data', 'figures.yaml'),
    `  - id: ${ADDED_FIGURE}\n    value: 0.7\n    unit: million\n    period: "2024"\n    sources: [counters]\n`,
  );
  appendFileSync(
    join(content, 'data', 'charts.yaml'),
    `\n- id: ${ADDED}\n  panels:\n    - points:\n        - { label: first, figure: ${ADDED_FIGURE}, tone: accent }\n        - { label: year-before, figure: riders-2023 }\n`,
  );
  for (const locale of story.locales) {
    appendFileSync(
      join(content, locale, 'charts.yaml'),
      `\n- id: ${ADDED}\n  title: "${locale}: ${ADDED}"\n  takeaway: "{fig:${ADDED_FIGURE}}."\n  unit: "${locale}: unit"\n` +
        `  table:\n    rows: "${locale}: rows"\n    values: "${locale}: values"\n` +
        `  labels:\n    first: "${locale}: first"\n    year-before: "${locale}: before"\n`,
    );
    appendFileSync(join(content, locale, 'article.mdx'), `\n<Chart id="${ADDED}" />\n`);
  }
}

describe('a story of its own, built into a site', () => {
  let seconds = 0;
  let ids: string[] = [];
  /** The number of bars of each chart, by id. */
  let points = new Map<string, number>();

  before(() => {
    cpSync(PROJECT, copy, {
      recursive: true,
      filter: (path) => !SKIP.has(relative(PROJECT, path).split(sep)[0] ?? ''),
    });
    symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    rmSync(join(copy, 'content'), { recursive: true });
    cpSync(join(storyRoot, 'content'), join(copy, 'content'), { recursive: true });
    addChart(copy);
    const checked = checkContent({ root: copy });
    assert.deepEqual(checked.problems, [], 'the story with the added chart passes the content check');
    ids = [...checked.content.charts.keys()];
    points = new Map(
      [...checked.content.charts].map(([id, chart]) => [id, chart.panels.flatMap((p) => p.points).length]),
    );
    const started = performance.now();
    const build = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      env: { ...process.env, OUT_DIR: dist, BASE_PATH: '/', SITE_URL: 'https://example.org' },
      encoding: 'utf8',
    });
    seconds = (performance.now() - started) / 1000;
    assert.equal(build.status, 0, `astro build of the story:\n${build.stdout}\n${build.stderr}`);
    console.log(`The story's build took ${seconds.toFixed(1)} s.`);
  });

  // KEEP_STORY=1 keeps the copy and its build to look at.
  after(() => {
    if (process.env['KEEP_STORY']) console.log(`The story's copy: ${copy}`);
    else rmSync(copy, { recursive: true, force: true });
  });

  it('has the added chart among its charts, defined by content alone', () => {
    assert.deepEqual(ids, [...story.charts.keys(), ADDED]);
    assert.equal(existsSync(join(copy, 'src', 'charts', `${ADDED}.ts`)), false);
  });

  for (const locale of story.locales) {
    it(`writes the article in ${locale}, in its language, with every chart as a figure and a table`, () => {
      const page = readPage(dist, join(locale, 'index.html'));
      assert.equal(page.attr('html', 'lang'), locale);
      for (const id of ids) {
        const figure = page.one(`figure[data-chart="${id}"]`);
        assert.ok(figure, `the article in ${locale} has the figure of ${id}`);
        assert.ok(page.one(`figure[data-chart="${id}"] table`), `${id} has its table`);
        assert.equal(
          page.all(`figure[data-chart="${id}"] td[data-value]`).length,
          points.get(id),
          `${id}'s table has a value per bar`,
        );
      }
      const added = page.text(page.one(`figure[data-chart="${ADDED}"] .chart-title`));
      assert.equal(added, `${locale}: ${ADDED}`, 'the added chart speaks the words of its language');
    });

    it(`writes each chart's page, images and CSV in ${locale}`, () => {
      for (const id of ids) {
        const chartPage = readPage(dist, join(chartPath(locale, id), 'index.html'));
        assert.equal(chartPage.attr('html', 'lang'), locale);
        assert.ok(chartPage.one(`figure[data-chart="${id}"] table`), `${locale}/charts/${id}/ has the figure`);
        for (const file of chartFiles(id)) {
          const path = join(dist, chartPath(locale, id, file.name));
          assert.ok(existsSync(path) && statSync(path).size > 500, `${path} is written`);
          if (file.type === 'svg') assert.match(readFileSync(path, 'utf8'), /^<\?xml|^<svg/);
        }
        const csv = readFileSync(join(dist, locale, 'data', `${id}.csv`), 'utf8');
        assert.ok(csv.split('\r\n').length >= 3, `${locale}/data/${id}.csv has a header and a row per bar`);
      }
    });
  }

  it('lists every chart page of every language in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    for (const locale of story.locales)
      for (const id of ids) assert.ok(sitemap.includes(`/${chartPath(locale, id)}<`), `${locale} ${id}`);
  });
});
