/**
 * The prose pages as the site publishes them: a translation that is an unchanged copy of the source page
 * is no translation (left out, so the page shows the source with the fallback notice, and search engines
 * are not pointed to it). In the others, each block still in the source language is marked by the
 * Markdown processor (`untranslated-plugin.ts`).
 */
import type { ContentEntry, LoadedContent } from '../schemas/content.ts';

const FIELDS = ['title', 'description'] as const;

/** Whether a translated page is its source as it is: the same body and the same title and description. */
export function isCopyOf(page: ContentEntry, source: ContentEntry): boolean {
  const squeeze = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  return (
    squeeze(page.body) === squeeze(source.body) && FIELDS.every((field) => page.data[field] === source.data[field])
  );
}

export function publishedPages(content: LoadedContent): ContentEntry[] {
  const { sourceLocale } = content;
  return content.pages.flatMap((page) => {
    const [locale = '', ...rest] = page.id.split('/');
    if (locale === sourceLocale) return [page];
    const source = content.pages.find((p) => p.id === `${sourceLocale}/${rest.join('/')}`);
    if (!source) return [page];
    return isCopyOf(page, source) ? [] : [page];
  });
}
