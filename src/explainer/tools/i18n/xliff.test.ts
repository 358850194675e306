import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../content/load.ts';
import { storyRoot } from '../../../__fixtures__/story.ts';
import { localesIn, sourceLocaleIn } from '../../content/locales.ts';
import {
  applyMdx,
  applyYaml,
  codeChanges,
  codesOf,
  fromPieces,
  fromXliffId,
  intlFor,
  matchCodes,
  mdxUnits,
  toPieces,
  toXliffId,
  yamlUnits,
} from './xliff.ts';

/**
 * The command-line tests run on the engine's made-up story (src/__fixtures__/story/), whose languages are
 * in three scripts, one of them right to left; the schema test validates the site's own exports as well.
 */
const S = sourceLocaleIn(storyRoot);
const storyLocales = localesIn(storyRoot);
const filesOf = (root: string, locale: string) => readdirSync(join(root, 'content', locale));
/** The story's translations with every file of its source: those whose export has translated units of every kind. */
const complete = storyLocales.filter(
  (l) => l !== S && filesOf(storyRoot, S).every((f) => filesOf(storyRoot, l).includes(f)),
);
const [T = ''] = complete;
/** A language neither the story nor the site has. */
const fresh =
  ['fr', 'de', 'ja', 'es', 'nl', 'pt'].find(
    (code) => !(storyLocales as string[]).includes(code) && !(localesIn(projectRoot) as string[]).includes(code),
  ) ?? 'eo';

const tmpDirs: string[] = [];
after(() => {
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});
const tmp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
};
const script = (name: string) => join(projectRoot, 'scripts', name);

/** The export of `locale` from the project at `root`, made once and kept (an export only reads). */
const exports = new Map<string, string>();
function exportOf(root: string, locale: string): string {
  const key = `${root}\0${locale}`;
  const done = exports.get(key);
  if (done !== undefined) return done;
  const out = join(tmp('xliff-export-'), `${locale}.xlf`);
  const run = spawnSync(process.execPath, [script('i18n-export.ts'), locale, '--root', root, '--out', out], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const xml = readFileSync(out, 'utf8');
  exports.set(key, xml);
  return xml;
}

/** A copy of the story's content, with the export of `locale` beside it as `<locale>.xlf`. */
function exported(locale: string): { dir: string; file: string; xml: string } {
  const dir = tmp('xliff-');
  cpSync(join(storyRoot, 'content'), join(dir, 'content'), { recursive: true });
  const file = join(dir, `${locale}.xlf`);
  const xml = exportOf(storyRoot, locale);
  writeFileSync(file, xml);
  return { dir, file, xml };
}
const importFile = (dir: string, file: string) =>
  spawnSync(process.execPath, [script('i18n-import.ts'), file, '--root', dir], { encoding: 'utf8' });
/** Every content file of a copy, by path. */
const contentOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|mdx)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, 'content', f), 'utf8')]),
  );
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  it('has a translation with every file to try them on', () => {
    assert.ok(complete.length > 0, `no language of the story has every file of content/${S}/`);
  });

  for (const locale of complete) {
    it(`round-trips the ${locale} translation without changing any file`, () => {
      const { dir, file, xml } = exported(locale);
      const before = contentOf(dir);
      assert.match(
        xml,
        new RegExp(
          `<xliff xmlns="urn:oasis:names:tc:xliff:document:2\\.0" version="2\\.0" srcLang="${S}" trgLang="${locale}">`,
        ),
      );
      assert.match(
        xml,
        /<ph id="\d+" disp="&lt;Fig id=&quot;[\w-]+&quot; \/&gt;" equiv="" canCopy="no" canDelete="no"\/>/,
      );
      assert.match(
        xml,
        /<pc id="\d+" dispStart="&lt;Term id=&quot;[\w-]+&quot;&gt;" dispEnd="&lt;\/Term&gt;" canCopy="no" canDelete="no">/,
      );
      const imported = importFile(dir, file);
      assert.equal(imported.status, 0, imported.stdout + imported.stderr);
      assert.match(imported.stdout, /No file changed/);
      assert.deepEqual(contentOf(dir), before);
    });
  }

  it("writes the translated strings into the language's folder, and the check runs", () => {
    const { dir, file, xml } = exported(T);
    const heading = /^## (.+)$/m.exec(readFileSync(join(dir, 'content', T, 'article.mdx'), 'utf8'))?.[1];
    assert.ok(heading, `content/${T}/article.mdx has a heading`);
    const edited = xml
      .replace(/(<unit id="nav\.toc">[\s\S]*?<target>)[^<]*/, '$1Contents of the page')
      .replace(
        new RegExp(`(<unit id="block:\\d+">[\\s\\S]*?<target>)${esc(heading)}(?=</target>)`),
        '$1A heading rewritten',
      );
    assert.notEqual(edited, xml);
    writeFileSync(file, edited);
    const imported = importFile(dir, file);
    assert.equal(imported.status, 0, imported.stdout + imported.stderr);
    assert.match(imported.stdout, new RegExp(`Wrote content/${T}/article\\.mdx, content/${T}/ui\\.yaml\\.`));
    assert.match(readFileSync(join(dir, 'content', T, 'ui.yaml'), 'utf8'), /toc: "Contents of the page"/);
    assert.match(readFileSync(join(dir, 'content', T, 'article.mdx'), 'utf8'), /^## A heading rewritten$/m);
    assert.match(imported.stdout, /Content check: .* no problems/);
  });
});

