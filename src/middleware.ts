/**
 * Sets up each page's locale context once, as Starlight does: `Astro.locals.data` is the page's
 * language and what it needs, read by the layout and the components. In `astro dev`, a content
 * problem stops every page with the check's message, shown in the error overlay.
 */
import { getEntry } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { contentError } from './explainer/astro/feed.ts';
import { getLocaleData } from './explainer/astro/site.ts';
import { isLocale, sourceLocale } from './explainer/content/locales.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV) {
    const problems = (await getEntry('problems', 'all'))?.data.messages ?? [];
    if (problems.length > 0) throw contentError(problems);
  }
  // Pages outside a language folder (the root chooser, 404) are in the source language.
  const locale = context.params['locale'];
  context.locals.data = await getLocaleData(isLocale(locale) ? locale : sourceLocale);
  context.locals.contentData = context.locals.data;
  context.locals.termUses = new Set();
  return next();
});
