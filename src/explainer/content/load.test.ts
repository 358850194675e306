/**
 * Each mistake a translator can plausibly make, made in a throwaway copy of `content/`: the check must
 * fail and name the file, the line or key, and the fix.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from './check.ts';
import { localesIn, sourceLocale } from './locales.ts';
import { codeFields } from '../core/schemas/common.ts';
import { formatDate, formatFigure } from '../core/format.ts';
import { loadContent, projectRoot } from './load.ts';
import { copyContent } from './test-copy.ts';
import { formatProblem } from '../core/problem.ts';

/** Problems found in the real content, so that each test looks only at the ones its mistake adds. */
const baseline = new Set(checkContent({ root: copyContent() }).problems.map(formatProblem));

/** Makes a mistake in `file` of a fresh copy and returns the new problems, and the 1-based line of `marker`. */
function mistake(file: string, edit: (text: string) => string, marker?: string): { problems: string[]; line: number } {
  const dir = copyContent();
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const text = edit(original);
  assert.notEqual(text, original, `the test's edit changes ${file}: update the test if the file changed`);
  writeFileSync(path, text);
  const line = marker === undefined ? 0 : text.slice(0, text.indexOf(marker)).split('\n').length;
  if (marker !== undefined) assert.notEqual(text.indexOf(marker), -1, `the test's marker "${marker}" is in ${file}`);
  const problems = checkContent({ root: dir })
    .problems.map(formatProblem)
    .filter((p) => !baseline.has(p));
  return { problems, line };
}

/** Asserts exactly one new problem, and that it matches every pattern. */
function assertOne(problems: string[], ...patterns: RegExp[]): string {
  assert.equal(problems.length, 1, `one problem expected, got:\n${problems.join('\n')}`);
  const [problem = ''] = problems;
  for (const pattern of patterns) assert.match(problem, pattern);
  assert.match(problem, /Fix: \S/, 'the message says how to fix it');
  return problem;
}

const lineOf = (text: string, marker: string) => text.slice(0, text.indexOf(marker)).split('\n').length;

const { content: real } = loadContent();
const sourceFiles = readdirSync(join(projectRoot, 'content', sourceLocale));
/**
 * The translation the mistakes are made in: the first language with every file of the source, whatever it
 * is. Its texts are found by their tags, keys and formatted figures, never by its words.
 */
const T =
  real.locales.find(
    (l) => l !== sourceLocale && sourceFiles.every((f) => existsSync(join(projectRoot, 'content', l, f))),
  ) ??
  (() => {
    throw new Error(
      `These tests make mistakes in a complete translation, and no folder of content/ has every file of content/${sourceLocale}/.`,
    );
  })();
