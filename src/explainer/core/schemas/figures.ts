import { z } from 'astro/zod';
import { units } from '../format.ts';
import { deriveOps } from '../figures.ts';
import { idSchema, isoDateSchema, textSchema } from './common.ts';

/** A BCP 47 language code, e.g. "en", "it", "fr-CA". */
const langSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'write the language as a code, e.g. "fr" or "pt-BR"');

/**
 * A source: where a figure was found, with the facts that are the same in every language. `headline` is
 * the source's own headline, in its language `lang`; left out where it was not recorded (then each
 * language describes the source in its `sources.yaml`). `url` is left out where no public address is known.
 */
export const sourceSchema = z.strictObject({
  id: idSchema,
  headline: textSchema.optional(),
  lang: langSchema,
  publisher: textSchema,
  date: isoDateSchema,
  url: z.url({ protocol: /^https$/, error: 'the url must start with https://' }).optional(),
});

/** A figure: a reported value or range with its sources, or one derived from two other figures. */
export const figureSchema = z
  .strictObject({
    id: idSchema,
    value: z.number().optional(),
    range: z.tuple([z.number(), z.number()]).optional(),
    derive: z.strictObject({ op: z.enum(deriveOps), of: z.tuple([idSchema, idSchema]) }).optional(),
    unit: z.enum(units),
    period: textSchema,
    digits: z.int().min(-6).max(6).optional(),
    approx: z.boolean().optional(),
    sources: z.array(idSchema).min(1, 'list at least one source id').optional(),
  })
  .superRefine((figure, ctx) => {
    const kinds = (['value', 'range', 'derive'] as const).filter((key) => figure[key] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give exactly one of value, range or derive' });
    }
    if (!figure.derive && !figure.sources) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a reported figure needs its sources' });
    }
    if (figure.range && figure.range[0] > figure.range[1]) {
      ctx.addIssue({ code: 'custom', path: ['range'], message: 'write the range as [low, high]' });
    }
  });

/** A figure as resolved by the loader (`resolveFigures`): a derived one computed, each with its sources. */
export const resolvedFigureSchema = z.strictObject({
  id: idSchema,
  unit: z.enum(units),
  period: textSchema,
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  digits: z.int().optional(),
  approx: z.boolean(),
  sources: z.array(idSchema),
  derive: z.strictObject({ op: z.enum(deriveOps), of: z.tuple([idSchema, idSchema]) }).optional(),
});
