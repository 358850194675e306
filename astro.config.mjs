// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { localesIn, sourceLocaleIn } from './src/explainer/content/locales.ts';
import { missingPartPlugin } from './src/explainer/astro/missing-part-vite.ts';
import { newLanguageNotice } from './src/explainer/astro/new-language-notice.ts';
import { typesetPlugin } from './src/explainer/astro/typeset-plugin.ts';
import { untranslatedPlugin } from './src/explainer/astro/untranslated-plugin.ts';
import { hosting } from './scripts/hosting.ts';
import { resolveOrigin } from './scripts/origin.ts';

/**
 * `SITE_URL` (e.g. https://example.org) and `BASE_PATH` (e.g. /zoom-explainer/) are read at build time,
 * so one build serves from a domain root or from a sub-path of any static host. scripts/origin.ts
 * decides the origin (and stops a build on a CI or host without SITE_URL); scripts/hosting.ts says
 * which, and writes `_headers` for the base path.
 */
const origin = resolveOrigin(process.env);
const site = origin.site;
const base = process.env.BASE_PATH || '/';
const outDir = process.env.OUT_DIR || './dist';
// Read here, not imported as constants: Astro evaluates this file again when `astro dev` restarts for a new
// language folder (src/explainer/astro/new-language-notice.ts), but not the modules it imports, which Node keeps.
const locales = localesIn(process.cwd());
const sourceLocale = sourceLocaleIn(process.cwd());

export default defineConfig({
  site,
  base,
  outDir,
  // The content store lives with the project, not in node_modules: two checkouts that share one
  // node_modules (the tests' temporary copies of the project) never read each other's content.
  cacheDir: './.astro/cache/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...locales],
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The prose gets the non-breaking spaces its language's typography wants (src/explainer/core/typography.ts), from
  // Astro's Markdown processor, which renders the MDX too; and a translation's text still in the source
  // language is marked (src/explainer/astro/untranslated-plugin.ts).
  // No code in the prose, so no syntax highlighting (whose inline styles the CSP would refuse).
  markdown: { processor: satteri({ mdastPlugins: [typesetPlugin, untranslatedPlugin] }), syntaxHighlight: false },
  // A translated page shorter than the source's is published with the source's missing part after it,
  // marked as not translated (src/explainer/content/missing-part.ts).
  vite: { plugins: [missingPartPlugin(sourceLocale)] },
  integrations: [mdx(), hosting({ origin, locales, env: process.env }), newLanguageNotice(locales)],
  security: {
    // A Content-Security-Policy <meta> in every page: Astro lists the hash of each script and style it
    // bundles or inlines, so nothing else can run. Inline scripts must therefore be Astro-processed
    // <script> tags (hashed), never `is:inline`. JSON-LD is data, not script: CSP leaves it alone.
    // Directives that only work as a header (frame-ancestors) are in _headers (scripts/headers.ts). connect-src
    // 'self' lets tools fetch the site's own files from the page (Lighthouse reads robots.txt so).
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        // The charts' font, self-hosted, loaded by the live chart (src/explainer/browser/live-font.ts).
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
