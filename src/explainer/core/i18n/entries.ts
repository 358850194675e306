/**
 * Entry-level comparison of a translation with its source, for the translation status: which entries of
 * a list file (by id) or which interface strings (by dotted key) changed in the source, and which are
 * still the source's text. Pure functions over file texts.
 */
import { parse } from 'yaml';

export interface EntryChanges {
  changed: string[];
  added: string[];
  removed: string[];
}

const CHECKED_LINE = /^.*Checked against the source.*$/gm;

/** Whether a translation is the source file as it is, apart from a "Checked against the source" line. */
export function isUnchangedCopy(text: string, sourceText: string): boolean {
  const plain = (t: string) => t.replace(CHECKED_LINE, '').replace(/\s+/g, ' ').trim();
  return plain(text) === plain(sourceText);
}

/** Whether a string is text a reader reads (two words or more), not a code, a name or a date. */
export function isText(value: string): boolean {
  return /\p{L}{2,}\S*\s+\S*\p{L}{2,}/u.test(value.replace(/\{[^{}]*\}/g, ' '));
}

/**
 * The entries of a YAML file, each with its strings by field path: a list's entries by their `id`,
 * a map's strings (ui.yaml) each by its dotted key. Undefined for a file that is not valid YAML.
 */
export function entriesOf(text: string): Map<string, Map<string, string>> | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  const entries = new Map<string, Map<string, string>>();
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      const id =
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
          ? (item as { id: string }).id
          : `#${i + 1}`;
      entries.set(id, leaves(item));
    });
  } else if (data && typeof data === 'object') {
    for (const [key, value] of leaves(data)) entries.set(key, new Map([['', value]]));
  }
  return entries;
}

function leaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** The entries of a translated YAML file whose every text is still the source's, by id or dotted key. */
export function untranslatedEntries(file: string, text: string, sourceText: string): string[] {
  if (!/\.ya?ml$/.test(file)) return [];
  const mine = entriesOf(text);
  const theirs = entriesOf(sourceText);
  if (!mine || !theirs) return [];
  return [...mine].flatMap(([id, fields]) => {
    const source = theirs.get(id);
    if (!source) return [];
    const texts = [...source].filter(([, v]) => isText(v));
    return texts.length > 0 && texts.every(([field, v]) => fields.get(field) === v) ? [id] : [];
  });
}

/** The entries that differ between two versions of a source YAML file; undefined for other files. */
export function changedEntries(file: string, before: string, after: string): EntryChanges | undefined {
  if (!/\.ya?ml$/.test(file)) return undefined;
  const old = entriesOf(before);
  const now = entriesOf(after);
  if (!old || !now) return undefined;
  const same = (a: Map<string, string>, b: Map<string, string>) => JSON.stringify([...a]) === JSON.stringify([...b]);
  return {
    changed: [...now]
      .filter(([id, fields]) => old.has(id) && !same(old.get(id) ?? new Map(), fields))
      .map(([id]) => id),
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}
