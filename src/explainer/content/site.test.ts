/**
 * The site's settings are content (`content/data/site.yaml`): the source language, the names with digits
 * the prose may type, the timeline's kinds of event. Each mistake in them, or against them, is a problem
 * of the content check with the file, the line and the fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from '../core/problem.ts';
import { loadContent } from './load.ts';
import { SITE_FILE, siteSettingsIn } from './site.ts';
import { lineOf, mistake } from './test-copy.ts';

const { content } = loadContent();
const settings = content.settings;

describe('the site settings', () => {
  it('are read, and name the source language, which the loader orders first', () => {
    assert.ok(settings);
    assert.equal(content.sourceLocale, settings.source);
    assert.equal(content.locales[0], settings.source);
  });

  it('a kind of event not listed is named at its line, with the likely kind', () => {
    const [kind = ''] = settings?.timeline.kinds ?? [];
    const file = `content/${content.sourceLocale}/timeline.yaml`;
    const { problems, text } = mistake(file, (t) => t.replace(`kind: ${kind}\n`, `kind: ${kind}s\n`));
    // A translation that keeps the right kind is told that it differs from the source: that is another problem.
    assert.deepEqual(
      problems.filter((p) => p.startsWith(file)),
      [
        `${file}:${lineOf(text, `kind: ${kind}s\n`)}: "${kind}s" is not a kind of event. Did you mean "${kind}"? Fix: use one of ${settings?.timeline.kinds.join(', ')}, or add it to "timeline: kinds:" in ${SITE_FILE}.`,
      ],
    );
  });

  it('a name with digits is allowed in the prose only while it is listed', () => {
    const used = (settings?.names ?? []).find((name) =>
      content.prose.some((p) => p.locale === content.sourceLocale && p.text.includes(name)),
    );
    assert.ok(used, 'the prose uses a listed name');
    const { problems } = mistake(SITE_FILE, (t) =>
      t.replace(new RegExp(`^ +- ${used.replace('.', '\\.')}\\n`, 'm'), ''),
    );
    assert.ok(problems.length > 0);
    for (const problem of problems)
      assert.match(problem, /^content\/[\w-]+\/[\w.-]+:\d+: the number "\d+" is typed into the text/);
  });

  it('an unknown field or a source that is no language code is named at its line', () => {
    const { problems, text } = mistake(SITE_FILE, (t) => t.replace(/^source: .*$/m, 'source: Italiano\nsorce: x'));
    assert.deepEqual(
      problems.toSorted(),
      [
        `${SITE_FILE}:${lineOf(text, 'source: Italiano')}: the field "source" is not valid: write the language as a code, e.g. "fr" or "pt-BR". Fix: correct the value, as in the file's comments.`,
        `${SITE_FILE}:${lineOf(text, 'sorce:')}: the field "sorce" is not allowed here. Fix: delete it or correct its name, as in the file's comments.`,
      ].toSorted(),
    );
    const missing = mistake(SITE_FILE, (t) => t.replace(/^source: .*\n/m, ''));
    assert.equal(missing.problems.length, 1);
    assert.match(
      missing.problems[0] ?? '',
      /^content\/data\/site\.yaml:\d+: the field "source" is missing\. Fix: add "source:", as in the file's comments\.$/,
    );
    assert.throws(
      () =>
        siteSettingsIn('/nonexistent').settings ??
        assert.fail(siteSettingsIn('/nonexistent').problems.map(formatProblem).join('\n')),
      /content\/data\/site\.yaml: the site's settings are missing\. Fix:/,
    );
  });
});
