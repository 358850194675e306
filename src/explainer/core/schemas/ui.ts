import { z } from 'astro/zod';
import { verdicts } from './explainer.ts';
import { textSchema } from './common.ts';
import { argumentsOf } from '../messages.ts';

/** A group of required interface strings: every locale must give every key, and no other. */
const group = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, textSchema])) as Record<K, typeof textSchema>);

/** An ICU MessageFormat pattern that uses each of `names`: "{n} milioni", "{n, plural, one {# volta} other {# volte}}". */
const pattern = (...names: string[]) =>
  textSchema.superRefine((text, ctx) => {
    let used: string[];
    try {
      used = argumentsOf(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return;
    }
    const lost = names.filter((name) => !used.includes(name));
    if (lost.length > 0)
      ctx.addIssue({ code: 'custom', message: `the pattern must keep ${lost.map((n) => `{${n}}`).join(' and ')}` });
  });

/** A pattern with the `{n}` placeholder for the number. */
const unitPattern = pattern('n');

/** The interface strings of one locale (`content/<locale>/ui.yaml`). */
export const uiSchema = z.strictObject({
  language: group(['name', 'intl']),
  site: group(['name', 'description']),
  nav: group(['skip', 'languages', 'readIn', 'toc']),
  article: group(['kicker', 'eventDate', 'updated', 'basedOn']),
  fallback: group(['notice', 'untranslated']),
  sections: group(['keyFigures', 'claims', 'timeline', 'glossary', 'sources']),
  claims: z.strictObject({ ...group(['said', 'record', 'verdict', 'sources']).shape, verdicts: group(verdicts) }),
  glossary: group(['backToText']),
  sources: group(['noUrl', 'entry', 'aside', 'twoNotes']),
  chart: group([
    'showTable',
    'download',
    'source',
    'sources',
    'keyboardHint',
    'tableHint',
    'roledescription',
    'approx',
    'approxShort',
    'point',
    'csvLow',
    'csvHigh',
    'csvApprox',
    'csvYes',
    'csvDerived',
    'csvSources',
    'downloadSvg',
    'downloadPng',
    'link',
    'share',
    'copied',
    'embed',
    'embedCode',
    'embedFrame',
    'backToArticle',
  ]),
  units: z.strictObject({
    'usd-million': unitPattern,
    'usd-billion': unitPattern,
    usd: unitPattern,
    count: unitPattern,
    million: unitPattern,
    ratio: unitPattern,
  }),
  dates: z.strictObject({ day: pattern('day', 'month', 'year'), month: pattern('month', 'year') }),
  notFound: group(['title', 'text', 'back']),
  home: group(['title', 'text']),
  footer: group(['about', 'data']),
});

export type Ui = z.infer<typeof uiSchema>;
