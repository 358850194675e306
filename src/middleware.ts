/**
 * Sets up each page's locale context once, as Starlight does: `Astro.locals.data` is the page's
 * language and what it needs, read by the layout and the components, and `Astro.locals.contentData` the
 * language its prose is written in. In `astro dev`, a content problem stops every page with the check's
 * message, shown in the error overlay (`getSiteData`).
 */
import { defineMiddleware } from 'astro:middleware';
import { getSiteData } from './explainer/astro/site.ts';

/** The routes that show a prose page of `content/<locale>/`, with its name: the page may be a fallback. */
const PROSE_PAGES: Record<string, string> = { '/[locale]': 'article' };

export const onRequest = defineMiddleware(async (context, next) => {
  // Pages outside a language folder (the root chooser, 404) are in the source language.
  const locale = context.params['locale'];
  const site = await getSiteData();
  const data = site.localeData(site.isLocale(locale) ? locale : site.sourceLocale);
  context.locals.data = data;
  // The prose, and the figures and charts in it, speak the language the page's text is written in.
  const prose = PROSE_PAGES[context.routePattern];
  context.locals.contentData = prose ? site.localeData(data.page(prose).locale) : data;
  context.locals.termUses = new Set();
  return next();
});
