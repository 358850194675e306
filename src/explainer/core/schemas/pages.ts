import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** Frontmatter of a prose page (the article, the method note). */
export const pageSchema = z
  .strictObject({
    title: textSchema,
    /** The standfirst of the article, the summary of the method note: what search results and cards show. */
    description: textSchema.max(220, 'keep the standfirst under 220 characters'),
    eventDate: z.coerce.date().optional(),
    /** When the page was first published; `updated` is its latest change. Both a date and time with its zone. */
    published: z.coerce.date().optional(),
    updated: z.coerce.date(),
  })
  .superRefine((page, ctx) => {
    if (page.published && page.updated < page.published)
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `it is before "published" (${page.published.toISOString()}), and a page is updated only after it is first published`,
        params: { fix: 'set "updated" to the time of its latest change, at or after "published"' },
      });
  });