const S = sourceLocale;
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const plainSpaces = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');
const uiOf = (locale: string) => {
  const ui = real.ui.get(locale)?.data;
  if (!ui) throw new Error(`content/${locale}/ui.yaml does not load`);
  return ui;
};
/** A figure of the data as `locale` writes it, with plain spaces as a translator types them. */
const written = (locale: string, id: string, value?: number) => {
  const figure = real.figures.get(id);
  if (!figure) throw new Error(`no figure "${id}"`);
  const ui = uiOf(locale);
  return plainSpaces(formatFigure(value === undefined ? figure : { ...figure, value }, ui.language.intl, ui.units));
};
/** The number in a written figure: "328.2" of "$328.2 million". */
const numberIn = (text: string) => /\p{N}+(?:[.,\u00A0\u202F ]\p{N}+)*/u.exec(text)?.[0] ?? '';
/** The ids of the charts a translation's article places, in order. */
const chartsIn = (text: string) => [...text.matchAll(/<Chart id="([^"]+)" \/>/g)].map((m) => m[1] ?? '');
/** Inserts `words` before the last word of the first paragraph of prose after the headings. */
const intoProse = (text: string, words: string) =>
  text.replace(/\n\n([^<#\n-][^\n]*?)(\s\S+)\n/, (_, head: string, last: string) => `\n\n${head} ${words}${last}\n`);

describe('the real content', () => {
  it('loads every file of every locale without Astro', () => {
    const { content } = loadContent();
    assert.ok(content.figures.size > 30);
    const mdx = content.locales.flatMap((l) =>
      readdirSync(join(projectRoot, 'content', l))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${l}/${f.replace(/\.mdx$/, '')}`),
    );
    assert.deepEqual(content.pages.map((p) => p.id).sort(), mdx.sort());
    for (const name of ['keyFigures', 'claims', 'timeline', 'glossary', 'charts'])
      assert.ok(
        (content.lists[name] ?? []).some((e) => e.data['locale'] === S),
        name,
      );
    for (const locale of content.locales) assert.ok(content.ui.get(locale)?.data, `content/${locale}/ui.yaml is valid`);
  });
});

describe('interface strings (ui.yaml)', () => {
  const ui = `content/${T}/ui.yaml`;
  const source = `content/${S}/ui.yaml`;

  it('a key removed from a translation is named, with where to add it', () => {
    const { problems, line } = mistake(ui, (t) => t.replace(/^ {2}toc: .*\n/m, ''), 'nav:');
    const sourceText = readFileSync(join(projectRoot, source), 'utf8');
    assertOne(
      problems,
      new RegExp(`^${esc(ui)}:${line}: the interface string "nav\\.toc" is missing`),
      new RegExp(`${esc(source)}:${lineOf(sourceText, '  toc:')} has it`),
      /Fix: add the line {2}toc: "…" {2}under "nav:"/,
    );
  });

  it('a key the source does not have is named, with its line', () => {
    const { problems, line } = mistake(ui, (t) => t.replace(/^( {2}toc: .*\n)/m, '$1  contents: "…"\n'), 'contents:');
    assertOne(
      problems,
      new RegExp(`^${esc(ui)}:${line}: the interface string "nav\\.contents" is not in ${esc(source)}`),
      /Fix: delete it/,
    );
  });

  it('a misspelt key is reported once as missing and once as extra, with a suggestion', () => {
    const { problems } = mistake(ui, (t) => t.replace(/^ {2}toc:/m, '  tocc:'));
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems.join('\n'), /"nav\.toc" is missing/);
    assert.match(
      problems.join('\n'),
      new RegExp(`"nav\\.tocc" is not in ${esc(source)}\\. Did you mean "nav\\.toc"\\? Fix: rename it to "toc"`),
    );
  });

  it('a placeholder translated by mistake is caught', () => {
    const { problems, line } = mistake(ui, (t) => t.replace(/^( {2}updated: ".*)\{date\}/m, '$1{data}'), '  updated:');
    assertOne(
      problems,
      new RegExp(`^${esc(ui)}:${line}: the interface string "article\\.updated" must keep \\{date\\}`),
      /found \{data\}/,
    );
  });
});

describe('numbers typed into prose', () => {
  const article = `content/${T}/article.mdx`;
  const method = `content/${T}/method.mdx`;
  const { intl, dates } = { intl: uiOf(T).language.intl, dates: uiOf(T).dates };

  it('a changed number in a translation disagrees with the data, naming the figure to use', () => {
    const wrong = written(T, 'revenue-q1-fy2021', 330.2);
    const { problems, line } = mistake(article, (t) => t.replace('<Fig id="revenue-q1-fy2021" />', wrong), wrong);
    assertOne(
      problems,
      new RegExp(
        `^${esc(article)}:${line}: the number "${esc(numberIn(wrong))}" is typed into the text, and it disagrees with the data`,
      ),
      new RegExp(`the nearest figure, "revenue-q1-fy2021", is ${esc(written(T, 'revenue-q1-fy2021'))}`),
      new RegExp(`Fix: replace "${esc(numberIn(wrong))}" and its unit with <Fig id="revenue-q1-fy2021" />`),
    );
  });

  it('a number typed right is still a typed number, and the message names its <Fig>', () => {
    const right = written(T, 'revenue-growth-percent');
    const { problems, line } = mistake(article, (t) => t.replace('<Fig id="revenue-growth-percent" />', right), right);
    assertOne(
      problems,
      new RegExp(
        `^${esc(article)}:${line}: the number "${esc(numberIn(right))}" is typed into the text; it is the figure "revenue-growth-percent" \\(${esc(right)}\\)`,
      ),
      /<Fig id="revenue-growth-percent" \/>/,
    );
  });

  it('in a YAML text the fix is a {fig:…} placeholder, and numbers are read the way the file’s language writes them', () => {
    const file = `content/${S}/key-figures.yaml`;
    const right = written(S, 'revenue-q1-fy2021');
    const { problems, line } = mistake(file, (t) => t.replace('{fig:revenue-q1-fy2021}', right), right);
    assertOne(
      problems,
      new RegExp(`^${esc(file)}:${line}: the number "${esc(numberIn(right))}"`),
      /\{fig:revenue-q1-fy2021\}/,
    );
  });

  it('leaves dates with a month name, bare years, quarters and the listed labels alone', () => {
    const date = plainSpaces(formatDate('2021-03-03', intl, dates));
    const { problems } = mistake(method, (t) => `${t}\n${date} (Q4 FY2021), 2022, AES-256-GCM, H.323, E2EE.\n`);
    assert.deepEqual(problems, []);
  });

  it('leaves quarters, ordinals and dates of the source language alone', () => {
    const sourceDate = plainSpaces(formatDate('2020-04-22', uiOf(S).language.intl, uiOf(S).dates));
    const { problems } = mistake(method, (t) => `${t}\nT1 (1er trimestre, 1° trimestre), ${sourceDate}, H1.\n`);
    assert.deepEqual(problems, []);
  });

  it('a date typed in digits is told to have its month in words', () => {
    const inWords = plainSpaces(formatDate('2020-06-02', intl, dates));
    const digits = new Intl.DateTimeFormat(intl, {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(Date.UTC(2020, 5, 2));
    const example = new Intl.DateTimeFormat(intl, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(Date.UTC(2020, 5, 2));
    const { problems, line } = mistake(article, (t) => t.replace(inWords, digits), digits);
    assertOne(
      problems,
      new RegExp(`^${esc(article)}:${line}: the date "${esc(digits)}" is written in digits`),
      new RegExp(`write the month in words, as "${esc(example)}"`),
    );
  });

  it('a small count suggests no figure that merely shares its number', () => {
    const { problems, line } = mistake(article, (t) => intoProse(t, '30'), ' 30 ');
    const problem = assertOne(
      problems,
      new RegExp(`^${esc(article)}:${line}: the number "30" is typed into the text`),
      /write it in words/,
    );
    assert.doesNotMatch(problem, /id="[a-z]/, 'no figure id is suggested');
  });

  it('a number with no figure behind it is caught too', () => {
    const { problems, line } = mistake(article, (t) => intoProse(t, '4'), ' 4 ');
    assertOne(
      problems,
      new RegExp(`^${esc(article)}:${line}: the number "4" is typed into the text`),
      /write it in words/,
    );
  });
});

describe('ids', () => {
  const article = `content/${T}/article.mdx`;
  const articleText = readFileSync(join(projectRoot, article), 'utf8');
  const [chart = '', otherChart = ''] = chartsIn(articleText);

  it('an unknown figure id in prose names the line and the closest id', () => {
    const { problems, line } = mistake(
      article,
      (t) => t.replace('<Fig id="revenue-q1-fy2020" />', '<Fig id="revenu-q1-fy2020" />'),
      'revenu-q1-fy2020',
    );
    assertOne(
      problems,
      new RegExp(
        `^${esc(article)}:${line}: Unknown figure id "revenu-q1-fy2020"\\. Did you mean "revenue-q1-fy2020"\\?`,
      ),
    );
  });

  it('an unknown figure id in a YAML placeholder names the entry line', () => {
    const file = `content/${T}/glossary.yaml`;
    const { problems, line } = mistake(
      file,
      (t) => t.replace('{fig:free-cash-flow-q1-fy2021}', '{fig:free-cashflow-q1-fy2021}'),
      '- id: free-cash-flow',
    );
    assertOne(
      problems,
      new RegExp(
        `^${esc(file)}:${line}: Unknown figure id "free-cashflow-q1-fy2021"\\. Did you mean "free-cash-flow-q1-fy2021"\\?`,
      ),
    );
  });

  it('an unknown glossary term and an unknown chart are named, with a suggestion', () => {
    const { problems } = mistake(article, (t) =>
      t.replace('<Term id="gaap">', '<Term id="gap">').replace(`<Chart id="${chart}" />`, `<Chart id="${chart}x" />`),
    );
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(
        `${esc(article)}:\\d+: unknown glossary term id "gap"\\. Did you mean "gaap"\\? Fix: use an id listed in content/${T}/glossary\\.yaml`,
      ),
    );
    assert.match(
      problems.join('\n'),
      new RegExp(`${esc(article)}:\\d+: unknown chart id "${chart}x"\\. Did you mean "${chart}"\\? Fix:`),
    );
  });

  it('a duplicate id names both lines', () => {
    const file = `content/${T}/glossary.yaml`;
    const original = readFileSync(join(projectRoot, file), 'utf8');
    const gaap = original.slice(original.indexOf('- id: gaap'), original.indexOf('- id: non-gaap'));
    const { problems, line } = mistake(
      file,
      (t) => `${t.trimEnd()}\n${gaap.replace('- id: gaap', '- id: gaap # copy')}`,
      'id: gaap # copy',
    );
    assertOne(
      problems,
      new RegExp(
        `^${esc(file)}:${line}: the id "gaap" is used twice \\(first at line ${lineOf(original, '- id: gaap')}\\)`,
      ),
      /Fix: ids must be unique/,
    );
  });

  it('a figure or chart deleted from a translation is named, with where the source has it', () => {
    const sourceText = readFileSync(join(projectRoot, `content/${S}/article.mdx`), 'utf8');
    const { problems } = mistake(article, (t) =>
      t.replace('<Fig id="free-cash-flow-q1-fy2020" />', '').replace(`<Chart id="${otherChart}" />\n`, ''),
    );
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(
        `${esc(article)}:\\d+: <Fig id="free-cash-flow-q1-fy2020" /> is missing from this paragraph: content/${S}/article\\.mdx:${lineOf(sourceText, 'free-cash-flow-q1-fy2020')} has it in the same paragraph\\. Fix: put it back`,
      ),
    );
    assert.match(problems.join('\n'), new RegExp(`${esc(article)}:\\d+: <Chart id="${otherChart}" /> is missing`));
  });

  it('a {fig:…} deleted from a translated entry is named, with the entry', () => {
    const file = `content/${T}/timeline.yaml`;
    const { problems, line } = mistake(
      file,
      (t) => t.replace('{fig:free-cash-flow-q1-fy2021}', ''),
      '{fig:fy2021-guidance-2020-06}',
    );
    assertOne(
      problems,
      new RegExp(
        `^${esc(file)}:${line}: \\{fig:free-cash-flow-q1-fy2021\\} is missing from "\\w+" of "q1-fy2021-results": content/${S}/timeline\\.yaml:\\d+ has it`,
      ),
    );
  });

  it('a chart text with a misspelt field names the field and its line', () => {
    const file = `content/${T}/charts.yaml`;
    const { problems, line } = mistake(file, (t) => t.replace('  takeaway:', '  takeway:'), 'takeway:');
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(`${esc(file)}:${line}: the field "takeway" is not allowed here\\. Fix: did you mean "takeaway"\\?`),
    );
  });

  it('a translated fixed field (a verdict) must stay as in the source', () => {
    const file = `content/${T}/claims.yaml`;
    const { problems } = mistake(file, (t) => t.replace('verdict: needs-context', 'verdict: accurate'));
    assertOne(
      problems,
      new RegExp(`^${esc(file)}:\\d+: "verdict" is "accurate" but "needs-context" in content/${S}/claims\\.yaml`),
    );
  });
});

describe('frontmatter and tags', () => {
  const article = `content/${T}/article.mdx`;
  const method = `content/${T}/method.mdx`;

  it('a frontmatter that is never closed', () => {
    const { problems } = mistake(method, (t) => t.replace(/^(---\n[\s\S]*?\n)---\n/, '$1\n'));
    assert.ok(problems.length >= 1);
    assert.match(
      problems[0] ?? '',
      new RegExp(
        `^${esc(method)}:1: the frontmatter opened by "---" on line 1 is never closed\\. Fix: add a line with only "---"`,
      ),
    );
  });

  it('a frontmatter that is not valid YAML names the line', () => {
    const { problems, line } = mistake(article, (t) => t.replace(/^title: "(\S+)/m, 'title: "$1 "x"'), 'title:');
    assertOne(problems, new RegExp(`^${esc(article)}:${line}:\\d+: this is not valid YAML`), /Fix: check the quotes/);
  });

  it('a frontmatter field with a wrong value or name names the field and its line', () => {
    const { problems, line } = mistake(method, (t) => t.replace(/^updated:/m, 'updatd:'), 'updatd');
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(`${esc(method)}:${line}: the field "updatd" is not allowed here\\. Fix: did you mean "updated"\\?`),
    );
    assert.match(
      problems.join('\n'),
      new RegExp(`${esc(method)}:\\d+: the field "updated" is missing\\. Fix: add "updated:"`),
    );
  });

  it('an article updated before it was published is named at "updated", with the fix', () => {
    const { problems, line } = mistake(
      article,
      (t) => t.replace(/^updated: .*$/m, 'updated: 2000-01-01T00:00:00Z'),
      'updated: 2000',
    );
    assertOne(
      problems,
      new RegExp(`^${esc(article)}:${line}: the field "updated" is not valid: it is before "published"`),
      /Fix: set "updated" to the time of its latest change, at or after "published"\.$/,
    );
  });

  it('a prose page without its description, which search results and cards show, is named with the fix', () => {
    const { problems } = mistake(method, (t) => t.replace(/^description:.*\n/m, ''));
    assert.match(
      problems.join('\n'),
      new RegExp(`${esc(method)}:\\d+: the field "description" is missing\\. Fix: add "description:"`),
    );
  });

  it('a component tag left open or broken', () => {
    const { problems, line } = mistake(
      article,
      (t) => t.replace('<Fig id="revenue-q4-fy2020" />', '<Fig id="revenue-q4-fy2020">'),
      'revenue-q4-fy2020',
    );
    assertOne(problems, new RegExp(`^${esc(article)}:${line}: <Fig> must close itself with "/>"`));
    const quote = mistake(
      article,
      (t) => t.replace('<Fig id="revenue-q4-fy2020" />', '<Fig id="revenue-q4-fy2020 />'),
      'revenue-q4-fy2020',
    );
    assert.ok(
      quote.problems.some(
        (p) => p.startsWith(`${article}:${quote.line}:`) && /Fix: write it as <Fig id="…" \/>/.test(p),
      ),
      quote.problems.join('\n'),
    );
  });

  it('a translation file named unlike its source', () => {
    const dir = copyContent();
    cpSync(join(dir, `content/${T}/glossary.yaml`), join(dir, `content/${T}/glossary.yml`));
    const problems = checkContent({ root: dir })
      .problems.map(formatProblem)
      .filter((p) => !baseline.has(p));
    assertOne(
      problems,
      new RegExp(`^content/${T}/glossary\\.yml: there is no content/${S}/glossary\\.yml`),
      /did you mean "glossary\.yaml"/,
    );
  });
});

describe('a file that cannot be read', () => {
  it('a YAML syntax error is reported alone: none of what follows from it in other files', () => {
    // The source glossary unreadable: every translated term would be "not in the source", every <Term> unknown.
    const file = `content/${S}/glossary.yaml`;
    const { problems, line } = mistake(file, (t) => t.replace(/^(\s+term: )"([^"]*)"/m, '$1"$2" extra"'), 'extra"');
    assertOne(problems, new RegExp(`^${esc(file)}:${line}:\\d+: this is not valid YAML`), /Fix: check the quotes/);
  });

  it('a tab used to indent is named as such', () => {
    const file = `content/${T}/ui.yaml`;
    const { problems, line } = mistake(file, (t) => t.replace(/^ {2}toc:/m, '\ttoc:'), '\ttoc:');
    assertOne(
      problems,
      new RegExp(
        `^${esc(file)}:${line}:\\d+: this line is indented with a tab, and YAML allows only spaces\\. Fix: replace the tab`,
      ),
    );
  });
});

describe('charts in the text', () => {
  it('a <Chart> inside a sentence names its line', () => {
    const article = `content/${T}/article.mdx`;
    const { problems, line } = mistake(
      article,
      (t) => t.replace(/([^\n])\n\n(<Chart id="[^"]+" \/>)\n/, '$1 $2\n'),
      '<Chart',
    );
    assertOne(
      problems,
      new RegExp(
        `^${esc(article)}:${line}: <Chart> is inside a sentence, but a chart is a block of its own\\. Fix: put "<Chart id=`,
      ),
    );
  });
});

describe('the languages', () => {
  it('are the folders with a ui.yaml, the source language first', () => {
    const dir = copyContent();
    assert.deepEqual(localesIn(dir), localesIn(projectRoot));
    assert.equal(localesIn(dir)[0], sourceLocale);
    // A code for private use (BCP 47 reserves qaa–qtz), so that it is no language the site may have.
    const code = ['qaa', 'qab', 'qac'].find((c) => !existsSync(join(dir, 'content', c))) ?? 'qad';
    mkdirSync(join(dir, 'content', code));
    writeFileSync(join(dir, 'content', code, 'notes.txt'), '');
    assert.ok(!localesIn(dir).map(String).includes(code), 'a folder without ui.yaml is no language');
    const problems = checkContent({ root: dir })
      .problems.map(formatProblem)
      .filter((p) => !baseline.has(p));
    assertOne(
      problems,
      new RegExp(`^content/${code}/: the folder has no ui\\.yaml, so "${code}" is not one of the site's languages`),
    );
    cpSync(join(dir, `content/${S}/ui.yaml`), join(dir, `content/${code}/ui.yaml`));
    assert.deepEqual(localesIn(dir).slice(-1), [code]);
  });

  it('README quotes the fields that are codes, not text', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(codeFields.map((f) => `\`${f}\``).join(', ')), `README lists ${codeFields.join(', ')}`);
  });
});

describe('npm run check (scripts/check-content.ts)', () => {
  it('reports every problem at once and exits 1', () => {
    const dir = copyContent();
    const ui = join(dir, `content/${T}/ui.yaml`);
    writeFileSync(ui, readFileSync(ui, 'utf8').replace(/^ {2}toc: .*\n/m, ''));
    const article = join(dir, `content/${T}/article.mdx`);
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace('<Fig id="revenue-q1-fy2020" />', '<Fig id="revenu-q1-fy2020" />'),
    );
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), '--root', dir], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`✗ content/${T}/article\\.mdx:\\d+: Unknown figure id "revenu-q1-fy2020"`));
    assert.match(run.stderr, new RegExp(`✗ content/${T}/ui\\.yaml:\\d+: the interface string "nav\\.toc" is missing`));
  });
});
