import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { BUILDS } from '../builds.ts';

/**
 * Every page of every build is valid HTML by html-validate's recommended rules (.htmlvalidate.json).
 * Two rules are relaxed, each for a reason:
 * - `long-title`: a page's title is the article's headline as its editors wrote it, plus the site's
 *   name; search engines shorten long titles, and the headline is content, not markup.
 * - `no-redundant-role` keeps flagging every role but `list`: lists styled with `list-style: none`
 *   lose their list semantics in Safari/VoiceOver unless they say `role="list"` again.
 */
it('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = BUILDS.flatMap(({ dir }) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(dir, file)),
  ).sort();
  assert.ok(files.length >= 8, `only ${files.length} pages built`);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(`html-validate: ${files.length} pages, ${problems.length} problems`);
  assert.deepEqual(problems, []);
});
