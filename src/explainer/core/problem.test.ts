import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../content/load.ts';
import { buildChart, ChartError } from './charts/registry.ts';
import { FigureError, getFigure, resolveFigures } from './figures.ts';
import { formatProblem, ProblemError, problemReport } from './problem.ts';
import { createSiteData, siteInputOf } from './site/site.ts';

const { content } = loadContent();

describe('a problem of the content', () => {
  it('is written as file:line (what): what is wrong. Fix: what to do.', () => {
    assert.equal(
      formatProblem({ file: 'content/x/y.yaml', line: 3, message: 'the field "a" is missing.', fix: 'add "a:".' }),
      'content/x/y.yaml:3: the field "a" is missing. Fix: add "a:".',
    );
    assert.equal(
      formatProblem({ file: 'content/x/y.yaml', at: 'chart "c"', message: 'it is wrong.', fix: 'mend it.' }),
      'content/x/y.yaml (chart "c"): it is wrong. Fix: mend it.',
    );
  });

  it('is reported the same way by the check, the build and the dev overlay: one line each, counted', () => {
    const report = problemReport([
      { file: 'a', message: 'b.', fix: 'c.' },
      { file: 'd', message: 'e.', fix: 'f.' },
    ]);
    assert.equal(report.title, 'The content has 2 problems:');
    assert.deepEqual(report.lines, ['✗ a: b. Fix: c.', '✗ d: e. Fix: f.']);
    assert.match(report.hint, /Fix:/);
  });

  it('a chart that cannot be built throws it, naming the file that asked for the chart', () => {
    const site = createSiteData(siteInputOf(content) ?? assert.fail('the settings did not load'));
    const data = site.localeData(site.sourceLocale);
    const [first = ''] = [...site.charts.keys()];
    const error = (() => {
      try {
        buildChart(`${first}x`, data.charts(), `content/${site.sourceLocale}/article.mdx`);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    assert.ok(error instanceof ChartError && error instanceof ProblemError);
    assert.equal(error.problem.file, `content/${site.sourceLocale}/article.mdx`);
    assert.match(error.problem.fix, /content\/data\/charts\.yaml/);
    assert.equal(error.message, formatProblem(error.problem));
  });

  it('a figure that cannot be resolved or found throws it, naming the data file or the text', () => {
    const [id = ''] = [...content.figures.keys()];
    assert.throws(
      () => resolveFigures([{ id, unit: 'count', period: 'x', derive: { op: 'ratio', of: [id, id] } }]),
      (error: unknown) =>
        error instanceof FigureError &&
        error.problem.file === 'content/data/figures.yaml' &&
        /derived from itself/.test(error.problem.message),
    );
    assert.throws(
      () => getFigure(content.figures, `${id}x`, 'content/x/article.mdx'),
      (error: unknown) =>
        error instanceof FigureError &&
        error.message.startsWith(`content/x/article.mdx: Unknown figure id "${id}x". Did you mean "${id}"?`) &&
        / Fix: /.test(error.message),
    );
  });
});
