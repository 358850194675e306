/** `{fig:ID}` in a content text stands for a figure from the data file. */
const PLACEHOLDER = /\{fig:([^}]*)\}/g;

/** Replaces each `{fig:ID}` in `text` with `format(ID)`. */
export function fillFigures(text: string, format: (id: string) => string): string {
  return text.replace(PLACEHOLDER, (_, id: string) => format(id.trim()));
}

/** Lists the figure ids that `text` refers to. */
export function figureIdsIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim());
}
