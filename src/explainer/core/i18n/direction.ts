/**
 * The writing direction of a language, for `dir`: from `Intl.Locale`'s text info (`getTextInfo()`, or the
 * older `textInfo` property), else from the languages written right to left in CLDR's data.
 */

/** Languages written right to left (CLDR `characterOrder`), for a runtime without text info. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

type TextInfo = { direction?: string };
type WithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** "rtl" or "ltr", for a language code or a locale ("ar", "ar-EG", "he-IL", "fr-FR"). */
export function directionOf(code: string): 'ltr' | 'rtl' {
  const locale: WithTextInfo = new Intl.Locale(code);
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RIGHT_TO_LEFT.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * The `dir` of an element marked with `lang`, so that text in another script's direction keeps its own
 * (Italian inside an Arabic page runs left to right); undefined where there is no `lang`.
 */
export function dirOf(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  return lang ? directionOf(lang) : undefined;
}
