/**
 * Compares a translation's interface strings (`content/<locale>/ui.yaml`) with the source language's:
 * the same keys, no more, no fewer, and the same `{placeholders}` in each text.
 */
import { argumentsOf, formsWithoutNumber } from '../messages.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { YamlDoc } from '../yaml-doc.ts';

export interface UiFile {
  file: string;
  doc: YamlDoc;
}

/** The dotted keys of every text in a ui file, e.g. "nav.toc", with the text. */
export function uiTexts(data: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  for (const [key, value] of Object.entries(data)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [k, v] of uiTexts(value, dotted)) out.set(k, v);
    else out.set(dotted, value);
  }
  return out;
}

/** The `{placeholders}` a text uses, as ICU MessageFormat reads them ("{n, plural, …}" uses {n}), or why it cannot be read. */
function placeholders(text: string): { names: string[]; broken?: undefined } | { broken: string } {
  try {
    return { names: argumentsOf(text).map((name) => `{${name}}`) };
  } catch (error) {
    return { broken: (error as Error).message };
  }
}

/** Problems of `translation` against `source`, each naming the file, the line, the dotted key and the fix. */
export function compareUiKeys(source: UiFile, translation: UiFile): { problems: Problem[]; keys: Set<string> } {
  const mine = uiTexts(translation.doc.data);
  const theirs = uiTexts(source.doc.data);
  const problems: Problem[] = [];
  const keys = new Set<string>();
  const path = (dotted: string) => dotted.split('.');
  for (const [key, text] of theirs) {
    if (mine.has(key)) continue;
    keys.add(key);
    const parts = path(key);
    const parent = parts.slice(0, -1).join('.');
    const line = translation.doc.lineOf(parts);
    problems.push({
      file: translation.file,
      line,
      message: `the interface string "${key}" is missing (${source.file}:${source.doc.lineOf(parts)} has it: ${JSON.stringify(text)}).`,
      fix: `add the line  ${parts.at(-1)}: "…"  ${parent ? `under "${parent}:"` : 'at the top level'}, with the text translated.`,
    });
  }
  for (const key of mine.keys()) {
    if (theirs.has(key)) continue;
    keys.add(key);
    const hint = suggest(
      key,
      [...theirs.keys()].filter((k) => !mine.has(k)),
    );
    problems.push({
      file: translation.file,
      line: translation.doc.lineOf(path(key)),
      message: `the interface string "${key}" is not in ${source.file}.${hint ? ` Did you mean "${hint}"?` : ''}`,
      fix: `${hint ? `rename it to "${hint.split('.').at(-1)}"` : 'delete it'}; the keys are those of ${source.file}.`,
    });
  }
  for (const [key, text] of theirs) {
    const translated = mine.get(key);
    if (typeof text !== 'string' || typeof translated !== 'string') continue;
    const line = translation.doc.lineOf(path(key));
    const at = { file: translation.file, line };
    const what = `the interface string "${key}"`;
    const from = `${source.file}:${source.doc.lineOf(path(key))}`;
    const expected = placeholders(text);
    const found = placeholders(translated);
    if (expected.broken !== undefined) continue;
    if (found.broken !== undefined) {
      keys.add(key);
      problems.push({
        ...at,
        message: `${what}: ${found.broken}.`,
        fix: `correct it, keeping the braces and the words in English as ${from} has them: ${JSON.stringify(text)}; translate only the words inside the forms.`,
      });
      continue;
    }
    const lost = expected.names.filter((name) => !found.names.includes(name));
    const extra = found.names.filter((name) => !expected.names.includes(name));
    if (lost.length > 0 || extra.length > 0) {
      keys.add(key);
      problems.push({
        ...at,
        message:
          `${what} must keep ${expected.names.join(' ') || 'no {placeholder}'} (found ${found.names.join(' ') || 'none'}): ` +
          [
            lost.length > 0 ? `${lost.join(' ')} ${lost.length === 1 ? 'is' : 'are'} missing` : '',
            extra.length > 0 ? `${extra.join(' ')} ${extra.length === 1 ? 'is' : 'are'} not in ${from}` : '',
          ]
            .filter(Boolean)
            .join(', ') +
          '.',
        fix: `copy the placeholders in braces from ${from} exactly, untranslated; move them where your language needs them.`,
      });
      continue;
    }
    for (const lostForm of formsWithoutNumber(text, translated)) {
      keys.add(key);
      problems.push({
        ...at,
        message:
          `${what}: the form ${lostForm.form} {${lostForm.text}} of {${lostForm.name}, plural, …} has no #, so the number would not show` +
          `${lostForm.source ? ` (${from} has ${lostForm.source})` : ''}.`,
        fix: `write # where the number goes, as ${lostForm.form} {# …}; # is the number, in any language.`,
      });
    }
  }
  return { problems, keys };
}