describe('XLIFF ids, states and codes', () => {
  it('maps every id to an NMTOKEN and back', () => {
    for (const id of [
      'revenue/definition',
      'frontmatter/title',
      'block/12',
      'year-on-year/table.columns.0/',
      'a_b:c é',
    ]) {
      assert.match(toXliffId(id), /^[A-Za-z0-9._:-]+$/, id);
      assert.equal(fromXliffId(toXliffId(id)), id);
    }
    assert.equal(fromXliffId('nav.toc'), 'nav.toc');
  });

  it("derives a new language's intl from its code, keeping a region it names", () => {
    assert.equal(intlFor('fr'), 'fr-FR');
    assert.equal(intlFor('ja'), 'ja-JP');
    assert.equal(intlFor('ar'), 'ar-EG');
    assert.equal(intlFor('pt-PT'), 'pt-PT');
    for (const code of [...storyLocales, ...localesIn(projectRoot), fresh])
      assert.doesNotThrow(() => new Intl.NumberFormat(intlFor(code)), code);
  });

  it('names a code the translation lost or repeated', () => {
    const source = toPieces('Ricavi di {fig:a} nel <Term id="q1">trimestre</Term>');
    const target = (text: string) => matchCodes(toPieces(text), source);
    assert.deepEqual(codeChanges(target('Revenue in the <Term id="q1">quarter</Term>'), source), [
      'lost <ph id="1"/> ({fig:a})',
    ]);
    assert.deepEqual(codeChanges(target('Revenue of {fig:a} in the quarter'), source), [
      'lost <pc id="2"> (<Term id="q1">…</Term>)',
    ]);
    // A CAT tool that lets a code be copied gives the copy the same id.
    const [, ph = '', , pc = ''] = source;
    assert.deepEqual(codeChanges([ph, ', ', ph, ' ', pc], source), ['repeated <ph id="1"/> ({fig:a}) 2 times']);
  });
});

