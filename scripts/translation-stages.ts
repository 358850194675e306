// Runs the whole test suite on temporary copies of the project, each with one more language at one stage of
// its translation, and prints a table of the results (see README, "Translating").
//
// The four stages of a new language are made mechanically. The STAND-IN TEXT IS AN EXISTING TRANSLATION'S:
// the text a translator would write is taken from a language the project already has (by default the
// first language of content/ that is not the source), written under a new code (`--language`, default
// `fr`). So the copy's "fr" reads in that language: what is tested is the site with a language at each
// stage, not the quality of a French text.
//   1-ui            its ui.yaml only;
//   2-article-half  ui.yaml, and article.mdx with the first half of its blocks translated, the rest the source's;
//   3-all-partial   every file of the source language, each with its first half of blocks (pages), entries (list
//                   files) or strings (ui.yaml) translated and the rest still the source's;
//   4-complete      every file translated.
// Every folder of e2e/stages/ is one more stage: its files are the language named by the folder (`ar`, `ja`).
//
// For each stage: a copy of the project (as e2e/build/story.test.ts makes one: no history, no builds,
// node_modules linked), the stage's files written into content/<code>/, `npm run check:strict` (expected to
// fail until the language is complete), then the command, with its own E2E_PORT_BASE (the environment's,
// default 4400, plus 100 per stage) so that no two runs share a port.
//   npm run test:stages                                 every stage, `npm test` in each (about an hour)
//   npm run test:stages -- --command "npm run check"    the fast checks only
//   --only ar,2-article-half   some stages     --language fr   the new language's code
//   --from en                  the translation that stands in for the translator's work
//   --logs DIR                 where each stage's output goes (default: <tmp>/stages-logs)
//   --keep                     keep the copies
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { isMap, isSeq, parseDocument } from 'yaml';
import { localesIn, sourceLocaleIn } from '../src/explainer/content/locales.ts';
import { entriesOf } from '../src/explainer/core/i18n/entries.ts';
import { mdxBlocks } from '../src/explainer/core/i18n/mdx-blocks.ts';
import { copyProject, PROJECT } from './project-copy.ts';

const STAGES_DIR = join(PROJECT, 'e2e', 'stages');
/** How many ports one run of the suite may use above its E2E_PORT_BASE (see playwright.config.ts). */
const PORTS_PER_RUN = 100;

const { values: options } = parseArgs({
  options: {
    command: { type: 'string', default: 'npm test' },
    only: { type: 'string' },
    language: { type: 'string', default: 'fr' },
    from: { type: 'string' },
    logs: { type: 'string', default: join(tmpdir(), 'stages-logs') },
    keep: { type: 'boolean', default: false },
  },
});

const source: string = sourceLocaleIn(PROJECT);
const present: readonly string[] = localesIn(PROJECT);
const code = options.language;
const from = standIn(options.from ?? present.find((l) => l !== source));
function standIn(locale: string | undefined): string {
  if (locale && present.includes(locale) && locale !== source) return locale;
  throw new Error(
    `--from ${locale ?? '(none)'}: no translation to stand in for the translator's work. Fix: name a language of content/ other than the source (${source}).`,
  );
}
if (present.includes(code)) {
  throw new Error(`--language ${code}: content/${code}/ already exists. Fix: give a code the project does not have.`);
}

const read = (locale: string, file: string) => readFileSync(join(PROJECT, 'content', locale, file), 'utf8');
const sourceFiles = readdirSync(join(PROJECT, 'content', source)).toSorted();

/** `text` with its frontmatter's characters blanked, so that block offsets stay those of the file. */
function blankFrontmatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (front) => front.replace(/[^\n]/g, ' '));
}

