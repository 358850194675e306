// Prints, for each language, each translatable file as up to date, outdated or missing (see
// src/explainer/tools/i18n/status.ts for how "outdated" is known, and README, "Translating", for what to do).
//   npm run i18n:status               a table
//   npm run i18n:status -- --json     the same as JSON
//   npm run i18n:status -- --strict   exit 1 when anything is missing or outdated (for CI)
//   --root DIR, --locales it,en       another checkout, languages other than the folders of its content/
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { localesIn } from '../src/explainer/content/locales.ts';
import { getTranslationStatus, statusSummary, UP_TO_DATE_MARKER } from '../src/explainer/tools/i18n/status.ts';
import { rootOption, sourceLocaleOption } from './project-option.ts';

const args = process.argv.slice(2);
const root = rootOption(args);
const sourceLocale = sourceLocaleOption(root);
const only = args.indexOf('--locales');
const chosen = only === -1 ? localesIn(root) : (args[only + 1] ?? '').split(',').filter(Boolean);
const status = getTranslationStatus({ root, locales: chosen, sourceLocale });
const notDone = status.locales
  .flatMap((l) => l.files)
  .filter(
    (f) =>
      f.state === 'missing' || f.state === 'outdated' || f.state === 'unknown' || (f.untranslated?.length ?? 0) > 0,
  );
/** Lines of a source diff shown under a file; --json has it whole. */
const DIFF_LINES = 40;

if (args.includes('--json')) {
  console.log(JSON.stringify(status, null, 2));
} else {
  const name = (locale: string) => {
    try {
      return (
        parse(readFileSync(resolve(root, 'content', locale, 'ui.yaml'), 'utf8')) as { language: { name: string } }
      ).language.name;
    } catch {
      return locale;
    }
  };
  const lines = [`Translation status (source language: ${sourceLocale}, ${name(sourceLocale)})`, ''];
  for (const { locale, files } of status.locales) {
    const summary =
      locale === sourceLocale ? `source language, ${files.length} translatable files` : statusSummary(files);
    lines.push(`${locale}  ${name(locale)}: ${summary}`);
    const width = Math.max(...files.map((f) => f.file.length));
    for (const file of files) {
      lines.push(`    ${file.state.padEnd(10)}  ${file.file.padEnd(width)}  ${file.reason}`);
      const indent = ' '.repeat(16 + width);
      for (const change of file.changes)
        lines.push(`${indent}  · ${change.commit} ${change.date} ${change.subject}`.trimEnd());
      const entries = file.entries;
      if (entries) {
        for (const [label, ids] of [
          ['changed', entries.changed],
          ['added', entries.added],
          ['removed', entries.removed],
        ] as const) {
          if (ids.length > 0) lines.push(`${indent}  entries ${label} in the source: ${ids.join(', ')}`);
        }
      }
      if (file.untranslated?.length)
        lines.push(`${indent}  still in the source language: ${file.untranslated.join(', ')}`);
      if (file.diff) {
        const diff = file.diff.split('\n').filter((l) => !/^(?:diff --git|index |--- |\+\+\+ )/.test(l));
        lines.push(`${indent}  the source's changes since then:`);
        for (const line of diff.slice(0, DIFF_LINES)) lines.push(`${indent}    ${line}`);
        if (diff.length > DIFF_LINES)
          lines.push(
            `${indent}    … ${diff.length - DIFF_LINES} more lines: npm run i18n:status -- --json shows them all`,
          );
      }
    }
    lines.push('');
  }
  if (notDone.some((f) => f.state !== 'unknown')) {
    lines.push(
      'A translation that is a copy of the source, or has entries still in the source language, counts as not translated.',
    );
    lines.push(
      'To bring a translation up to date, change it to match its source and, in the same commit, update its line',
      '"# Checked against the source: <date>" (also when nothing needed changing); a commit that only fixes the',
      `translation's own typos does not count. Or make a commit whose message contains ${UP_TO_DATE_MARKER} and the`,
      `file's path. See README, "Translating".`,
    );
  }
  console.log(lines.join('\n'));
}
if (status.warning) console.error(`\nWarning: ${status.warning}`);
if (args.includes('--strict') && notDone.length > 0) {
  console.error(`\n--strict: ${notDone.length} file(s) missing, outdated, partly untranslated or unknown.`);
  process.exit(1);
}
