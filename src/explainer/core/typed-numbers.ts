/**
 * Finds numbers typed into prose, where every quantity must come from the data file, and tells which
 * figure a typed number stands for. Pure functions: the caller formats the figures for the locale.
 *
 * Allowed in prose: dates with a month name in the text's language or the source language ("2 June
 * 2020", "1° marzo", "22 aprile"), bare years ("2019"), quarters and halves as the financial press of
 * each language labels them (Q1, T1, H1, S2, FY2021, 2019/20, "1er trimestre", "1st quarter") and the names with
 * digits the caller allows (the site's list, in `content/data/site.yaml`). A date written in digits ("02/06/2020") is found as one, so that the
 * advice is to write its month in words.
 */

/** Labels with digits that prose may contain. */
const ALLOWED_LABELS: readonly RegExp[] = [
  // Quarters and halves: Q1 (English), T1 (French, Italian, Spanish), H1 and S1 (halves), and 1Q/1T.
  /(?<![\p{L}\p{N}])(?:[QTHS][1-4]|[1-4][QT])(?![\p{L}\p{N}])/gu,
  /\bFY\s?\d{2,4}\b/g,
  // A fiscal year across two calendar years, as the Italian and Spanish press write it: 2019/20.
  /(?<![\p{L}\p{N}/])(?:19|20)\d{2}\/\d{2}(?![\p{L}\p{N}/])/gu,
];

/** A name typed as it is ("X-25"), not inside a longer word or number. */
function namePattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
}

/** An ordinal before the word for a quarter or a half, in the languages the site may be written in. */
const ORDINAL_PERIOD =
  /(?<!\p{N})[1-4](?:°|º|ª|er|re|ère|e|ème|eme|st|nd|rd|th|\.)?\s+(?:trimestres?|quarters?|semestres?|semesters?|half|halves|quartal|halbjahr|trimestre fiscal)(?!\p{L})/giu;

/**
 * Dates, periods and small counts as Chinese, Japanese and Korean write them, with digits: 2020年6月2日,
 * 6月, 2020년 6월 2일, 第1四半期, 第2季度, 1분기, and a count of one digit before its counter (3倍, 4回,
 * 2人, 3번): these languages write such counts in digits, where others write them in words. A larger
 * count ("30倍") is still a number to take from the data.
 */
const CJK_FORMS = [
  /(?<!\p{N})\p{Nd}{1,4}\s?[年년](?:\s?\p{Nd}{1,2}\s?[月월](?:\s?\p{Nd}{1,2}\s?[日일])?)?/gu,
  /(?<!\p{N})\p{Nd}{1,2}\s?[月월](?:\s?\p{Nd}{1,2}\s?[日일])?/gu,
  /第\s?\p{Nd}{1,2}\s?(?:四半期|季度|季|半期|期)/gu,
  /(?<!\p{N})\p{Nd}\s?(?:四半期|분기|半期)/gu,
  /(?<![\p{N}.,])\p{Nd}(?=倍|回|度|人|件|社|つ|か月|ヶ月|カ月|週間|日間|年間|番目|位|배|번|명|개|次|个|個|名)/gu,
];

/** A date written in digits: 02/06/2020, 2.6.20, 2020-06-02. */
const DIGIT_DATE =
  /(?<![\p{N}.,/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2}))(?![\p{N}]|[.,/-]\p{N})/gu;

/**
 * A run of digits of any script (Latin, Arabic-Indic, Devanagari, full-width…), with the group and decimal
 * separators a locale may put between them (the Arabic ones too).
 */
const NUMBER = /\p{Nd}+(?:[.,\u00A0\u202F\u066B\u066C]\p{Nd}+)*/gu;
const YEAR = /^(?:19|20)\d{2}$/;

export interface TypedNumber {
  /** The number as typed, e.g. "328.2". */
  text: string;
  /** Its position in the text searched. */
  index: number;
  /** For a date typed in digits, the date it most likely is, as YYYY-MM-DD (read in the text's language's order). */
  date?: string | undefined;
}

/** Replaces each match of `pattern` with spaces, keeping line breaks, so positions and lines stay put. */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
}

