/**
 * Each mistake a translator can plausibly make, made in a throwaway copy of `content/`: the check must
 * fail and name the file, the line or key, and the fix.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkContent } from './check.ts';
import { localesIn, sourceLocale } from '../i18n/config.ts';
import { codeFields } from '../schemas/common.ts';
import { loadContent, projectRoot } from './load.ts';

const copies: string[] = [];
after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's content in a temporary folder. */
function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  copies.push(dir);
  return dir;
}

/** Problems found in the real content, so that each test looks only at the ones its mistake adds. */
const baseline = new Set(checkContent({ root: copyContent() }).problems);

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
  const problems = checkContent({ root: dir }).problems.filter((p) => !baseline.has(p));
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

describe('the real content', () => {
  it('loads every file of every locale without Astro', () => {
    const { content } = loadContent();
    assert.ok(content.figures.size > 30);
    assert.deepEqual(content.pages.map((p) => p.id).sort(), ['en/article', 'en/method', 'it/article', 'it/method']);
    for (const name of ['keyFigures', 'claims', 'timeline', 'glossary', 'charts'])
      assert.ok((content.lists[name]?.length ?? 0) > 0, name);
    assert.ok(content.ui.get('en')?.data, 'English interface strings are valid');
  });
});

describe('interface strings (ui.yaml)', () => {
  it('a key removed from the English file is named, with where to add it', () => {
    const { problems, line } = mistake('content/en/ui.yaml', (t) => t.replace('  toc: "On this page"\n', ''), 'nav:');
    const it_ = readFileSync(join(projectRoot, 'content/it/ui.yaml'), 'utf8');
    assertOne(
      problems,
      new RegExp(`^content/en/ui\\.yaml:${line}: the interface string "nav\\.toc" is missing`),
      new RegExp(`content/it/ui\\.yaml:${lineOf(it_, '  toc:')} has it`),
      /Fix: add the line {2}toc: "…" {2}under "nav:"/,
    );
  });

  it('a key the source does not have is named, with its line', () => {
    const { problems, line } = mistake(
      'content/en/ui.yaml',
      (t) => t.replace('  toc: "On this page"\n', '  toc: "On this page"\n  contents: "Contents"\n'),
      'contents:',
    );
    assertOne(
      problems,
      new RegExp(`^content/en/ui\\.yaml:${line}: the interface string "nav\\.contents" is not in content/it/ui\\.yaml`),
      /Fix: delete it/,
    );
  });

  it('a misspelt key is reported once as missing and once as extra, with a suggestion', () => {
    const { problems } = mistake('content/en/ui.yaml', (t) =>
      t.replace('  toc: "On this page"', '  tocc: "On this page"'),
    );
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems.join('\n'), /"nav\.toc" is missing/);
    assert.match(
      problems.join('\n'),
      /"nav\.tocc" is not in content\/it\/ui\.yaml\. Did you mean "nav\.toc"\? Fix: rename it to "toc"/,
    );
  });

  it('a placeholder translated by mistake is caught', () => {
    const { problems, line } = mistake(
      'content/en/ui.yaml',
      (t) => t.replace('updated: "Updated {date}"', 'updated: "Updated {data}"'),
      'updated:',
    );
    assertOne(
      problems,
      new RegExp(`^content/en/ui\\.yaml:${line}: the interface string "article\\.updated" must keep \\{date\\}`),
      /found \{data\}/,
    );
  });
});

