/**
 * The charts are content: each mistake a writer or a translator can make in `content/data/charts.yaml`,
 * a `charts.yaml` or a `<Chart id>`, made in a throwaway copy of the content, is a problem of the content
 * check naming the file, the line and the fix. Charts are picked by their shape, never by name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChartDefinition } from '../schemas/charts.ts';
import { checkContent } from '../../content/check.ts';
import { loadContent } from '../../content/load.ts';
import { CHARTS_FILE } from '../schemas/registry.ts';
import { lineOf, mistake } from '../../content/test-copy.ts';
import { formatProblem } from '../problem.ts';

const { content } = loadContent();
const charts = [...content.charts.values()];
const baseline = checkContent().problems.map(formatProblem);

/** Edits the entry `- id: <id>` of a YAML list file, leaving the rest of the file as it is. */
function inEntry(id: string, edit: (entry: string) => string) {
  return (text: string) =>
    text
      .split(/(?=^- id: )/m)
      .map((entry) => (entry.startsWith(`- id: ${id}\n`) ? edit(entry) : entry))
      .join('');
}

function only(problems: string[], ...patterns: (string | RegExp)[]): void {
  assert.equal(problems.length, 1, `one problem expected, got:\n${problems.join('\n')}`);
  const [problem = ''] = problems;
  for (const pattern of patterns) {
    if (typeof pattern === 'string') assert.ok(problem.includes(pattern), `"${pattern}" in:\n${problem}`);
    else assert.match(problem, pattern);
  }
  assert.match(problem, /Fix: \S/);
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const find = (test: (chart: ChartDefinition) => boolean) => {
  const chart = charts.find(test);
  assert.ok(chart, 'the content has a chart of this kind');
  return chart;
};

describe('the charts in the content check', () => {
  it('finds no problem in the real charts', () => {
    assert.ok(charts.length > 0);
    assert.deepEqual(
      baseline.filter((p) => p.includes('charts.yaml')),
      [],
    );
  });

  // Each language that has its own chart words (one being translated may have none yet).
  for (const locale of content.locales.filter((l) => content.files.get(l)?.includes('charts.yaml'))) {
    const file = `content/${locale}/charts.yaml`;
    it(`a label deleted from ${file} is named with its line and the key`, () => {
      const [chart = find(() => true)] = charts;
      const key = chart.panels[0]?.points.at(-1)?.label ?? '';
      const { problems, text } = mistake(
        file,
        inEntry(chart.id, (e) => e.replace(new RegExp(`^ +${key}: .*\\n`, 'm'), '')),
      );
      const line =
        lineOf(text.slice(text.indexOf(`- id: ${chart.id}\n`)), '  labels:') + lineOf(text, `- id: ${chart.id}\n`) - 1;
      only(
        problems,
        `${file}:${line}: chart "${chart.id}" has no label "${key}"`,
        `${CHARTS_FILE}:`,
        `add the line  ${key}: "…"  under "labels:"`,
      );
    });

    it(`a missing "mark" or "table.columns" in ${file} is named where the chart needs it`, () => {
      const marked = find((c) => c.panels.some((p) => p.points.some((pt) => pt.mark)));
      const noMark = mistake(
        file,
        inEntry(marked.id, (e) => e.replace(/^ {2}mark: .*\n/m, '')),
      );
      only(
        noMark.problems,
        `${file}:${lineOf(noMark.text, `- id: ${marked.id}\n`)}: chart "${marked.id}" marks a bar`,
        'add  mark: "…"',
      );
      const multiples = find((c) => c.panels.length > 1);
      const noColumns = mistake(
        file,
        inEntry(multiples.id, (e) => e.replace(/^ {4}columns: .*\n/m, '')),
      );
      only(
        noColumns.problems,
        new RegExp(`^${escapeRe(file)}:\\d+: chart "${multiples.id}" is small multiples`),
        'add  columns: "…"  under "table:"',
      );
    });
  }

  it('an unknown figure in a chart definition is named with its line and the likely id', () => {
    const [chart = find(() => true)] = charts;
    const figure = chart.panels[0]?.points[0]?.figure ?? '';
    const { problems, text } = mistake(
      CHARTS_FILE,
      inEntry(chart.id, (e) => e.replace(`figure: ${figure}`, `figure: ${figure}x`)),
    );
    only(
      problems,
      `${CHARTS_FILE}:${lineOf(text, `figure: ${figure}x`)}: chart "${chart.id}": Unknown figure id "${figure}x". Did you mean "${figure}"?`,
    );
  });

  it('a bad tone, or an order the file decides, is named at its line', () => {
    const [chart = find(() => true)] = charts;
    const { problems, text } = mistake(
      CHARTS_FILE,
      inEntry(chart.id, (e) =>
        e.replace('tone: accent', 'tone: highlight').replace('  panels:', '  order: 1\n  panels:'),
      ),
    );
    assert.deepEqual(problems.toSorted(), [
      `${CHARTS_FILE}:${lineOf(text, 'order: 1')}: the field "order" is not allowed here. Fix: delete it; the charts are in the order of the file.`,
      `${CHARTS_FILE}:${lineOf(text, 'tone: highlight')}: the field "${problems.find((p) => p.includes('tone'))?.match(/"(panels\.\d+\.points\.\d+\.tone)"/)?.[1]}" is not valid: Invalid option: expected one of "base"|"accent". Fix: use one of "base", "accent".`,
    ]);
  });

  it('small multiples with different points in a panel are named at the panel', () => {
    const multiples = find((c) => c.panels.length > 1);
    const key = multiples.panels[1]?.points[0]?.label ?? '';
    const { problems, text } = mistake(
      CHARTS_FILE,
      inEntry(multiples.id, (e) => {
        const at = e.indexOf(`label: ${key},`, e.indexOf('- label:', e.indexOf('- label:') + 1));
        return `${e.slice(0, at)}label: ${key}x,${e.slice(at + `label: ${key},`.length)}`;
      }),
    );
    assert.ok(text.includes(`label: ${key}x,`));
    assert.ok(problems.length > 0);
    assert.match(
      problems[0] ?? '',
      new RegExp(
        `^${escapeRe(CHARTS_FILE)}:\\d+: the field "panels\\.1\\.points" is not valid: small multiples have the same points in every panel`,
      ),
    );
  });

  it('an unknown chart in <Chart id> and in a charts.yaml is named, with the likely id', () => {
    const [chart = find(() => true)] = charts;
    const article = `content/${content.sourceLocale}/article.mdx`;
    const inProse = mistake(article, (t) => t.replace(`<Chart id="${chart.id}" />`, `<Chart id="${chart.id}x" />`));
    const line = lineOf(inProse.text, `<Chart id="${chart.id}x" />`);
    assert.ok(
      inProse.problems.some(
        (p) =>
          p.startsWith(`${article}:${line}: unknown chart id "${chart.id}x". Did you mean "${chart.id}"? Fix:`) &&
          p.includes(CHARTS_FILE),
      ),
      inProse.problems.join('\n'),
    );
    const words = `content/${content.sourceLocale}/charts.yaml`;
    const inWords = mistake(words, (t) => t.replace(`- id: ${chart.id}\n`, `- id: ${chart.id}x\n`));
    assert.ok(
      inWords.problems.some((p) =>
        p.startsWith(
          `${words}:${lineOf(inWords.text, `- id: ${chart.id}x`)}: there is no chart "${chart.id}x" in ${CHARTS_FILE}. Did you mean "${chart.id}"?`,
        ),
      ),
      inWords.problems.join('\n'),
    );
    assert.ok(
      inWords.problems.some(
        (p) => p.startsWith(`${words}: chart "${chart.id}" (${CHARTS_FILE}:`) && p.includes('has no words'),
      ),
      inWords.problems.join('\n'),
    );
  });
});
