/** Splits an interface pattern such as "{title} — {publisher}, {date}" into its text and its placeholders. */

export type PatternPart = { text: string } | { name: string };

/** The pattern's parts in order; empty texts are left out. */
export function patternParts(pattern: string): PatternPart[] {
  return pattern
    .split(/(\{[a-zA-Z]+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (/^\{[a-zA-Z]+\}$/.test(piece) ? { name: piece.slice(1, -1) } : { text: piece }));
}
