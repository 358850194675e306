import { z } from 'astro/zod';
import { verdicts } from './explainer.ts';
import { textSchema } from './common.ts';

/** A group of required interface strings: every locale must give every key, and no other. */
const group = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, textSchema])) as Record<K, typeof textSchema>);

/** A pattern with the `{n}` placeholder for the number. */
const unitPattern = textSchema.regex(/\{n\}/, 'the pattern must keep {n}, where the number goes');

/** The interface strings of one locale (`content/<locale>/ui.yaml`). */
export const uiSchema = z.strictObject({
  language: group(['name', 'intl']),
  site: group(['name', 'description']),
  nav: group(['skip', 'languages', 'readIn', 'toc']),
  article: group(['kicker', 'eventDate', 'updated', 'basedOn']),
  fallback: group(['notice']),
  sections: group(['keyFigures', 'claims', 'timeline', 'glossary', 'sources']),
  claims: z.strictObject({ ...group(['said', 'record', 'verdict', 'sources']).shape, verdicts: group(verdicts) }),
  glossary: group(['backToText']),
  sources: group(['noUrl', 'entry', 'aside', 'twoNotes']),
  chart: group([
    'showChart',
    'showTable',
    'view',
    'download',
    'source',
    'sources',
    'keyboardHint',
    'loading',
    'roledescription',
    'approx',
    'approxShort',
    'point',
    'csvLow',
    'csvHigh',
    'csvApprox',
    'csvYes',
    'csvSources',
  ]),
  units: z.strictObject({
    'usd-million': unitPattern,
    'usd-billion': unitPattern,
    usd: unitPattern,
    count: unitPattern,
    million: unitPattern,
    ratio: unitPattern,
  }),
  notFound: group(['title', 'text', 'back']),
  home: group(['title', 'text']),
  footer: group(['about', 'data']),
});

export type Ui = z.infer<typeof uiSchema>;
