// Writes the translations of an XLIFF 2 file (from npm run i18n:export and a CAT tool) into
// content/<language>/, then runs the content check. Only strings whose translation differs from the
// file's text are rewritten; comments, layout and everything else stay as they are.
//   npm run i18n:import -- xliff/fr.xlf
//   --root DIR    another checkout
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import xliff2js from 'xliff/xliff2js';
import { projectRoot } from '../src/content/load.ts';
import { sourceLocale } from '../src/i18n/config.ts';
import {
  applyMdx,
  asPieces,
  applyYaml,
  codesOf,
  fromPieces,
  mdxMatchesSource,
  mdxUnits,
  plainText,
  yamlUnits,
  type Piece,
} from '../src/i18n/xliff.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = resolve(rootAt === -1 ? projectRoot : (args[rootAt + 1] ?? '.'));
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
if (!input || !existsSync(input)) {
  console.error(`Usage: npm run i18n:import -- <file.xlf>${input ? ` ("${input}" does not exist)` : ''}`);
  process.exit(2);
}

interface XUnit {
  source?: Piece[] | Piece;
  target?: Piece[] | Piece;
}
// The reader drops text made only of spaces between two elements, such as the space between two codes
// ("<ph/> <pc>"): written as CDATA, the same text in XML, it is kept.
const xml = readFileSync(input, 'utf8').replace(
  /(<\/pc>|<(?:ph|pc|sc|ec)\b[^>]*\/>)([ \t]+)(?=<(?:ph|pc|sc|ec)\b)/g,
  '$1<![CDATA[$2]]>',
);
const data = (await xliff2js(xml)) as {
  sourceLanguage?: string;
  targetLanguage?: string;
  resources: Record<string, Record<string, XUnit>>;
};
const locale = data.targetLanguage ?? '';
if (data.sourceLanguage !== sourceLocale || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(locale) || locale === sourceLocale) {
  console.error(
    `${input}: the file translates from "${data.sourceLanguage}" to "${locale}"; expected from "${sourceLocale}" to another language. Fix: export it again with npm run i18n:export -- <language code>.`,
  );
  process.exit(1);
}

const warnings: string[] = [];
const written: string[] = [];
const pieces = (p: Piece[] | Piece | undefined): Piece[] | undefined => (p === undefined ? undefined : asPieces(p));
for (const [file, units] of Object.entries(data.resources)) {
  const sourcePath = resolve(root, 'content', sourceLocale, file);
  if (!existsSync(sourcePath)) {
    warnings.push(`${input}: file "${file}" is not in content/${sourceLocale}/ any more; its units are skipped.`);
    continue;
  }
  const sourceText = readFileSync(sourcePath, 'utf8');
  const targetPath = resolve(root, 'content', locale, file);
  const existing = existsSync(targetPath) ? readFileSync(targetPath, 'utf8') : undefined;
  const mdx = file.endsWith('.mdx');
  // The project's source units give each unit's codes, so a code cannot be altered in the CAT tool.
  const current = new Map(
    (mdx ? mdxUnits(file, sourceText, undefined) : yamlUnits(file, sourceText, undefined)).map((u) => [u.id, u]),
  );
  const translations = new Map<string, string>();
  for (const [id, unit] of Object.entries(units)) {
    const target = pieces(unit.target);
    if (target === undefined || plainText(target).trim() === '') continue;
    const now = current.get(id);
    if (!now) {
      warnings.push(`${input}: unit "${id}" of ${file} is no longer in content/${sourceLocale}/${file}; skipped.`);
      continue;
    }
    if (plainText(pieces(unit.source)) !== plainText(now.source)) {
      warnings.push(
        `${input}: the source of unit "${id}" of ${file} changed since the export; skipped. Fix: export again and translate the new text.`,
      );
      continue;
    }
    try {
      translations.set(id, fromPieces(target, codesOf(now.source)));
    } catch (error) {
      warnings.push(
        `${input}: unit "${id}" of ${file}: ${(error as Error).message}; skipped. Fix: use only the codes of the source text.`,
      );
    }
  }
  if (translations.size === 0) continue;
  let base = existing ?? sourceText;
  if (mdx && existing !== undefined && !mdxMatchesSource(existing, sourceText)) {
    warnings.push(
      `content/${locale}/${file}: its paragraphs and headings do not match content/${sourceLocale}/${file} one for one, so it was not changed. Fix: align them by hand, or move it away and import again.`,
    );
    continue;
  }
  if (existing === undefined) base = sourceText;
  const text = mdx ? applyMdx(base, translations) : applyYaml(base, translations);
  if (text === existing) continue;
  mkdirSync(dirname(targetPath), { recursive: true });
  writeFileSync(targetPath, text);
  written.push(`content/${locale}/${file}`);
}

for (const warning of warnings) console.warn(`! ${warning}`);
console.log(
  written.length > 0
    ? `Wrote ${written.join(', ')}.`
    : 'No file changed: every translation in the file is already in content/.',
);
console.log('\nRunning the content check:\n');
const check = spawnSync(process.execPath, [resolve(import.meta.dirname, 'check-content.ts'), '--root', root], {
  stdio: 'inherit',
});
process.exit(check.status ?? 1);
