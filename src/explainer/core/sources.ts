/**
 * A source as a reader sees it: its facts from the data file (the same in every language) merged with
 * its words in the reader's language (`content/<locale>/sources.yaml`), each text with its language.
 */

import { type Problem, ProblemError } from './problem.ts';

export interface SourceFacts {
  id: string;
  /** The source's own headline, in `lang`; absent where it was not recorded. */
  headline?: string | undefined;
  /** The language the source is written in. */
  lang: string;
  publisher: string;
  date: string;
  url?: string | undefined;
}

export interface SourceWords {
  id: string;
  /** What to call the source where it has no recorded headline. */
  title?: string | undefined;
  /** An editorial note, e.g. who quoted the source. */
  note?: string | undefined;
}

export interface ReaderSource extends SourceFacts {
  /** The headline, or the description in the reader's language (or the fallback language). */
  title: string;
  /** The language `title` is written in. */
  titleLang: string;
  note?: string | undefined;
  /** The language of the words: the reader's, or the source language's while they are not translated. */
  wordsLang: string;
}

/**
 * Merges every source's facts with its words, which are in `wordsLang`. Throws, naming the file and the
 * fix, when a source has neither a headline nor a title: the reader would see nothing to call it by.
 */
export function readerSources(
  facts: ReadonlyMap<string, SourceFacts>,
  words: readonly SourceWords[],
  wordsLang: string,
): Map<string, ReaderSource> {
  const byId = new Map(words.map((w) => [w.id, w]));
  const result = new Map<string, ReaderSource>();
  for (const [id, source] of facts) {
    const own = byId.get(id);
    const title = source.headline ?? own?.title;
    if (title === undefined) {
      throw new ProblemError({
        file: `content/${wordsLang}/sources.yaml`,
        message: `the source "${id}" has no headline in content/data/figures.yaml and no "title" here.`,
        fix: `add  title: "…"  under "- id: ${id}", saying what the source is.`,
      });
    }
    result.set(id, {
      ...source,
      title,
      titleLang: source.headline === undefined ? wordsLang : source.lang,
      note: own?.note,
      wordsLang,
    });
  }
  return result;
}

/**
 * The problems of one language's source words against the data: an entry for a source the data does not
 * have, and (in the source language, which every other language falls back to) a source with no entry or
 * with neither a headline nor a title. Each problem names the file and the fix.
 */
export function sourceWordsProblems(
  facts: ReadonlyMap<string, SourceFacts>,
  words: readonly (SourceWords & { where: Pick<Problem, 'file' | 'line'> })[],
  file: string,
  isSourceLanguage: boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of words) {
    if (!facts.has(entry.id)) {
      problems.push({
        ...entry.where,
        message: `there is no source "${entry.id}" in content/data/figures.yaml.`,
        fix: 'use the id of a source listed there, or delete this entry.',
      });
    } else if (facts.get(entry.id)?.headline === undefined && entry.title === undefined) {
      problems.push({
        ...entry.where,
        message: `the source "${entry.id}" has no recorded headline, so it needs a "title".`,
        fix: 'add  title: "…"  saying what the source is.',
      });
    }
  }
  if (isSourceLanguage) {
    for (const id of facts.keys()) {
      if (!words.some((w) => w.id === id)) {
        problems.push({
          file,
          message: `the source "${id}" of content/data/figures.yaml has no entry.`,
          fix: `add "- id: ${id}" (with a title if the source has no headline, and any note).`,
        });
      }
    }
  }
  return problems;
}
