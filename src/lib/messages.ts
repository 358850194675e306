/**
 * Interface patterns in ICU MessageFormat, the syntax Crowdin, Weblate and Lokalise expect:
 * "{n} milioni", "{n, plural, one {# volta} other {# volte}}", "{day, plural, =1 {#°} other {#}} {month} {year}".
 * A number argument may come already formatted by the site (digits, grouping, a range "1,775–1,800"):
 * it is passed as `{ value, text }`, the plural rules read `value` and the text is shown for it and for `#`.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

/** A number shown as the site formatted it, with the value that chooses the plural form. */
export interface Shown {
  value: number;
  text: string;
}

export type MessageValue = string | number | Shown;

const TEXT = '\u0000text:';

/** Parses `pattern`, or throws an Error whose message says where it is broken. */
export function parsePattern(pattern: string): MessageFormatElement[] {
  try {
    return parse(pattern, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    const location = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset;
    const kind = (error as { message?: string }).message ?? 'INVALID';
    throw new Error(
      `the pattern is not valid ICU MessageFormat (${kind}${location === undefined ? '' : ` at character ${location + 1}`})`,
    );
  }
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
