/**
 * Interface patterns in ICU MessageFormat, the syntax Crowdin, Weblate and Lokalise expect:
 * "{n} milioni", "{n, plural, one {# volta} other {# volte}}", "{day, plural, =1 {#°} other {#}} {month} {year}".
 * A number argument may come already formatted by the site (digits, grouping, a range "1,775–1,800"):
 * it is passed as `{ value, text }`, the plural rules read `value` and the text is shown for it and for `#`.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { IntlMessageFormat } from 'intl-messageformat';

/** A number shown as the site formatted it, with the value that chooses the plural form. */
export interface Shown {
  value: number;
  text: string;
}

export type MessageValue = string | number | Shown;

const TEXT = '\u0000text:';

/** What each parse error of a pattern means for a translator. */
const PARSE_ERRORS: Record<string, string> = {
  MISSING_OTHER_CLAUSE:
    'the plural has no "other {…}" form. Every plural needs one, and the names of the forms are not translated: zero, one, two, few, many, other, or =1, =2…',
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a "{" is not closed: each "{" needs its "}"',
  UNMATCHED_CLOSING_BRACE: 'a "}" closes nothing: each "}" needs its "{"',
  EMPTY_ARGUMENT: 'the braces "{}" are empty: a placeholder has a name, as {n}',
  MALFORMED_ARGUMENT: 'a placeholder in braces is broken: its name is letters only, as {n} or {date}',
  INVALID_ARGUMENT_TYPE:
    'after "{n," comes plural, select or selectordinal, in English: those words are not translated',
  EXPECT_ARGUMENT_TYPE: 'after "{n," comes plural, select or selectordinal',
  EXPECT_PLURAL_ARGUMENT_OPTIONS: 'the plural has no forms: write them as one {…} other {…}',
  EXPECT_PLURAL_ARGUMENT_SELECTOR:
    'a plural form has no name: write each form as a name and its words in braces, as one {…} other {…}',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT:
    "a plural form's words are not in braces: write each form as a name and its words in braces, as one {# …}",
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: "a form's words are not in braces: write them as name {…}",
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'the same plural form is written twice: keep one',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'the same form is written twice: keep one',
  INVALID_PLURAL_ARGUMENT_OFFSET_VALUE: 'the offset of the plural is not a whole number',
};

/** The plural form names that Intl.PluralRules can choose, besides exact values (=0, =1…). */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Parses `pattern`, or throws an Error whose message says, in words, where and why it is broken. */
export function parsePattern(pattern: string): MessageFormatElement[] {
  let ast: MessageFormatElement[];
  try {
    ast = parse(pattern, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    const location = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    const kind = (error as { message?: string }).message ?? 'INVALID';
    const at =
      location === undefined ? '' : `, at character ${location + 1}: “${pattern.slice(location, location + 24)}”`;
    throw new Error(`the pattern is not valid ICU MessageFormat (${PARSE_ERRORS[kind] ?? kind}${at})`);
  }
  const unknown = pluralForms(ast).filter((form) => !PLURAL_FORMS.includes(form) && !/^=\d+$/.test(form));
  if (unknown.length > 0)
    throw new Error(
      `the pattern is not valid ICU MessageFormat (the plural form name${unknown.length === 1 ? '' : 's'} ${unknown.map((f) => `“${f}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not one of ${PLURAL_FORMS.join(', ')} or =1, =2…: the names of the forms are not translated)`,
    );
  return ast;
}

function pluralForms(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) =>
    el.type === TYPE.plural
      ? [...Object.keys(el.options), ...Object.values(el.options).flatMap((o) => pluralForms(o.value))]
      : el.type === TYPE.select
        ? Object.values(el.options).flatMap((o) => pluralForms(o.value))
        : [],
  );
}

/** Whether `elements` show the number of the plural on `name`: a `#`, or `{name}` itself. */
function showsNumber(elements: MessageFormatElement[], name: string): boolean {
  return elements.some(
    (el) =>
      el.type === TYPE.pound ||
      (el.type === TYPE.argument && el.value === name) ||
      ((el.type === TYPE.select || (el.type === TYPE.plural && el.value !== name)) &&
        Object.values(el.options).every((o) => showsNumber(o.value, name))),
  );
}

/** Every plural (and selectordinal) of a pattern, by the name of its argument. */
function plurals(elements: MessageFormatElement[], into = new Map<string, Record<string, MessageFormatElement[]>>()) {
  for (const el of elements) {
    if (el.type !== TYPE.plural && el.type !== TYPE.select) continue;
    if (el.type === TYPE.plural)
      into.set(el.value, Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, o.value])));
    for (const option of Object.values(el.options)) plurals(option.value, into);
  }
  return into;
}

/**
 * The plural forms of `translation` that lose the number the source shows: "one {time}" where the
 * source has "one {# volta}". Each as `{ form, text, source }`, the form's words as written.
 */
export function formsWithoutNumber(
  source: string,
  translation: string,
): { name: string; form: string; text: string; source: string | undefined }[] {
  const theirs = plurals(parsePattern(source));
  const sourceArgs = argumentsOf(source);
  const lost: { name: string; form: string; text: string; source: string | undefined }[] = [];
  for (const [name, forms] of plurals(parsePattern(translation))) {
    if (!sourceArgs.includes(name)) continue;
    const sourceForms = theirs.get(name);
    for (const [form, elements] of Object.entries(forms)) {
      const counterpart = sourceForms?.[form] ?? sourceForms?.['other'];
      if (counterpart !== undefined && !showsNumber(counterpart, name)) continue;
      if (showsNumber(elements, name)) continue;
      lost.push({
        name,
        form,
        text: printAST(elements),
        source:
          counterpart === undefined ? undefined : `${sourceForms?.[form] ? form : 'other'} {${printAST(counterpart)}}`,
      });
    }
  }
  return lost;
}

/** The names of the arguments a pattern uses: "{n, plural, one {# volta} other {# volte}}" → ["n"]. */
export function argumentsOf(pattern: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parsePattern(pattern));
  return [...names].sort();
}

/** Replaces each use of a shown number (`{n}`, and `#` inside its plural) with its formatted text. */
function showText(
  elements: MessageFormatElement[],
  shown: ReadonlySet<string>,
  plural?: string,
): MessageFormatElement[] {
  return elements.map((el): MessageFormatElement => {
    if (el.type === TYPE.pound && plural !== undefined && shown.has(plural))
      return { type: TYPE.argument, value: TEXT + plural };
    if (el.type === TYPE.argument && shown.has(el.value)) return { ...el, value: TEXT + el.value };
    if (el.type === TYPE.plural) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: showText(o.value, shown, el.value) }]),
      );
      return { ...el, options };
    }
    if (el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [k, { ...o, value: showText(o.value, shown, plural) }]),
      );
      return { ...el, options };
    }
    return el;
  });
}

const cache = new Map<string, MessageFormatElement[]>();

/** Formats an ICU `pattern` for `locale` with `values`. */
export function formatMessage(pattern: string, locale: string, values: Record<string, MessageValue>): string {
  let ast = cache.get(pattern);
  if (!ast) {
    ast = parsePattern(pattern);
    cache.set(pattern, ast);
  }
  const shown = new Set<string>();
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'object') {
      shown.add(name);
      plain[name] = value.value;
      plain[TEXT + name] = value.text;
    } else plain[name] = value;
  }
  const message = new IntlMessageFormat(showText(ast, shown), locale, undefined, { ignoreTag: true });
  const out = message.format(plain);
  return Array.isArray(out) ? out.join('') : String(out);
}
