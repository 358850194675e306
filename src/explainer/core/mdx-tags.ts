/** The components that prose may use, and where each use stands in the file. */
export const PROSE_COMPONENTS = ['Fig', 'Term', 'Chart'] as const;

export interface TagUse {
  name: (typeof PROSE_COMPONENTS)[number];
  id: string | undefined;
  line: number;
}

const TAG = new RegExp(`<(${PROSE_COMPONENTS.join('|')})\\b([^>]*)>`, 'g');

/** Finds every `<Fig id="…" />`, `<Term id="…">` and `<Chart id="…" />` in an MDX text, with its line. */
export function tagsIn(text: string): TagUse[] {
  return [...text.matchAll(TAG)].map((m) => ({
    name: m[1] as TagUse['name'],
    id: /\bid\s*=\s*["']([^"']*)["']/.exec(m[2] ?? '')?.[1],
    line: text.slice(0, m.index).split('\n').length,
  }));
}
