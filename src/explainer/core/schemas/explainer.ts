import { z } from 'astro/zod';
import { idSchema, isoDateSchema, textSchema } from './common.ts';

/** Fields every localized list entry carries: its id, and the locale and position the loader adds. */
const localized = { id: idSchema, locale: z.string(), order: z.int() };

export const verdicts = ['accurate', 'approximately', 'needs-context', 'outdated'] as const;

/** A key-figure card: one figure shown large, with a label and a sentence of context. */
export const keyFigureSchema = z.strictObject({
  ...localized,
  figure: idSchema,
  label: textSchema,
  detail: textSchema,
});

/** A claim of the source article, checked against the record. */
export const claimSchema = z.strictObject({
  ...localized,
  said: textSchema,
  record: textSchema,
  verdict: z.enum(verdicts),
  explanation: textSchema,
  figures: z.array(idSchema).default([]),
  sources: z.array(idSchema).min(1, 'list at least one source id'),
});

/** A dated event of the timeline; its `kind` is one of those of `content/data/site.yaml`. */
export const eventSchema = z.strictObject({
  ...localized,
  date: isoDateSchema,
  title: textSchema,
  text: textSchema,
  kind: idSchema,
  sources: z.array(idSchema).min(1, 'list at least one source id'),
});

/** A glossary term and its definition. */
export const termSchema = z.strictObject({ ...localized, term: textSchema, definition: textSchema });

/**
 * A source as a reader of one language sees it (`content/<locale>/sources.yaml`; its facts are in the data
 * file): a description where the source has no recorded headline, and an editorial note such as who quoted it.
 */
export const sourceTextSchema = z.strictObject({
  ...localized,
  title: textSchema.optional(),
  note: textSchema.optional(),
});
