import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/**
 * Every page the build writes is valid HTML by html-validate's recommended rules (.htmlvalidate.json),
 * at the root and under the sub-path. It reads the files the web server of the test run has just built.
 * Two rules are relaxed, each for a reason:
 * - `long-title`: a page's title is the article's headline as its editors wrote it, plus the site's
 *   name; search engines shorten long titles, and the headline is content, not markup.
 * - `no-redundant-role` keeps flagging every role but `list`: lists styled with `list-style: none`
 *   lose their list semantics in Safari/VoiceOver unless they say `role="list"` again.
 */

const project = fileURLToPath(new URL('..', import.meta.url));

function htmlFiles(dir: string): string[] {
  return readdirSync(join(project, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = ['dist', 'dist-sub'].flatMap(htmlFiles);
  expect(files.length).toBeGreaterThanOrEqual(8);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(project, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(`html-validate: ${files.length} pages, ${problems.length} problems`);
  expect(problems).toEqual([]);
});