/** A page whose first `keep` blocks are the translation's and the rest the source's (block by block). */
function partialPage(file: string, keep: (total: number) => number): string {
  const translated = read(from, file);
  const original = read(source, file);
  const mine = mdxBlocks(blankFrontmatter(translated));
  const theirs = mdxBlocks(blankFrontmatter(original));
  if (mine.length !== theirs.length) {
    throw new Error(
      `content/${from}/${file} has ${mine.length} blocks, content/${source}/${file} ${theirs.length}: the pages must match block for block to be mixed. Fix: use --from with a translation that matches.`,
    );
  }
  const first = keep(mine.length);
  let text = translated;
  // From the end, so that the offsets of the blocks before stay right.
  for (let i = mine.length - 1; i >= first; i--) {
    const block = mine[i];
    const back = theirs[i];
    if (!block || !back) continue;
    text = text.slice(0, block.offset) + back.text + text.slice(block.offset + block.length);
  }
  return text;
}

/** A YAML file whose first `keep` entries (list files) or strings (ui.yaml) are the translation's, the rest the source's. */
function partialYaml(file: string, keep: (total: number) => number): string {
  const translated = read(from, file);
  const original = entriesOf(read(source, file));
  const ids = entriesOf(translated);
  if (!original || !ids) throw new Error(`content/${from}/${file} or content/${source}/${file} is not valid YAML.`);
  const doc = parseDocument(translated);
  const list = [...ids.keys()];
  const first = keep(list.length);
  for (const id of list.slice(first)) {
    const back = original.get(id);
    if (!back) continue;
    for (const [field, value] of back) {
      if (isSeq(doc.contents)) {
        const index = doc.contents.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
        if (index === -1) continue;
        doc.setIn([index, ...field.split('.')], value);
      } else doc.setIn(id.split('.'), value);
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const half = (total: number) => Math.ceil(total / 2);
const partial = (file: string) => (file.endsWith('.mdx') ? partialPage(file, half) : partialYaml(file, half));

interface Stage {
  name: string;
  code: string;
  what: string;
  files: () => Map<string, string>;
}

const STAGES: Stage[] = [
  {
    name: '1-ui',
    code,
    what: `ui.yaml only`,
    files: () => new Map([['ui.yaml', read(from, 'ui.yaml')]]),
  },
  {
    name: '2-article-half',
    code,
    what: `ui.yaml; article.mdx, first half of its blocks translated`,
    files: () =>
      new Map([
        ['ui.yaml', read(from, 'ui.yaml')],
        ['article.mdx', partialPage('article.mdx', half)],
      ]),
  },
  {
    name: '3-all-partial',
    code,
    what: `every file, each half translated`,
    files: () => new Map(sourceFiles.map((f) => [f, partial(f)])),
  },
  {
    name: '4-complete',
    code,
    what: `every file translated`,
    files: () => new Map(sourceFiles.map((f) => [f, read(from, f)])),
  },
  ...(existsSync(STAGES_DIR) ? readdirSync(STAGES_DIR).toSorted() : []).map((folder) => ({
    name: folder,
    code: folder,
    what: `e2e/stages/${folder}/: ${readdirSync(join(STAGES_DIR, folder)).join(', ')}`,
    files: () =>
      new Map(readdirSync(join(STAGES_DIR, folder)).map((f) => [f, readFileSync(join(STAGES_DIR, folder, f), 'utf8')])),
  })),
];

const wanted = options.only?.split(',').filter(Boolean);
const unknown = wanted?.filter((w) => !STAGES.some((s) => s.name === w)) ?? [];
if (unknown.length > 0) {
  throw new Error(
    `--only ${unknown.join(', ')}: no such stage. Fix: choose among ${STAGES.map((s) => s.name).join(', ')}.`,
  );
}
const chosen = STAGES.filter((s) => !wanted || wanted.includes(s.name));
const portBase = Number(process.env['E2E_PORT_BASE'] || 4400);
const logs = resolve(options.logs);
mkdirSync(logs, { recursive: true });

console.log(
  `Stages of a new language "${code}": the stand-in text is content/${from}/'s translation (${from}) written under "${code}", the untranslated part content/${source}/'s.`,
);
console.log(`Command: ${options.command}; logs in ${logs}/.\n`);

interface Result {
  stage: Stage;
  status: number | null;
  minutes: number;
  strict: number | null;
  tail: string[];
  log: string;
}

/** The last lines of a failed run that say what failed: the test runners' summaries and errors. */
function summary(output: string): string[] {
  const lines = stripVTControlCharacters(output)
    .split('\n')
    .filter((l) => l.trim() !== '');
  // Passing tests' names may say "error" too: only lines of failures and of the runners' totals.
  const telling = lines.filter(
    (l) =>
      !/^\s*(?:✔|✓|ok\b)/.test(l) &&
      /✖|✗|✘|×|failed|Error|not ok|ℹ (?:pass|fail)|passed|skipped|flaky|ERR!|exit code/.test(l),
  );
  return (telling.length > 0 ? telling : lines).slice(-12);
}

/** Runs `command` in `cwd`, its output written to `log` as it comes (to follow with `tail -f`). */
function run(command: string, cwd: string, port: number, log: string): { status: number | null; output: string } {
  const fd = openSync(log, 'w');
  writeSync(fd, `$ ${command}\n`);
  const result = spawnSync(command, {
    cwd,
    shell: true,
    stdio: ['ignore', fd, fd],
    env: { ...process.env, E2E_PORT_BASE: String(port), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  writeSync(fd, `exit code ${result.status ?? result.signal}\n`);
  closeSync(fd);
  return { status: result.status, output: readFileSync(log, 'utf8') };
}

const results: Result[] = [];
for (const stage of chosen) {
  const index = STAGES.indexOf(stage);
  const port = portBase + PORTS_PER_RUN * (index + 1);
  const copy = copyProject(mkdtempSync(join(tmpdir(), `stage-${stage.name}-`)));
  rmSync(join(copy, 'e2e', 'stages'), { recursive: true, force: true });
  const dir = join(copy, 'content', stage.code);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of stage.files()) writeFileSync(join(dir, file), text);

  console.log(`${stage.name}: content/${stage.code}/ = ${stage.what}; copy ${copy}, E2E_PORT_BASE=${port}`);
  const strict = run('npm run check:strict', copy, port, join(logs, `${stage.name}.strict.log`));
  console.log(`  check:strict: exit ${strict.status}`);
  const started = performance.now();
  const log = join(logs, `${stage.name}.log`);
  console.log(`  ${options.command} … (log: ${log})`);
  const done = run(options.command, copy, port, log);
  const minutes = (performance.now() - started) / 60000;
  console.log(`  ${options.command}: exit ${done.status}, ${minutes.toFixed(1)} min`);
  results.push({
    stage,
    status: done.status,
    minutes,
    strict: strict.status,
    tail: done.status === 0 ? [] : summary(done.output),
    log,
  });
  if (options.keep) console.log(`  kept: ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

const rows = [
  ['stage', 'language', 'command', 'exit', 'minutes', 'check:strict'],
  ...results.map((r) => [
    r.stage.name,
    r.stage.code,
    options.command,
    String(r.status),
    r.minutes.toFixed(1),
    r.strict === 0 ? 'passes' : `fails (${r.strict})`,
  ]),
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
const table = rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`);
table.splice(1, 0, `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
const failures = results
  .filter((r) => r.status !== 0)
  .flatMap((r) => [``, `${r.stage.name} (${r.log}):`, ...r.tail.map((l) => `  ${l}`)]);
const report = [`Stand-in text of stages 1–4: content/${from}/ under "${code}".`, '', ...table, ...failures].join('\n');
console.log(`\n${report}`);
writeFileSync(join(logs, `summary-${new Date().toISOString().replace(/[:.]/g, '-')}.md`), `${report}\n`);
process.exitCode = results.every((r) => r.status === 0) ? 0 : 1;