describe('numbers typed into prose', () => {
  it('a changed number in English prose disagrees with the data, naming the figure to use', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('revenue reached <Fig id="revenue-q1-fy2021" />', 'revenue reached $330.2 million'),
      '$330.2 million',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/article\\.mdx:${line}: the number "330\\.2" is typed into the text, and it disagrees with the data`,
      ),
      /the nearest figure, "revenue-q1-fy2021", is \$328\.2 million/,
      /Fix: replace "330\.2" and its unit with <Fig id="revenue-q1-fy2021" \/>/,
    );
  });

  it('a number typed right is still a typed number, and the message names its <Fig>', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('a rise of <Fig id="revenue-growth-percent" />', 'a rise of 169%'),
      'a rise of 169%',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/article\\.mdx:${line}: the number "169" is typed into the text; it is the figure "revenue-growth-percent" \\(169%\\)`,
      ),
      /<Fig id="revenue-growth-percent" \/>/,
    );
  });

  it('in a YAML text the fix is a {fig:…} placeholder, and Italian numbers are read the Italian way', () => {
    const { problems, line } = mistake(
      'content/it/key-figures.yaml',
      (t) => t.replace('{fig:revenue-q1-fy2021} tra febbraio', '328,2 milioni di dollari tra febbraio'),
      '328,2',
    );
    assertOne(
      problems,
      new RegExp(`^content/it/key-figures\\.yaml:${line}: the number "328,2"`),
      /\{fig:revenue-q1-fy2021\}/,
    );
  });

  it('leaves dates with a month name, bare years, quarters and the listed labels alone', () => {
    const { problems } = mistake(
      'content/en/method.mdx',
      (t) =>
        `${t}\nOn 3 March 2021 (Q4 FY2021), and in 2022, AES-256-GCM, H.323 and E2EE were still around; on March 4th too.\n`,
    );
    assert.deepEqual(problems, []);
  });

  it('leaves quarters, ordinals and dates of other languages alone', () => {
    const { problems } = mistake(
      'content/en/method.mdx',
      (t) => `${t}\nIn T1 (the 1er trimestre, or 1° trimestre) and from 22 aprile 2020, in H1 too.\n`,
    );
    assert.deepEqual(problems, []);
  });

  it('a date typed in digits is told to have its month in words', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('On 2 June 2020, after', 'On 02/06/2020, after'),
      '02/06/2020',
    );
    assertOne(
      problems,
      new RegExp(`^content/en/article\\.mdx:${line}: the date "02/06/2020" is written in digits`),
      /write the month in words, as "2 June 2020"/,
    );
  });

  it('a small count suggests no figure that merely shares its number', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('joins four meetings', 'joins 30 meetings'),
      '30 meetings',
    );
    const problem = assertOne(
      problems,
      new RegExp(`^content/en/article\\.mdx:${line}: the number "30" is typed into the text`),
      /write it in words/,
    );
    assert.doesNotMatch(problem, /id="[a-z]/, 'no figure id is suggested');
  });

  it('a number with no figure behind it is caught too', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('joins four meetings', 'joins 4 meetings'),
      '4 meetings',
    );
    assertOne(
      problems,
      new RegExp(`^content/en/article\\.mdx:${line}: the number "4" is typed into the text`),
      /write it in words/,
    );
  });
});

