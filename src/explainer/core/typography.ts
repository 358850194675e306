/**
 * The spaces each language's typography wants, applied to text the site composes (a number with its
 * unit, a date, an interface string), so that nobody types a non-breaking space by hand:
 *   - a number is not separated from the word or sign that follows it: "328,2 milioni", "30 giorni",
 *     "2 giugno", "$328.2 million", "169 %";
 *   - a space just inside « » does not break: « texte »;
 *   - in French, the space before ":" is a no-break space and before ";", "?" and "!" a narrow one.
 * Only spaces already there are changed: nothing is inserted.
 */

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Languages whose typography puts a space before high punctuation, and which space. */
const HIGH_PUNCTUATION: Record<string, { colon: string; others: string }> = {
  fr: { colon: NBSP, others: NNBSP },
};

/** Makes the spaces of `text` those `locale`'s typography wants (see above). */
export function typeset(text: string, locale: string): string {
  const language = new Intl.Locale(locale).language;
  let out = text
    // A number (digits, with separators only between digits, then a closing % or ° or ordinal mark) and
    // the word or sign after it; not the digits of a label ("Q1 FY2021", "H.323 standard"), and not a
    // number that ends a clause ("2020, a Borsa chiusa"): the comma there is punctuation.
    .replace(
      /(?<![\p{L}\d.,\u00A0\u202F]|\p{L}[.-])(\d+(?:[.,\u00A0\u202F]\d+)*(?:[%°ºª]|\p{Ll}{1,3})?) (?=[\p{L}%$€£])/gu,
      `$1${NBSP}`,
    )
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
  const high = HIGH_PUNCTUATION[language];
  if (high) out = out.replace(/ :/g, `${high.colon}:`).replace(/ ([;?!])/g, `${high.others}$1`);
  return out;
}

/** Typesets every string inside `value` (an object of interface strings, say) for `locale`. */
export function typesetStrings<T>(value: T, locale: string): T {
  if (typeof value === 'string') return typeset(value, locale) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => typesetStrings(v, locale)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetStrings(v, locale)])) as T;
  }
  return value;
}
