// Writes the translations of an XLIFF 2 file (from npm run i18n:export and a CAT tool) into
// content/<language>/, then runs the content check. Only strings whose translation differs from the
// file's text are rewritten; comments, layout and everything else stay as they are. A translation that
// cannot be written (its source changed, a code lost) is listed with the reason, and the import fails.
//   npm run i18n:import -- xliff/fr.xlf
//   --root DIR    another checkout
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import xliff2js from 'xliff/xliff2js';
import { readText } from '../src/explainer/content/read-text.ts';
import { formatProblem } from '../src/explainer/core/problem.ts';
import {
  applyMdx,
  applyYaml,
  asPieces,
  codeChanges,
  codesOf,
  fromPieces,
  fromXliffId,
  importsState,
  intlFor,
  mdxMatchesSource,
  mdxUnits,
  nativeName,
  plainText,
  STATES,
  segmentStates,
  setYamlString,
  type State,
  yamlUnits,
  type Piece,
} from '../src/explainer/tools/i18n/xliff.ts';
import { rootOption, sourceLocaleOption } from './project-option.ts';

const args = process.argv.slice(2);
const root = rootOption(args);
const sourceLocale = sourceLocaleOption(root);
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
if (!input || !existsSync(input)) {
  console.error(`Usage: npm run i18n:import -- <file.xlf>${input ? ` ("${input}" does not exist)` : ''}`);
  process.exit(2);
}

interface XUnit {
  source?: Piece[] | Piece;
  target?: Piece[] | Piece;
}
// The file must be UTF-8, as XLIFF is unless it says otherwise.
const bytes = readText(resolve(input), input);
if (bytes.problem !== undefined) {
  console.error(`✗ ${formatProblem(bytes.problem)}`);
  process.exit(1);
}
const original = bytes.text;
// The reader drops text made only of spaces between two elements, such as the space between two codes
// ("<ph/> <pc>"): written as CDATA, the same text in XML, it is kept.
const xml = original.replace(/(<\/pc>|<(?:ph|pc|sc|ec)\b[^>]*\/>)([ \t]+)(?=<(?:ph|pc|sc|ec)\b)/g, '$1<![CDATA[$2]]>');
type Read = { sourceLanguage?: string; targetLanguage?: string; resources: Record<string, Record<string, XUnit>> };
let data: Read;
try {
  data = (await xliff2js(xml)) as Read;
} catch {
  // The position is taken from the file as it is, before the CDATA above.
  const error = await xliff2js(original).then(
    () => undefined,
    (e: unknown) => e,
  );
  console.error(`✗ ${xmlErrorMessage(input, error)}`);
  process.exit(1);
}
const locale = data.targetLanguage ?? '';
if (data.sourceLanguage !== sourceLocale || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(locale) || locale === sourceLocale) {
  console.error(
    `✗ ${input}: the file translates from "${data.sourceLanguage}" to "${locale}"; expected from "${sourceLocale}" to another language. Fix: export it again with npm run i18n:export -- <language code>.`,
  );
  process.exit(1);
}