describe('ids', () => {
  it('an unknown figure id in prose names the line and the closest id', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('<Fig id="revenue-q1-fy2020" />', '<Fig id="revenu-q1-fy2020" />'),
      'revenu-q1-fy2020',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/article\\.mdx:${line}: Unknown figure id "revenu-q1-fy2020"\\. Did you mean "revenue-q1-fy2020"\\?`,
      ),
    );
  });

  it('an unknown figure id in a YAML placeholder names the entry line', () => {
    const { problems, line } = mistake(
      'content/en/glossary.yaml',
      (t) => t.replace('{fig:free-cash-flow-q1-fy2021}', '{fig:free-cashflow-q1-fy2021}'),
      '- id: free-cash-flow',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/glossary\\.yaml:${line}: Unknown figure id "free-cashflow-q1-fy2021"\\. Did you mean "free-cash-flow-q1-fy2021"\\?`,
      ),
    );
  });

  it('an unknown glossary term and an unknown chart are named, with a suggestion', () => {
    const { problems } = mistake('content/en/article.mdx', (t) =>
      t.replace('<Term id="gaap">', '<Term id="gap">').replace('<Chart id="customers" />', '<Chart id="customer" />'),
    );
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      /content\/en\/article\.mdx:\d+: unknown glossary term id "gap"\. Did you mean "gaap"\? Fix: use an id listed in content\/en\/glossary\.yaml/,
    );
    assert.match(
      problems.join('\n'),
      /content\/en\/article\.mdx:\d+: unknown chart id "customer"\. Did you mean "customers"\? Fix:/,
    );
  });

  it('a duplicate id names both lines', () => {
    const original = readFileSync(join(projectRoot, 'content/en/glossary.yaml'), 'utf8');
    const gaap = original.slice(original.indexOf('- id: gaap'), original.indexOf('- id: non-gaap'));
    const { problems, line } = mistake(
      'content/en/glossary.yaml',
      (t) => `${t.trimEnd()}\n${gaap.replace('- id: gaap', '- id: gaap # copy')}`,
      'id: gaap # copy',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/glossary\\.yaml:${line}: the id "gaap" is used twice \\(first at line ${lineOf(original, '- id: gaap')}\\)`,
      ),
      /Fix: ids must be unique/,
    );
  });

  it('a figure or chart deleted from a translation is named, with where the source has it', () => {
    const it_ = readFileSync(join(projectRoot, 'content/it/article.mdx'), 'utf8');
    const { problems } = mistake('content/en/article.mdx', (t) =>
      t.replace(', against <Fig id="free-cash-flow-q1-fy2020" />', '').replace('<Chart id="participants" />\n', ''),
    );
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(
        `content/en/article\\.mdx:\\d+: <Fig id="free-cash-flow-q1-fy2020" /> is missing from this paragraph: content/it/article\\.mdx:${lineOf(it_, 'free-cash-flow-q1-fy2020')} has it in the same paragraph\\. Fix: put it back`,
      ),
    );
    assert.match(problems.join('\n'), /content\/en\/article\.mdx:\d+: <Chart id="participants" \/> is missing/);
  });

  it('a {fig:…} deleted from a translated entry is named, with the entry', () => {
    const { problems, line } = mistake(
      'content/en/timeline.yaml',
      (t) => t.replace(' and free cash flow of {fig:free-cash-flow-q1-fy2021}', ''),
      'text: "Revenue of {fig:revenue-q1-fy2021}',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/timeline\\.yaml:${line}: \\{fig:free-cash-flow-q1-fy2021\\} is missing from "\\w+" of "q1-fy2021-results": content/it/timeline\\.yaml:\\d+ has it`,
      ),
    );
  });

  it('a chart text with a misspelt field names the field and its line', () => {
    const { problems, line } = mistake(
      'content/en/charts.yaml',
      (t) => t.replace('  takeaway:', '  takeway:'),
      'takeway:',
    );
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(
        `content/en/charts\\.yaml:${line}: the field "takeway" is not allowed here\\. Fix: did you mean "takeaway"\\?`,
      ),
    );
  });

  it('a translated fixed field (a verdict) must stay as in the source', () => {
    const { problems } = mistake('content/en/claims.yaml', (t) =>
      t.replace('verdict: needs-context', 'verdict: accurate'),
    );
    assertOne(
      problems,
      /^content\/en\/claims\.yaml:\d+: "verdict" is "accurate" but "needs-context" in content\/it\/claims\.yaml/,
    );
  });
});

describe('frontmatter and tags', () => {
  it('a frontmatter that is never closed', () => {
    const { problems } = mistake('content/en/method.mdx', (t) => t.replace(/^(---\n[\s\S]*?\n)---\n/, '$1\n'));
    assert.ok(problems.length >= 1);
    assert.match(
      problems[0] ?? '',
      /^content\/en\/method\.mdx:1: the frontmatter opened by "---" on line 1 is never closed\. Fix: add a line with only "---"/,
    );
  });

  it('a frontmatter that is not valid YAML names the line', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('title: "Zoom’s lockdown quarter', 'title: "Zoom’s "lockdown" quarter'),
      'title:',
    );
    assertOne(
      problems,
      new RegExp(`^content/en/article\\.mdx:${line}:\\d+: this is not valid YAML`),
      /Fix: check the quotes/,
    );
  });

  it('a frontmatter field with a wrong value or name names the field and its line', () => {
    const { problems, line } = mistake('content/en/method.mdx', (t) => t.replace(/^updated:/m, 'updatd:'), 'updatd');
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      new RegExp(
        `content/en/method\\.mdx:${line}: the field "updatd" is not allowed here\\. Fix: did you mean "updated"\\?`,
      ),
    );
    assert.match(
      problems.join('\n'),
      /content\/en\/method\.mdx:\d+: the field "updated" is missing\. Fix: add "updated:"/,
    );
  });

  it('a prose page without its description, which search results and cards show, is named with the fix', () => {
    const { problems } = mistake('content/en/method.mdx', (t) => t.replace(/^description:.*\n/m, ''));
    assert.match(
      problems.join('\n'),
      /content\/en\/method\.mdx:\d+: the field "description" is missing\. Fix: add "description:"/,
    );
  });

  it('a component tag left open or broken', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace('<Fig id="revenue-q4-fy2020" />', '<Fig id="revenue-q4-fy2020">'),
      'revenue-q4-fy2020',
    );
    assertOne(problems, new RegExp(`^content/en/article\\.mdx:${line}: <Fig> must close itself with "/>"`));
    const quote = mistake(
      'content/en/article.mdx',
      (t) => t.replace('<Fig id="revenue-q4-fy2020" />', '<Fig id="revenue-q4-fy2020 />'),
      'revenue-q4-fy2020',
    );
    assert.ok(
      quote.problems.some(
        (p) => p.startsWith(`content/en/article.mdx:${quote.line}:`) && /Fix: write it as <Fig id="…" \/>/.test(p),
      ),
      quote.problems.join('\n'),
    );
  });

  it('a translation file named unlike its source', () => {
    const dir = copyContent();
    cpSync(join(dir, 'content/en/glossary.yaml'), join(dir, 'content/en/glossary.yml'));
    const problems = checkContent({ root: dir }).problems.filter((p) => !baseline.has(p));
    assertOne(
      problems,
      /^content\/en\/glossary\.yml: there is no content\/it\/glossary\.yml/,
      /did you mean "glossary\.yaml"/,
    );
  });
});