describe('npm run i18n:export against the OASIS XLIFF 2.0 core schema', () => {
  const schema = join(projectRoot, 'src/explainer/tools/i18n/schema/xliff_core_2.0.xsd');
  const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  const missing = xmllint.error !== undefined;
  const skip =
    missing && !process.env['CI']
      ? 'xmllint is not installed (Debian/Ubuntu: sudo apt-get install -y libxml2-utils), so the exports cannot be validated here; CI installs it (.ci/run)'
      : false;
  /** Every translation of the story and of the site, and a language neither has, each with its project. */
  const cases = [
    ...[storyRoot, projectRoot].flatMap((root) => {
      const source = sourceLocaleIn(root);
      return localesIn(root)
        .filter((l) => l !== source)
        .map((locale) => ({ root, locale, of: root === storyRoot ? 'the story' : 'the site' }));
    }),
    { root: storyRoot, locale: fresh, of: 'the story' },
  ];

  for (const { root, locale, of } of cases) {
    it(`the export of ${of} for "${locale}" validates, and marks what is not translated yet as initial`, {
      skip,
    }, () => {
      assert.ok(!missing, 'xmllint is missing in CI: .ci/run installs libxml2-utils');
      const out = join(tmp('xliff-schema-'), `${locale}.xlf`);
      writeFileSync(out, exportOf(root, locale));
      const lint = spawnSync('xmllint', ['--noout', '--schema', schema, out], { encoding: 'utf8' });
      assert.equal(lint.status, 0, lint.stderr.split('\n').slice(0, 10).join('\n'));
      const units = [...readFileSync(out, 'utf8').matchAll(/<unit id="[^"]*">[\s\S]*?<\/unit>/g)].map((m) => m[0]);
      assert.ok(units.length > 0);
      for (const unit of units) {
        const state = /<segment state="(initial|translated)">/.exec(unit)?.[1];
        const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1];
        const target = /<target>([\s\S]*?)<\/target>/.exec(unit)?.[1];
        assert.ok(state, unit);
        if (target === undefined || target === source) assert.equal(state, 'initial', unit);
      }
      if (locale === fresh) assert.ok(units.every((u) => u.includes('state="initial"')));
      else
        assert.ok(
          units.some((u) => u.includes('state="translated"')),
          'a translation has translated units',
        );
    });
  }
});