/** The month names of a locale, long and short, in lower case: "giugno", "giu". */
function monthNames(intl: string): string[] {
  const names = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(intl, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++)
      names.add(
        format
          .format(Date.UTC(2020, m, 1))
          .toLowerCase()
          .replace(/\.$/, ''),
      );
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * Blanks what is not prose in an MDX text: import and export lines, code, component and HTML tags,
 * `{…}` expressions, link addresses and entities. What is left is what a reader reads.
 */
export function proseOfMdx(text: string): string {
  let prose = blank(text, /^(?:import|export)\s.*$/gm);
  prose = blank(prose, /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm);
  prose = blank(prose, /`[^`\n]*`/g);
  prose = blank(prose, /<\/?[A-Za-z][^>]*>/g);
  prose = blank(prose, /\{[^{}]*\}/g);
  prose = blank(prose, /\]\([^)]*\)/g);
  prose = blank(prose, /https?:\/\/\S+/g);
  prose = blank(prose, /&#?\w+;/g);
  // The marker of an ordered list item ("1. ") is structure, not a quantity.
  return blank(prose, /^\s*\d+\.(?=\s)/gm);
}

/**
 * Blanks the placeholders of a YAML text: `{fig:ID}`, `{n}`, `{date}` and the like, and the syntax of
 * an ICU pattern ("{n, plural, =1 {#°} other {# volte}}" leaves "          #°        # volte  " to read).
 */
export function proseOfText(text: string): string {
  let prose = blank(blank(text, /\{fig:[^}]*\}/g), /\{[A-Za-z]+\}/g);
  if (/\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,/.test(prose)) {
    prose = blank(prose, /\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,(?:\s*offset:\d+)?/g);
    prose = blank(prose, /(?:=\d+|zero|one|two|few|many|other|[\w-]+)\s*\{/g);
    prose = blank(prose, /[{}#]/g);
  }
  return prose;
}

/**
 * Finds the numbers typed into `prose` (already blanked of non-prose), leaving out what is allowed.
 * `intl` is the text's language; month names of `alsoIntl` (the source language, say) are allowed too,
 * and so are the `names` with digits the site allows, as they are written.
 */
export function findTypedNumbers(
  prose: string,
  intl: string,
  alsoIntl: readonly string[] = [],
  names: readonly string[] = [],
): TypedNumber[] {
  let text = prose;
  const dates = [...text.matchAll(DIGIT_DATE)].map((m) => ({
    text: m[0],
    index: m.index,
    date: readDigitDate(m[0], intl),
  }));
  text = blank(text, DIGIT_DATE);
  for (const form of CJK_FORMS) text = blank(text, form);
  for (const label of [...ALLOWED_LABELS, ...names.map(namePattern)]) text = blank(text, label);
  text = blank(text, ORDINAL_PERIOD);
  const months = [...new Set([intl, ...alsoIntl].flatMap(monthNames))]
    .sort((a, b) => b.length - a.length)
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  // A day next to a month name, in the digits of any script: "2 June", "1° marzo", "1er mars", "2. Juni", "June 2nd", "٢ يونيو".
  text = blank(
    text,
    new RegExp(`(?<!\\p{N})\\p{Nd}{1,2}(?:°|º|\\.|er|st|nd|rd|th)?\\s+(?:${months})(?!\\p{L})`, 'giu'),
  );
  text = blank(
    text,
    new RegExp(`(?<!\\p{L})(?:${months})\\.?\\s+\\p{Nd}{1,2}(?:st|nd|rd|th)?(?![\\p{N}.,]\\d)(?!\\p{N})`, 'giu'),
  );
  const numbers = [...text.matchAll(NUMBER)]
    .filter((m) => !YEAR.test(latinDigits(m[0])))
    .map((m): TypedNumber => ({ text: m[0], index: m.index }));
  return [...dates, ...numbers].sort((a, b) => a.index - b.index);
}

/**
 * Reads a date typed in digits in the order `intl` writes dates ("02/06/2020" is 2 June in Italian,
 * 6 February in American English), as YYYY-MM-DD; undefined when it is no date in that order.
 */
export function readDigitDate(text: string, intl: string): string | undefined {
  const parts = text.split(/[/.-]/).map(Number);
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  if (/^\d{4}-/.test(text)) [year, month, day] = parts;
  else {
    const order = new Intl.DateTimeFormat(intl, { timeZone: 'UTC' })
      .formatToParts(0)
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month');
    const [a, b, y] = parts;
    [day, month] = order[0] === 'month' ? [b, a] : [a, b];
    year = y !== undefined && y < 100 ? 2000 + y : y;
  }
  if (!day || !month || !year || month > 12 || day > 31) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The digits of any script as Latin digits: "٣٢٨" → "328", "３" → "3". */
function latinDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 48;
    // Unicode puts each script's ten digits in a row, from its zero: walk back to it.
    let zero = code;
    while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String(code - zero);
  });
}

/** The decimal sign of a locale: "." in English, "," in Italian. */
function separators(intl: string): { decimal: string } {
  const parts = new Intl.NumberFormat(intl).formatToParts(1.5);
  return { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

/**
 * Reads a number as a locale writes it: "2.651,4" in Italian and "2,651.4" in English are both 2651.4.
 * The last separator is the decimal point when it is the locale's, when it is not followed by exactly
 * three digits (so "328.2" typed into Italian still reads as 328.2), or when two kinds of separator appear.
 */
export function parseLocaleNumber(text: string, intl: string): number {
  // The Arabic decimal and group signs are read as "." and a space.
  const decimal = separators(intl).decimal.replace('\u066B', '.');
  const plain = latinDigits(text)
    .replace(/[\u00A0\u202F\u066C]/g, '')
    .replace(/\u066B/g, '.');
  const seps = [...plain.matchAll(/[.,]/g)];
  const last = seps.at(-1);
  if (!last) return Number(plain);
  const kinds = new Set(seps.map((m) => m[0]));
  const digitsAfter = plain.length - last.index - 1;
  const isDecimal =
    (last[0] === decimal || digitsAfter !== 3 || kinds.size > 1) && !(seps.length > 1 && kinds.size === 1);
  const whole = (isDecimal ? plain.slice(0, last.index) : plain).replace(/[.,]/g, '');
  return Number(isDecimal ? `${whole}.${plain.slice(last.index + 1)}` : whole);
}

/** A figure as the locale shows it: "$328.2 million", "328,2 milioni di dollari". */
export interface FigureText {
  id: string;
  text: string;
}

export type FigureMatch =
  /** A figure shows this number; `inContext` when the words around it are the figure's unit too. */
  | { kind: 'same'; figures: FigureText[]; inContext: boolean }
  | { kind: 'close'; figure: FigureText }
  | { kind: 'none' };

/**
 * Says which figure a typed number stands for: one that shows the same number ("same"), or the nearest
 * one when the typed number is close but different, i.e. disagrees with the data ("close"). The words
 * around the number ("million", "%", "$") decide between figures that are equally near.
 */
export function matchFigure(
  prose: string,
  typed: TypedNumber,
  figures: readonly FigureText[],
  intl: string,
): FigureMatch {
  const value = parseLocaleNumber(typed.text, intl);
  const end = typed.index + typed.text.length;
  const scored = figures.flatMap((figure) => {
    const tokens = [...figure.text.matchAll(NUMBER)];
    const first = tokens[0];
    const last = tokens.at(-1);
    if (!first || !last) return [];
    const prefix = figure.text.slice(0, first.index).trim();
    const suffix = figure.text.slice(last.index + last[0].length).trim();
    const before = prose.slice(0, typed.index).trimEnd().toLowerCase();
    const after = prose.slice(end).trimStart().toLowerCase();
    // The words around the number are the figure's unit: its sign before ("$"), or its first word after ("million").
    const word = firstWord(suffix);
    const context =
      (prefix !== '' && before.endsWith(prefix.toLowerCase())) || (word !== '' && firstWord(after) === word);
    const distance = Math.min(...tokens.map((t) => relativeDifference(value, parseLocaleNumber(t[0], intl))));
    return [{ figure, context, distance }];
  });
  const same = scored.filter((s) => s.distance < 1e-9);
  const inContext = same.filter((s) => s.context);
  if (inContext.length > 0) return { kind: 'same', figures: inContext.map((s) => s.figure), inContext: true };
  // Without its unit around it, a small round number ("30 days", "4 meetings") is no clue to a figure:
  // only a number too particular to be chance ("328.2", "265,400") is.
  if (same.length > 0 && distinctive(typed.text))
    return { kind: 'same', figures: same.map((s) => s.figure), inContext: false };
  // A number that differs from the data is named as a figure's only when the figure's unit surrounds it.
  const close = scored.filter((s) => s.context && s.distance <= 0.25).sort((a, b) => a.distance - b.distance);
  return close[0] ? { kind: 'close', figure: close[0].figure } : { kind: 'none' };
}

/** The first word or sign of a text, in lower case: "million" of "million people", "%" of "% more". */
function firstWord(text: string): string {
  return /^(?:\p{L}+|\S)/u.exec(text.trim().toLowerCase())?.[0] ?? '';
}

/** Whether a typed number is too particular to match a figure by chance: a decimal part, or three digits or more. */
function distinctive(text: string): boolean {
  return /[.,\u00A0\u202F]/.test(text) || text.replace(/\D/g, '').replace(/0+$/, '').length >= 3;
}

function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}