describe('a file that cannot be read', () => {
  it('a YAML syntax error is reported alone: none of what follows from it in other files', () => {
    // The source glossary unreadable: every translated term would be "not in the source", every <Term> unknown.
    const { problems, line } = mistake(
      'content/it/glossary.yaml',
      (t) => t.replace(/^(\s+term: )"([^"]*)"/m, '$1"$2" extra"'),
      'extra"',
    );
    assertOne(
      problems,
      new RegExp(`^content/it/glossary\\.yaml:${line}:\\d+: this is not valid YAML`),
      /Fix: check the quotes/,
    );
  });

  it('a tab used to indent is named as such', () => {
    const { problems, line } = mistake(
      'content/en/ui.yaml',
      (t) => t.replace('  toc: "On this page"', '\ttoc: "On this page"'),
      '\ttoc:',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/ui\\.yaml:${line}:\\d+: this line is indented with a tab, and YAML allows only spaces\\. Fix: replace the tab`,
      ),
    );
  });
});

describe('charts in the text', () => {
  it('a <Chart> inside a sentence names its line', () => {
    const { problems, line } = mistake(
      'content/en/article.mdx',
      (t) => t.replace(/\n\n(<Chart id="[^"]+" \/>)\n/, ' as this shows: $1\n'),
      'as this shows:',
    );
    assertOne(
      problems,
      new RegExp(
        `^content/en/article\\.mdx:${line}: <Chart> is inside a sentence, but a chart is a block of its own\\. Fix: put "<Chart id=`,
      ),
    );
  });
});

describe('the languages', () => {
  it('are the folders with a ui.yaml, the source language first', () => {
    const dir = copyContent();
    assert.deepEqual(localesIn(dir), localesIn(projectRoot));
    assert.equal(localesIn(dir)[0], sourceLocale);
    mkdirSync(join(dir, 'content/fr'));
    writeFileSync(join(dir, 'content/fr/notes.txt'), '');
    assert.ok(!localesIn(dir).map(String).includes('fr'), 'a folder without ui.yaml is no language');
    const problems = checkContent({ root: dir }).problems.filter((p) => !baseline.has(p));
    assertOne(problems, /^content\/fr\/: the folder has no ui\.yaml, so "fr" is not one of the site's languages/);
    cpSync(join(dir, 'content/en/ui.yaml'), join(dir, 'content/fr/ui.yaml'));
    assert.deepEqual(localesIn(dir).slice(-1), ['fr']);
  });

  it('README quotes the fields that are codes, not text', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(codeFields.map((f) => `\`${f}\``).join(', ')), `README lists ${codeFields.join(', ')}`);
  });
});

describe('npm run check (scripts/check-content.ts)', () => {
  it('reports every problem at once and exits 1', () => {
    const dir = copyContent();
    const ui = join(dir, 'content/en/ui.yaml');
    writeFileSync(ui, readFileSync(ui, 'utf8').replace('  toc: "On this page"\n', ''));
    const article = join(dir, 'content/en/article.mdx');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace('<Fig id="revenue-q1-fy2020" />', '<Fig id="revenu-q1-fy2020" />'),
    );
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), '--root', dir], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /✗ content\/en\/article\.mdx:\d+: Unknown figure id "revenu-q1-fy2020"/);
    assert.match(run.stderr, /✗ content\/en\/ui\.yaml:\d+: the interface string "nav\.toc" is missing/);
  });
});
