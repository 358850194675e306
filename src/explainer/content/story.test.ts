/**
 * The engine names nothing of the story it shows: no file of `src/` (tests aside) names a figure, a chart,
 * a kind of timeline event or a language of `content/`. Everything story-specific is content, so that
 * another story is another `content/` folder. Comments may give examples; code may not.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { filesOf, loadContent, projectRoot } from './load.ts';

const { content } = loadContent();
const src = join(projectRoot, 'src');

/** The engine's files: `src/` without its tests, their helpers and fixtures. */
const engine = filesOf(src).filter(
  (file) =>
    /\.(ts|astro|css|mjs|js)$/.test(file) &&
    !/\.test\.ts$/.test(file) &&
    !file.startsWith('__fixtures__/') &&
    !/(^|\/)test-[\w-]+\.ts$/.test(file),
);

/** The code of a file without its comments (`//`, block and HTML comments). */
export function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

/**
 * The story's names, each with how it is found in code: an id as a whole word; a language code quoted or
 * in a path, but not as a branch of a choice between quoted words (`n === 1 ? 'is' : 'are'`), where a
 * code such as "it" is a word of an English message.
 */
const names = [
  ...[...content.figures.keys()].map((id) => ({ kind: 'figure', id })),
  ...[...content.charts.keys()].map((id) => ({ kind: 'chart', id })),
  ...(content.settings?.timeline.kinds ?? []).map((id) => ({ kind: 'kind of event', id })),
].map(({ kind, id }) => ({ kind, id, pattern: new RegExp(`(?<!\\w)${id}(?!\\w)`) }));
const languages = content.locales.map((id) => ({
  kind: 'language',
  id,
  // Not an example in a message either: 'a code such as "xx"', 'e.g. "xx"'.
  pattern: new RegExp(
    `(?<!\\?\\s*['"\`]|['"\`]\\s*:\\s*['"\`]|(?:e\\.g\\.|such as)\\s+['"\`])(?<=['"\`/])${id}(?=['"\`/])(?!['"\`]\\s*:\\s*['"\`])`,
  ),
}));

/**
 * A line that quotes many language codes is a table of the world's languages (CLDR data, such as those
 * written right to left), which names the story's languages only by chance: not a hit for them.
 */
const LANGUAGE_TABLE = 8;
const isLanguageTable = (line: string) => (line.match(/['"`][a-z]{2,3}['"`]/g) ?? []).length >= LANGUAGE_TABLE;

/** Where the story is named in `text` (a file's code), as "line: kind id". */
export function storyNamesIn(text: string): string[] {
  const lines = codeOf(text).split('\n');
  return [...names, ...languages].flatMap(({ kind, id, pattern }) =>
    lines.flatMap((line, index) =>
      pattern.test(line) && !(kind === 'language' && isLanguageTable(line)) ? [`${index + 1}: ${kind} "${id}"`] : [],
    ),
  );
}

describe('the engine and the story', () => {
  it('reads the story: figures, charts, kinds of event and languages', () => {
    assert.ok(names.length > 10 && languages.length > 0);
    assert.ok(engine.length > 50 && engine.some((f) => f.endsWith('.astro')) && engine.some((f) => f.endsWith('.css')));
  });

  it('finds a name of the story in code, and not in a comment', () => {
    const [figure = ''] = content.figures.keys();
    const [language = ''] = content.locales;
    assert.deepEqual(storyNamesIn(`const a = 1;\nget('${figure}');`), [`2: figure "${figure}"`]);
    assert.deepEqual(storyNamesIn(`// e.g. '${figure}'\n/* ${figure} */ x; <!-- ${figure} -->`), []);
    assert.deepEqual(storyNamesIn(`const dir = 'content/${language}/';`), [`1: language "${language}"`]);
    assert.deepEqual(storyNamesIn(`f({ lang: '${language}' });`), [`1: language "${language}"`]);
    const [kind = ''] = content.settings?.timeline.kinds ?? [];
    assert.deepEqual(storyNamesIn(`.event-${kind}::before {`), [`1: kind of event "${kind}"`]);
    assert.deepEqual(storyNamesIn(`n > 1 ? 'them' : '${language}'; n > 1 ? '${language}' : 'them'`), []);
    assert.deepEqual(storyNamesIn(`fail('a code such as "${language}" or, e.g. "${language}"');`), []);
    // A table of the world's languages is not the story's; a short list of codes is.
    const world = ['ar', 'dv', 'fa', 'he', 'ps', 'sd', 'ur', 'yi'].map((code) => `'${code}'`).join(', ');
    assert.deepEqual(storyNamesIn(`new Set([${world}, '${language}']);`), []);
    assert.deepEqual(storyNamesIn(`new Set(['xx', '${language}']);`), [`1: language "${language}"`]);
  });

  it('no file of src/ (tests aside) names a figure, chart, kind of event or language of content/', () => {
    const hits = engine.flatMap((file) =>
      storyNamesIn(readFileSync(join(src, file), 'utf8')).map((hit) => `src/${file}:${hit}`),
    );
    assert.deepEqual(hits, [], 'move these to content/ (see README, "Charts" and "Contributing")');
  });
});
