/**
 * The items of a list with the words a language puts between them ("A, B e C", "A, B and C"), as
 * Intl.ListFormat writes them, so that each item can be rendered as markup (a link) of its own.
 */
export type ListPart<T> = { item: T } | { text: string };

export function listParts<T>(locale: string, items: readonly T[]): ListPart<T>[] {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items.map((_, i) => String(i)));
  return parts.flatMap((part): ListPart<T>[] => {
    if (part.type === 'literal') return [{ text: part.value }];
    const item = items[Number(part.value)];
    return item === undefined ? [] : [{ item }];
  });
}
