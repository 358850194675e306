/**
 * The engine builds a story of its own: a copy of the project whose `content/` is the made-up story of
 * `src/__fixtures__/story/`, to which a chart is added by content files alone (a figure, a definition,
 * its words in each language, `<Chart id>` in each article; no file under `src/`). One `astro build` of
 * the copy, then its HTML is read: each language's article in its own `lang`, each chart as a figure with
 * its table, and each chart's page, images and CSV written, the added chart's as the others'. Each page
 * and chart runs in its language's direction, with the fonts its words need; in a browser, each live
 * chart in a script other than Latin, or right to left, stands where its image stood.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { storyRoot } from '../../src/__fixtures__/story.ts';
import { chromium } from '@playwright/test';
import { findChromium, isPlaywrightChromium } from '../../scripts/browser.ts';
import { serve } from '../../scripts/serve.ts';
import { chartFiles, chartPath } from '../../src/explainer/core/charts/files.ts';
import { isFirstFontOnly } from '../../src/explainer/core/charts/font.ts';
import { palettes } from '../../src/explainer/core/charts/palette.ts';
import { directionOf } from '../../src/explainer/core/i18n/direction.ts';
import { liveChartDrift, type Shape } from '../checks/chart-geometry.ts';
import { useEveryChart } from '../reader.ts';
import { checkContent } from '../../src/explainer/content/check.ts';
import { loadContent } from '../../src/explainer/content/load.ts';
import { copyProject } from '../../scripts/project-copy.ts';
import { readPage } from './page.ts';

/** The chart added by content alone: its id, and the figure it shows. */
const ADDED = 'riders-2024';
const ADDED_FIGURE = 'riders-2024-first-quarter';

const copy = mkdtempSync(join(tmpdir(), 'story-'));
const dist = join(copy, 'dist');
const story = loadContent({ root: storyRoot }).content;
/** The name of each language of the story, in that language. */
const languageName = (locale: string) => story.ui.get(locale)?.data?.language.name ?? locale;
/** The `Intl` locale of each language of the story. */
const intlOf = (locale: string) => story.ui.get(locale)?.data?.language.intl ?? locale;
/** The languages whose charts are drawn right to left, or in letters beyond the first chart font. */
const beyondLatin = story.locales.filter(
  (locale) =>
    directionOf(intlOf(locale)) === 'rtl' ||
    !isFirstFontOnly(readFileSync(join(storyRoot, 'content', locale, 'charts.yaml'), 'utf8')),
);

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
    // In the language's own words, its name, so that no entry reads as still in the source language.
    const name = languageName(locale);
    appendFileSync(
      join(content, locale, 'charts.yaml'),
      `\n- id: ${ADDED}\n  title: "${name}"\n  takeaway: "{fig:${ADDED_FIGURE}}."\n  unit: "${name}"\n` +
        `  table:\n    rows: "${name}"\n    values: "${name}"\n` +
        `  labels:\n    first: "${name}"\n    year-before: "${name} ${name}"\n`,
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
    copyProject(copy);
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
      assert.equal(added, languageName(locale), 'the added chart speaks the words of its language');
    });

    it(`runs the page and each chart in ${locale} in its language's direction, with the fonts its words need`, () => {
      const page = readPage(dist, join(locale, 'index.html'));
      const dir = directionOf(intlOf(locale));
      assert.equal(page.attr('html', 'dir'), dir);
      for (const element of page.all('chart-figure')) {
        const figure = element.children.find((child) => 'name' in child && child.name === 'figure');
        const words = figure && 'attributes' in figure ? (figure.attributes['lang'] ?? locale) : locale;
        const id = figure && 'attributes' in figure ? figure.attributes['data-chart'] : undefined;
        assert.equal(figure && 'attributes' in figure && figure.attributes['dir'], directionOf(intlOf(words)), `${id}`);
        assert.equal(element.attributes['data-locale'], intlOf(words), `${id}: numbers in its words' language`);
        const json = (element.attributes['data-fonts'] ?? '[]').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
        const faces = JSON.parse(json) as { url: string; range: string }[];
        const title = page.text(page.one(`figure[data-chart="${id}"] .chart-title`));
        if (!isFirstFontOnly(title)) assert.ok(faces.length > 0, `${id}: the fonts of "${title}"`);
        for (const { url, range } of faces) {
          const file = join(dist, url);
          assert.ok(existsSync(file), `${id}: ${url} is written`);
          assert.equal(readFileSync(file).subarray(0, 4).toString('latin1'), 'wOF2', `${url} is a WOFF2 font`);
          assert.match(range, /^U\+/);
        }
      }
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

  it('has languages right to left and beyond Latin letters to draw', () => {
    assert.ok(beyondLatin.some((locale) => directionOf(intlOf(locale)) === 'rtl'));
    assert.ok(beyondLatin.some((locale) => directionOf(intlOf(locale)) === 'ltr'));
  });

  it('draws each live chart beyond Latin letters, or right to left, where its image stood', async () => {
    const port = Number(process.env['E2E_PORT_BASE'] ?? 4400) + 90;
    const server = await serve(dist, port);
    const found = findChromium();
    const browser = await chromium.launch(found && !isPlaywrightChromium(found) ? { executablePath: found } : {});
    const shots = process.env['STORY_SHOTS'];
    try {
      const problems: string[] = [];
      for (const locale of beyondLatin)
        for (const width of [1280, 390]) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
          await page.goto(`http://localhost:${port}/${locale}/`);
          const figures = await page.locator('chart-figure').all();
          if (shots)
            for (const [i, figure] of figures.entries()) {
              await figure.scrollIntoViewIfNeeded();
              await figure.locator('img').evaluate((img: HTMLImageElement) => img.decode());
              await figure
                .locator('.chart-stage')
                .screenshot({ path: join(shots, `${locale}-${width}-${i}-image.png`) });
            }
          await page.mouse.move(0, 0);
          await useEveryChart(page);
          const palette = palettes.light;
          const shapes: Shape[] = [
            { name: 'bar', colours: [palette.base, palette.accent], kind: 'solid', gap: 0 },
            { name: 'word', colours: [palette.text], kind: 'ink', gap: 2, not: [palette.base, palette.accent] },
          ];
          for (const [i, figure] of figures.entries()) {
            await figure.scrollIntoViewIfNeeded();
            const id = await figure.locator('figure').getAttribute('data-chart');
            const found = await figure.evaluate(liveChartDrift, { shapes });
            problems.push(...found.map((problem) => `/${locale}/ ${width} px, ${id}: ${problem}`));
            if (shots)
              await figure
                .locator('.chart-stage')
                .screenshot({ path: join(shots, `${locale}-${width}-${i}-live.png`) });
          }
          await page.close();
        }
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
    }
  });

  it('lists every chart page of every language in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    for (const locale of story.locales)
      for (const id of ids) assert.ok(sitemap.includes(`/${chartPath(locale, id)}<`), `${locale} ${id}`);
  });
});
