/**
 * The site's languages. Italian is the source language: every other locale is translated from it.
 * To add a language, add its code here and create `content/<code>/` (see README, "Translating").
 */
export const locales = ['it', 'en'] as const;

export const sourceLocale = 'it';

export type Locale = string;
