// Checks every content file and reports every problem at once, each with its file, line and fix.
// Run by `npm run check` (and before `npm run build`). `--root DIR` checks another copy of the project.
// Untranslated text (a paragraph identical to the source's, a missing heading) is a warning; with
// `--strict` (npm run check:strict) it fails the check too, and so does each file of the source language
// that a translation does not have yet (without it, they are only counted: a language is translated file
// by file, the site showing the source's file in the meantime).
import { checkContent } from '../src/explainer/content/check.ts';
import { missingFiles, untranslatedWarnings } from '../src/explainer/core/checks/untranslated.ts';
import { formatProblem, problemReport } from '../src/explainer/core/problem.ts';
import { rootOption } from './project-option.ts';

const root = process.argv.includes('--root') ? rootOption(process.argv) : undefined;
const strict = process.argv.includes('--strict');
const { problems, content, warnings: notYet } = checkContent(root === undefined ? {} : { root });
const missing = missingFiles(content);
const warnings = [...untranslatedWarnings(content), ...notYet, ...(strict ? missing : [])].map(formatProblem);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

if (warnings.length > 0) {
  console.warn(
    `${strict ? 'Untranslated' : 'Warning, untranslated'} text: ${warnings.length} place${warnings.length === 1 ? '' : 's'}:\n`,
  );
  for (const warning of warnings) console.warn(`${strict ? '✗' : '!'} ${warning}\n`);
}
if (problems.length > 0) {
  const report = problemReport(problems);
  console.error(`${report.title}\n`);
  for (const line of report.lines) console.error(`${line}\n`);
  console.error(report.hint);
  process.exit(1);
}
if (strict && warnings.length > 0) {
  console.error(
    `--strict: untranslated text${missing.length > 0 ? ` and missing files (${missing.length}) fail` : ' fails'} the check. Translate the places${missing.length > 0 ? ' and files' : ''} above.`,
  );
  process.exit(1);
}
const files = [...content.files.values()].reduce((n, list) => n + list.length, 1);
console.log(
  `Content check: ${files} files in ${content.locales.join(', ')}, ${content.figures.size} figures — no problems` +
    `${warnings.length > 0 ? `, ${plural(warnings.length, 'warning')} (npm run check:strict fails on them)` : ''}` +
    `${missing.length > 0 ? `, ${plural(missing.length, 'file')} not translated yet (npm run check:strict lists them, and fails on them)` : ''}.`,
);