/** Units that could not be written, each with why and what to do: the import fails on them. */
const skipped: string[] = [];
const written: string[] = [];
const notices: string[] = [];
const pieces = (p: Piece[] | Piece | undefined): Piece[] | undefined => (p === undefined ? undefined : asPieces(p));
// Each segment's state (see importsState): `initial` units are counted and left out, the others written.
const states = segmentStates(original);
const byState = new Map<State, number>(STATES.map((state) => [state, 0]));
/** The units left out as unfinished in the CAT tool, by file. */
const unfinished = new Map<string, string[]>();
const isState = (value: string): value is State => (STATES as readonly string[]).includes(value);
for (const [fileId, units] of Object.entries(data.resources)) {
  const file = fromXliffId(fileId);
  const sourcePath = resolve(root, 'content', sourceLocale, file);
  if (!existsSync(sourcePath)) {
    skipped.push(
      `file "${file}" (${Object.keys(units).length} units): there is no content/${sourceLocale}/${file} any more. Fix: export again.`,
    );
    continue;
  }
  const sourceText = readFileSync(sourcePath, 'utf8');
  const targetPath = resolve(root, 'content', locale, file);
  const existing = existsSync(targetPath) ? readText(targetPath, `content/${locale}/${file}`) : undefined;
  if (existing?.problem !== undefined) {
    skipped.push(`file "${file}": ${formatProblem(existing.problem)}`);
    continue;
  }
  const mdx = file.endsWith('.mdx');
  // The project's source units give each unit's codes, so a code cannot be altered in the CAT tool.
  const current = new Map(
    (mdx ? mdxUnits(file, sourceText, undefined) : yamlUnits(file, sourceText, undefined)).map((u) => [u.id, u]),
  );
  // What content/ has now, to tell an unfinished unit that would change it from one that would not.
  const present = new Map(
    (mdx ? mdxUnits(file, sourceText, existing?.text) : yamlUnits(file, sourceText, existing?.text)).map((u) => [
      u.id,
      u.target === undefined ? '' : plainText(u.target),
    ]),
  );
  const translations = new Map<string, string>();
  for (const [unitId, unit] of Object.entries(units)) {
    const id = fromXliffId(unitId);
    const target = pieces(unit.target);
    if (target === undefined || plainText(target).trim() === '') continue;
    const now = current.get(id);
    const name = `unit "${unitId}" of ${file}`;
    const state = states.get(fileId)?.get(unitId) ?? 'initial';
    if (!isState(state)) {
      skipped.push(
        `${name}: its state "${state}" is not an XLIFF 2 state. Fix: mark it translated, reviewed or final in the CAT tool (or initial while it is unfinished).`,
      );
      continue;
    }
    byState.set(state, (byState.get(state) ?? 0) + 1);
    if (!importsState(state)) {
      if (plainText(target) !== present.get(id)) unfinished.set(file, [...(unfinished.get(file) ?? []), unitId]);
      continue;
    }
    if (!now) {
      skipped.push(
        `${name}: content/${sourceLocale}/${file} has no such text any more. Fix: export again, and translate the new units.`,
      );
      continue;
    }
    if (plainText(pieces(unit.source)) !== plainText(now.source)) {
      skipped.push(
        `${name}: its ${sourceLocale} text changed since the export. Fix: export again and translate the new text.`,
      );
      continue;
    }
    const changes = codeChanges(target, now.source);
    if (changes.length > 0) {
      skipped.push(
        `${name}: the translation ${changes.join(', ')}. Fix: each code of the source stands for a figure, a placeholder or a glossary link, and appears once in the translation: put it back (or remove the copy), moving it where the sentence needs.`,
      );
      continue;
    }
    try {
      translations.set(id, fromPieces(target, codesOf(now.source)));
    } catch (error) {
      skipped.push(`${name}: ${(error as Error).message}. Fix: use only the codes of the source text.`);
    }
  }
  if (translations.size === 0) continue;
  let base = existing?.text ?? sourceText;
  if (mdx && existing !== undefined && !mdxMatchesSource(base, sourceText)) {
    skipped.push(
      `file "${file}" (${translations.size} translated units): content/${locale}/${file} has paragraphs and headings that do not match content/${sourceLocale}/${file} one for one, so its units cannot be put in place. Fix: align them by hand, or move the file away and import again.`,
    );
    continue;
  }
  if (existing === undefined && file === 'ui.yaml') {
    // A new language: how it writes numbers and dates, from its code, and its name if not translated.
    const intl = intlFor(locale);
    base = setYamlString(base, ['language', 'intl'], intl);
    if (!translations.has('language.name')) base = setYamlString(base, ['language', 'name'], nativeName(locale));
    notices.push(
      `content/${locale}/ui.yaml: language.intl is "${intl}", the likely region for "${locale}"; if your readers are elsewhere, change it (e.g. fr-CA, ar-MA).`,
    );
  }
  const text = mdx ? applyMdx(base, translations) : applyYaml(base, translations);
  if (text === existing?.text) continue;
  mkdirSync(dirname(targetPath), { recursive: true });
  writeFileSync(targetPath, text);
  written.push(`content/${locale}/${file}`);
}

console.log(
  written.length > 0
    ? `Wrote ${written.join(', ')}.`
    : skipped.length > 0
      ? 'No file changed.'
      : 'No file changed: every translation in the file is already in content/.',
);
for (const notice of notices) console.log(notice);
console.log(
  `Units with a translation, by state: ${STATES.map((state) => `${byState.get(state) ?? 0} ${state}`).join(', ')}.`,
);
for (const [file, ids] of unfinished) {
  console.log(
    `  content/${locale}/${file}: ${ids.length} unit${ids.length === 1 ? '' : 's'} left out as unfinished (state "initial"): ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, and ${ids.length - 5} more` : ''}.` +
      ' To import them, mark them translated (or reviewed, final) in the CAT tool, export its file again and import it.',
  );
}
console.log('\nRunning the content check:\n');
const check = spawnSync(process.execPath, [resolve(import.meta.dirname, 'check-content.ts'), '--root', root], {
  stdio: 'inherit',
});
if (skipped.length > 0) {
  console.error(
    `\n${input}: ${skipped.length} translation${skipped.length === 1 ? ' was' : 's were'} not imported, and ${skipped.length === 1 ? 'is' : 'are'} not in content/:\n`,
  );
  for (const line of skipped) console.error(`✗ ${line}\n`);
  process.exit(1);
}
process.exit(check.status ?? 1);

/** A parse error of the XLIFF file as "file:line:column: … Fix: …" (sax counts lines from 0). */
function xmlErrorMessage(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = /Line: (\d+)/.exec(message)?.[1];
  const column = /Column: (\d+)/.exec(message)?.[1];
  const what = message.split('\n')[0] ?? message;
  const where = line === undefined ? file : `${file}:${Number(line) + 1}:${column ?? 0}`;
  return `${where}: the file is not well-formed XML (${what}), so nothing was imported. Fix: open the file at that place and repair the tags (a tag not closed, or closed with another name, a "<" or "&" typed as text); or download the translation again from the CAT tool.`;
}
