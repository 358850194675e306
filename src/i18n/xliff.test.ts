import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../content/load.ts';
import { applyMdx, applyYaml, codesOf, fromPieces, matchCodes, mdxUnits, toPieces, yamlUnits } from './xliff.ts';

describe('inline codes', () => {
  it('protects tags and placeholders, and keeps the words inside <Term> translatable', () => {
    const text = 'Ricavi di <Fig id="revenue" /> nel <Term id="q1">primo trimestre</Term>, {fig:eps} per {n}';
    const pieces = toPieces(text);
    assert.deepEqual(
      pieces.map((p) => (typeof p === 'string' ? p : Object.keys(p)[0])),
      ['Ricavi di ', 'Standalone', ' nel ', 'GenericSpan', ', ', 'Standalone', ' per ', 'Standalone'],
    );
    assert.equal(fromPieces(pieces, codesOf(pieces)), text, 'the pieces give the text back');
  });

  it("writes a translation's codes as the source's, whatever the translation says they are", () => {
    const source = toPieces('Ricavi di <Fig id="revenue" />');
    const forged = [
      'Revenue of ',
      { Standalone: { id: '1', disp: '<Fig id="other" />', equiv: '', canCopy: 'no', canDelete: 'no' } },
    ] as const;
    assert.equal(fromPieces([...forged], codesOf(source)), 'Revenue of <Fig id="revenue" />');
    assert.throws(
      () =>
        fromPieces([{ Standalone: { id: '9', disp: '', equiv: '', canCopy: 'no', canDelete: 'no' } }], codesOf(source)),
      /id="9" is not in the source/,
    );
  });

  it("gives a translation's codes the ids of the same codes in the source, whatever their order", () => {
    const source = toPieces('Da <Fig id="a" /> a <Fig id="b" />');
    const target = matchCodes(toPieces('<Fig id="b" />, up from <Fig id="a" />'), source);
    assert.equal(fromPieces(target, codesOf(source)), '<Fig id="b" />, up from <Fig id="a" />');
  });

  it('leaves an ICU pattern as text', () => {
    assert.deepEqual(toPieces('{n, plural, one {# volta} other {# volte}}'), [
      '{n, plural, one {# volta} other {# volte}}',
    ]);
  });
});

describe('units and writing back', () => {
  const yaml =
    '# A comment\n- id: revenue\n  term: "Ricavi"  # kept\n  definition: >-\n    Il denaro incassato,\n    {fig:revenue}.\n  figure: revenue\n';

  it('gives every text of a list its entry id and field, and no codes or ids', () => {
    const units = yamlUnits('content/it/glossary.yaml', yaml, undefined);
    assert.deepEqual(
      units.map((u) => u.id),
      ['revenue/term', 'revenue/definition'],
    );
    assert.match(units[1]?.note ?? '', /content\/it\/glossary\.yaml, field “revenue\/definition”.*figure code/);
  });

  it('rewrites only the translated strings of a YAML file, keeping comments and layout', () => {
    const out = applyYaml(
      yaml,
      new Map([
        ['revenue/term', 'Revenue'],
        ['revenue/definition', 'The money taken, {fig:revenue}.'],
      ]),
    );
    assert.equal(
      out,
      '# A comment\n- id: revenue\n  term: "Revenue"  # kept\n  definition: "The money taken, {fig:revenue}."\n  figure: revenue\n',
    );
    assert.equal(applyYaml(yaml, new Map([['revenue/term', 'Ricavi']])), yaml, 'an unchanged string changes nothing');
  });

  it('rewrites the frontmatter and blocks of an MDX page in place', () => {
    const page =
      '---\ntitle: "Titolo"\nupdated: 2026-11-26\n---\n\nUn paragrafo con <Fig id="a" />.\n\n## Un titolo\n\n<Chart id="c" />\n';
    assert.deepEqual(
      mdxUnits('article.mdx', page, undefined).map((u) => u.id),
      ['frontmatter/title', 'block/1', 'block/2'],
    );
    const out = applyMdx(
      page,
      new Map([
        ['frontmatter/title', 'Title'],
        ['block/2', 'A heading'],
      ]),
    );
    assert.equal(
      out,
      '---\ntitle: "Title"\nupdated: 2026-11-26\n---\n\nUn paragrafo con <Fig id="a" />.\n\n## A heading\n\n<Chart id="c" />\n',
    );
  });
});

describe('npm run i18n:export and i18n:import', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
    dirs.push(dir);
    cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
    return dir;
  };
  const run = (dir: string, script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts', script), '--root', dir, ...args], {
      encoding: 'utf8',
      cwd: projectRoot,
    });
  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ya?ml|mdx)$/.test(f))
        .map((f) => [f, readFileSync(join(dir, 'content', f), 'utf8')]),
    );

  it('round-trips an existing translation without changing any file', () => {
    const dir = copy();
    const before = snapshot(dir);
    const exported = run(dir, 'i18n-export.ts', 'en', '--out', join(dir, 'en.xlf'));
    assert.equal(exported.status, 0, exported.stderr);
    const xml = readFileSync(join(dir, 'en.xlf'), 'utf8');
    assert.match(
      xml,
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="it" trgLang="en">/,
    );
    assert.match(
      xml,
      /<ph id="\d+" disp="&lt;Fig id=&quot;revenue-q1-fy2021&quot; \/&gt;" equiv="" canCopy="no" canDelete="no"\/>/,
    );
    assert.match(
      xml,
      /<pc id="\d+" dispStart="&lt;Term id=&quot;revenue&quot;&gt;" dispEnd="&lt;\/Term&gt;" canCopy="no" canDelete="no">/,
    );
    const imported = run(dir, 'i18n-import.ts', join(dir, 'en.xlf'));
    assert.equal(imported.status, 0, imported.stdout + imported.stderr);
    assert.match(imported.stdout, /No file changed/);
    assert.deepEqual(snapshot(dir), before);
  });

  it("writes the translated strings into the language's folder, and the check runs", () => {
    const dir = copy();
    run(dir, 'i18n-export.ts', 'en', '--out', join(dir, 'en.xlf'));
    const xml = readFileSync(join(dir, 'en.xlf'), 'utf8')
      .replace(/(<unit id="nav\.toc">[\s\S]*?<target>)[^<]*/, '$1Contents of the page')
      .replace(/(<unit id="block\/3">[\s\S]*?<target>)[^<]*/, '$1What the quarter counted');
    writeFileSync(join(dir, 'en.xlf'), xml);
    const imported = run(dir, 'i18n-import.ts', join(dir, 'en.xlf'));
    assert.equal(imported.status, 0, imported.stdout + imported.stderr);
    assert.match(imported.stdout, /Wrote content\/en\/article\.mdx, content\/en\/ui\.yaml\./);
    assert.match(readFileSync(join(dir, 'content/en/ui.yaml'), 'utf8'), /toc: "Contents of the page"/);
    assert.match(readFileSync(join(dir, 'content/en/article.mdx'), 'utf8'), /^## What the quarter counted$/m);
    assert.match(imported.stdout, /Content check: .* no problems/);
  });
});
