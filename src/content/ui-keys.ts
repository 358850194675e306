/**
 * Compares a translation's interface strings (`content/<locale>/ui.yaml`) with the source language's:
 * the same keys, no more, no fewer, and the same `{placeholders}` in each text.
 */
import { argumentsOf } from '../lib/messages.ts';
import { suggest } from '../lib/suggest.ts';
import type { YamlDoc } from './yaml-doc.ts';

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

/** The `{placeholders}` a text uses, as ICU MessageFormat reads them: "{n, plural, …}" uses {n}. */
function placeholders(text: string): string[] {
  try {
    return argumentsOf(text).map((name) => `{${name}}`);
  } catch {
    return [...new Set(text.match(/\{[A-Za-z]+\}/g) ?? [])].sort();
  }
}

/** Problems of `translation` against `source`, each naming the file, the line, the dotted key and the fix. */
export function compareUiKeys(source: UiFile, translation: UiFile): { problems: string[]; keys: Set<string> } {
  const mine = uiTexts(translation.doc.data);
  const theirs = uiTexts(source.doc.data);
  const problems: string[] = [];
  const keys = new Set<string>();
  const path = (dotted: string) => dotted.split('.');
  for (const [key, text] of theirs) {
    if (mine.has(key)) continue;
    keys.add(key);
    const parts = path(key);
    const parent = parts.slice(0, -1).join('.');
    const line = translation.doc.lineOf(parts);
    problems.push(
      `${translation.file}:${line}: the interface string "${key}" is missing (${source.file}:${source.doc.lineOf(parts)} has it: ${JSON.stringify(text)}). ` +
        `Fix: add the line  ${parts.at(-1)}: "…"  ${parent ? `under "${parent}:"` : 'at the top level'}, with the text translated.`,
    );
  }
  for (const key of mine.keys()) {
    if (theirs.has(key)) continue;
    keys.add(key);
    const hint = suggest(
      key,
      [...theirs.keys()].filter((k) => !mine.has(k)),
    );
    problems.push(
      `${translation.file}:${translation.doc.lineOf(path(key))}: the interface string "${key}" is not in ${source.file}.` +
        `${hint ? ` Did you mean "${hint}"?` : ''} Fix: ${hint ? `rename it to "${hint.split('.').at(-1)}"` : 'delete it'}; the keys are those of ${source.file}.`,
    );
  }
  for (const [key, text] of theirs) {
    const translated = mine.get(key);
    if (typeof text !== 'string' || typeof translated !== 'string') continue;
    const expected = placeholders(text);
    const found = placeholders(translated);
    if (expected.join() !== found.join()) {
      problems.push(
        `${translation.file}:${translation.doc.lineOf(path(key))}: the interface string "${key}" must keep ${expected.join(' ') || 'no {placeholder}'} ` +
          `(found ${found.join(' ') || 'none'}). Fix: copy the placeholders in braces from ${source.file} exactly, untranslated; move them where your language needs them.`,
      );
    }
  }
  return { problems, keys };
}
