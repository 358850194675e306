import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common.ts';

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const LANGUAGE_MESSAGE = 'write the language as a code, e.g. "fr" or "pt-BR"';

/**
 * The settings of the whole site (`content/data/site.yaml`), the same in every language: what the story
 * needs that is no text to translate and no figure.
 */
export const siteSchema = z.strictObject({
  /** The language the site is written in first, a folder of `content/`: every other is translated from it. */
  source: z.string().regex(LANGUAGE_CODE, LANGUAGE_MESSAGE),
  /** The article the site retells, if any: its language and when it was published (`isBasedOn` in its structured data). */
  basedOn: z.strictObject({ lang: z.string().regex(LANGUAGE_CODE, LANGUAGE_MESSAGE), date: isoDateSchema }).optional(),
  /** Names with digits that the prose may type as they are (a product, a standard, a cipher). */
  names: z.array(z.string().trim().regex(/\d/, 'list only names that contain a digit')).default([]),
  /** The timeline's kinds of event (the `kind:` of each event), and those drawn highlighted. */
  timeline: z
    .strictObject({
      kinds: z.array(idSchema).min(1, 'list at least one kind of event'),
      highlight: z.array(idSchema).default([]),
    })
    .superRefine((timeline, ctx) => {
      for (const [index, kind] of timeline.highlight.entries()) {
        if (!timeline.kinds.includes(kind))
          ctx.addIssue({
            code: 'custom',
            path: ['highlight', index],
            message: `"${kind}" is not one of the kinds listed above (${timeline.kinds.join(', ')})`,
          });
      }
    }),
});

export type SiteSettings = z.infer<typeof siteSchema>;