describe('npm run i18n:import refuses what it cannot write, and says so', () => {
  /** The first unit of a YAML file whose target holds an element matching `code`. */
  const unitWith = (xml: string, code: RegExp) =>
    [...xml.matchAll(/<file id="([^"]*\.yaml)">([\s\S]*?)<\/file>/g)]
      .flatMap(([, file = '', body = '']) =>
        [...body.matchAll(/<unit id="([^"]*)">[\s\S]*?<target>([\s\S]*?)<\/target>[\s\S]*?<\/unit>/g)].map((m) => ({
          file,
          unit: m[0],
          id: m[1] ?? '',
          target: m[2] ?? '',
        })),
      )
      .find((u) => code.test(u.target));

  // On one translation of the story: what is refused does not depend on the language.
  const locale = T;
  it(`${locale}: a unit whose translation lost a <ph> is refused and named, and the import fails`, () => {
    const { dir, file, xml } = exported(locale);
    const found = unitWith(xml, /<ph\b[^>]*\/>/);
    assert.ok(found, 'a translated YAML unit with a <ph>');
    const lost = found.target.replace(/<ph\b[^>]*\/>/, '');
    writeFileSync(file, xml.replace(found.unit, found.unit.replace(found.target, `${lost} (edited)`)));
    const before = contentOf(dir);
    const run = importFile(dir, file);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`✗ unit "${found.id}" of ${found.file}: the translation lost <ph id="\\d+"/> \\(\\{fig:`),
    );
    assert.match(run.stderr, /not imported/);
    assert.deepEqual(contentOf(dir), before, 'the unit is not written');
  });

  it(`${locale}: a unit whose translation lost a <pc> (glossary link) is refused and named`, () => {
    const { dir, file, xml } = exported(locale);
    const pc = [...xml.matchAll(/<unit id="([^"]*)">[\s\S]*?<target>([\s\S]*?)<\/target>[\s\S]*?<\/unit>/g)].find((m) =>
      /<pc\b[^>]*>[^<]*<\/pc>/.test(m[2] ?? ''),
    );
    assert.ok(pc, 'a translated unit with a <pc>');
    const [unit, id, target = ''] = pc;
    writeFileSync(file, xml.replace(unit, unit.replace(target, target.replace(/<pc\b[^>]*>([^<]*)<\/pc>/, '$1'))));
    const run = importFile(dir, file);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stderr, new RegExp(`✗ unit "${id}" of [^:]+: the translation lost <pc id="\\d+"> \\(<Term id=`));
  });

  it(`${locale}: units skipped because the source changed make the import fail, listed with why`, () => {
    const { dir, file, xml } = exported(locale);
    const found = unitWith(xml, /\S/);
    assert.ok(found);
    const changed = found.unit.replace(/<source>/, '<source>[changed] ').replace(found.target, 'New text');
    writeFileSync(file, xml.replace(found.unit, changed));
    const run = importFile(dir, file);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /No file changed\.$/m);
    assert.match(
      run.stderr,
      new RegExp(
        `1 translation was not imported[\\s\\S]*✗ unit "${found.id}" of ${found.file}: its ${S} text changed since the export\\. Fix: export again`,
      ),
    );
  });

  it(`${locale}: a file that is not well-formed XML is named with its line and column, without a stack trace`, () => {
    const { dir, file, xml } = exported(locale);
    const at = xml.indexOf('</target>');
    const broken = `${xml.slice(0, at)}</targt>${xml.slice(at + '</target>'.length)}`;
    writeFileSync(file, broken);
    const run = importFile(dir, file);
    assert.equal(run.status, 1);
    const line = broken.slice(0, at).split('\n').length;
    assert.match(run.stderr, new RegExp(`^✗ ${esc(file)}:${line}:\\d+: the file is not well-formed XML`));
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  it(`a language created by import gets its own intl (${fresh} → ${intlFor(fresh)}), not the source's`, () => {
    const { dir, file, xml } = exported(fresh);
    const unit = /<file id="ui\.yaml">[\s\S]*?(<unit id="([^"]*)">[\s\S]*?<source>([^<]*)<\/source>)<\/segment>/.exec(
      xml,
    );
    assert.ok(unit);
    const [, whole = '', , source] = unit;
    const done = whole.replace('<segment state="initial">', '<segment state="translated">');
    writeFileSync(file, xml.replace(whole, `${done}<target>${source} (${fresh})</target>`));
    const run = importFile(dir, file);
    assert.match(run.stdout, new RegExp(`Wrote content/${fresh}/ui\\.yaml`));
    const ui = readFileSync(join(dir, 'content', fresh, 'ui.yaml'), 'utf8');
    assert.match(ui, new RegExp(`^ {2}intl: "${intlFor(fresh)}"`, 'm'));
    assert.match(run.stdout, new RegExp(`language\\.intl is "${intlFor(fresh)}"`));
  });

  it(`writes units marked translated, reviewed or final, leaves initial ones out, and counts each state`, () => {
    const { dir, file, xml } = exported(fresh);
    const ui = /<file id="ui\.yaml">[\s\S]*?<\/file>/.exec(xml)?.[0] ?? '';
    const units = [
      ...ui.matchAll(/<unit id="([^"]*)">[\s\S]*?<source>([^<]*)<\/source>\s*<\/segment>[\s\S]*?<\/unit>/g),
    ]
      .filter((m) => /\p{L}{4,}/u.test(m[2] ?? ''))
      .slice(0, 5);
    assert.equal(units.length, 5, 'five plain strings of ui.yaml to translate');
    // Each unit given a translation, in a state: two initial (one with no state written), one of each other.
    const states = ['initial', undefined, 'translated', 'reviewed', 'final'];
    const MARKS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    let edited = xml;
    units.forEach(([whole = '', , source = ''], i) => {
      const state = states[i];
      const segment = state === undefined ? '<segment>' : `<segment state="${state}">`;
      edited = edited.replace(
        whole,
        whole
          .replace('<segment state="initial">', segment)
          .replace(/<\/source>/, `</source><target>${source} (${fresh} ${MARKS[i]})</target>`),
      );
    });
    writeFileSync(file, edited);
    const run = importFile(dir, file);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Units with a translation, by state: 2 initial, 1 translated, 1 reviewed, 1 final\./);
    const [first, second] = units.map((m) => m[1] ?? '');
    assert.match(
      run.stdout,
      new RegExp(
        `content/${fresh}/ui\\.yaml: 2 units left out as unfinished \\(state "initial"\\): ${first}, ${second}\\. To import them, mark them translated`,
      ),
    );
    const written = readFileSync(join(dir, 'content', fresh, 'ui.yaml'), 'utf8');
    for (const i of [2, 3, 4]) assert.ok(written.includes(`(${fresh} ${MARKS[i]})`), `unit ${i} written`);
    for (const i of [0, 1]) assert.ok(!written.includes(`(${fresh} ${MARKS[i]})`), `unit ${i} left out`);
  });
});
