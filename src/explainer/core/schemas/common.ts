import { z } from 'astro/zod';

/** An id: lower-case letters, digits and dashes. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and dashes, e.g. "revenue-q1-2024"');

/** A calendar date as YYYY-MM-DD, or a month as YYYY-MM. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'write the date as YYYY-MM-DD (or YYYY-MM for a month)');

/** A non-empty line of reader-facing text. */
export const textSchema = z.string().trim().min(1, 'this text is empty');

/**
 * Fields of list entries that hold codes, not text: ids, figure and source ids, verdicts, dates, kinds.
 * A translation keeps them as in the source language, and the number check does not read them.
 * README ("What you translate") quotes this list.
 */
export const codeFields = ['id', 'figure', 'figures', 'sources', 'verdict', 'date', 'kind'] as const;
