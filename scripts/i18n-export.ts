// Writes every translatable string of one language into an XLIFF 2 file, for a CAT tool (see README,
// "Translating"): the source language's text, the language's translation where there is one, a note on
// each unit (file, field, what its codes are) and the component tags and placeholders as protected codes.
//   npm run i18n:export -- fr                  writes xliff/fr.xlf
//   npm run i18n:export -- fr --out file.xlf   writes it elsewhere
//   --root DIR                                 another checkout
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import js2xliff from 'xliff/js2xliff';
import { loadContent } from '../src/explainer/content/load.ts';
import { formatProblem } from '../src/explainer/core/problem.ts';
import {
  escapeCodes,
  mdxUnits,
  toXliffId,
  unitState,
  withStates,
  yamlUnits,
  type Unit,
} from '../src/explainer/tools/i18n/xliff.ts';
import { rootOption, sourceLocaleOption } from './project-option.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = rootOption(args);
const sourceLocale = sourceLocaleOption(root);
const locale = args.find((a, i) => !a.startsWith('--') && !['--out', '--root'].includes(args[i - 1] ?? ''));
if (!locale || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(locale) || locale === sourceLocale) {
  console.error(
    `Usage: npm run i18n:export -- <language code>, e.g. npm run i18n:export -- fr (not "${sourceLocale}", the source language).`,
  );
  process.exit(2);
}
const out = resolve(option('--out') ?? resolve(root, 'xliff', `${locale}.xlf`));

// The loader lists the files and reports broken ones; a broken translation file exports with no targets.
const { content } = loadContent({ root, locales: [sourceLocale, locale] });
const broken = [...content.unreadable.values()].filter((p) => p.file.startsWith(`content/${locale}/`));
for (const problem of broken) console.warn(`! ${formatProblem(problem)}`);

const resources: Record<string, Record<string, Omit<Unit, 'id' | 'target'> & { target?: Unit['target'] }>> = {};
/** Each unit's state, by file and unit id as written in the XML. */
const states = new Map<string, Map<string, string>>();
let units = 0;
let translated = 0;
for (const file of content.files.get(sourceLocale) ?? []) {
  const source = readFileSync(resolve(root, 'content', sourceLocale, file), 'utf8');
  const targetPath = resolve(root, 'content', locale, file);
  const target =
    existsSync(targetPath) && !broken.some((p) => p.file === `content/${locale}/${file}`)
      ? readFileSync(targetPath, 'utf8')
      : undefined;
  const list = file.endsWith('.mdx')
    ? mdxUnits(`content/${sourceLocale}/${file}`, source, target)
    : /\.ya?ml$/.test(file)
      ? yamlUnits(`content/${sourceLocale}/${file}`, source, target)
      : [];
  if (list.length === 0) continue;
  resources[toXliffId(file)] = Object.fromEntries(
    list.map(({ id, source: text, target: translation, note }) => [
      toXliffId(id),
      { source: escapeCodes(text), ...(translation === undefined ? {} : { target: escapeCodes(translation) }), note },
    ]),
  );
  states.set(toXliffId(file), new Map(list.map((u) => [toXliffId(u.id), unitState(u)])));
  units += list.length;
  translated += list.filter((u) => unitState(u) === 'translated').length;
}

// No indentation inside a segment: it would add spaces to the text around inline codes. One unit a line.
const xml = withStates(
  await js2xliff({ resources, sourceLanguage: sourceLocale, targetLanguage: locale }, { indent: '' }),
  states,
).replace(/(<file [^>]*>|<\/unit>|<\/file>)(?=<)/g, '$1\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${xml}\n`);
console.log(
  `Wrote ${relative(process.cwd(), out) || out}: ${units} units in ${Object.keys(resources).length} files, ${translated} translated into ${locale} (state="translated"), ${units - translated} to translate (state="initial": no ${locale} text yet, or still the ${sourceLocale} text).`,
);
console.log(`Translate it in a CAT tool, then: npm run i18n:import -- ${relative(process.cwd(), out) || out}`);
