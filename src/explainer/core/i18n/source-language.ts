/**
 * Tells text a translation has left in the source language: identical to a source text, or, sentence by
 * sentence, identified as the source language by `eld` (a language identifier made for short texts: it
 * tells Italian from French or Spanish on a heading of three words, where trigram identifiers such as
 * franc guess). The identifier runs at build and check time only; nothing of it reaches the pages.
 */
import { eld } from 'eld/small';
import { isText } from './entries.ts';

/** Plain text for comparing and identifying: tags, placeholders and code out, spaces collapsed. */
export function plainText(text: string): string {
  let plain = text.replace(/<[^>]*>/g, ' ');
  // Placeholders and ICU patterns, nested ones from the inside out.
  for (let before = ''; before !== plain; ) {
    before = plain;
    plain = plain.replace(/\{[^{}]*\}/g, ' ');
  }
  return plain.replace(/\s+/g, ' ').trim();
}

/** The language part of a code: "pt-BR" → "pt". */
const primary = (code: string) => code.split('-')[0]?.toLowerCase() ?? code;

/** Fewer words than this in a sentence, and identifying it is a guess: it counts only if it equals a source text. */
const MIN_WORDS = 3;

/** The words of a text, as its language separates them (also where it puts no spaces). */
function words(text: string, locale: string): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
}

/** Whether one sentence reads as the source language rather than the translation's. */
function sentenceInSource(sentence: string, source: string, target: string): boolean {
  if (words(sentence, source) < MIN_WORDS) return false;
  const result = eld.detect(sentence);
  if (!result.isReliable() || result.language !== primary(source)) return false;
  const scores = result.getScores();
  return (scores[primary(source)] ?? 0) > (scores[primary(target)] ?? 0);
}

export interface SourceShare {
  /** Some of the text is still in the source language. */
  untranslated: boolean;
  /** Most of it is (by characters): the text as a whole is in the source language. */
  mostly: boolean;
}

/**
 * How much of `text`, meant to be in `target`, is still in `source`: all of it when it equals one of
 * `sourceTexts` (compared as plain text), else the sentences the identifier reads as the source language.
 */
export function sourceShare(
  text: string,
  source: string,
  target: string,
  sourceTexts: ReadonlySet<string> = new Set(),
): SourceShare {
  const plain = plainText(text);
  if (primary(source) === primary(target)) return { untranslated: false, mostly: false };
  // Identical to a source text with a word in it (not only names, codes or acronyms: "I clienti", not "GAAP").
  if (sourceTexts.has(plain) && /\p{Ll}{3,}/u.test(plain)) return { untranslated: true, mostly: true };
  if (!isText(plain)) return { untranslated: false, mostly: false };
  const segmenter = new Intl.Segmenter(target, { granularity: 'sentence' });
  const sentences = [...segmenter.segment(plain)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
  const inSource = sentences.filter((s) => sentenceInSource(s, source, target));
  const share = inSource.reduce((sum, s) => sum + s.length, 0) / Math.max(1, plain.length);
  return { untranslated: inSource.length > 0, mostly: share > 0.5 };
}

/** The plain texts of a source, for `sourceShare`. */
export function plainSet(texts: Iterable<string>): Set<string> {
  return new Set([...texts].map(plainText));
}
