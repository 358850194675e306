declare namespace App {
  interface Locals {
    /** The page's language and what it needs (interface strings, figures, lists), set by `src/middleware.ts`. */
    data: import('./explainer/astro/site.ts').LocaleData;
    /**
     * The same for the language of the prose being rendered: the page's, or the source language's while
     * the page is not translated (set by the page). `<Fig>` and `<Chart>` speak it.
     */
    contentData: import('./explainer/astro/site.ts').LocaleData;
    /** Glossary terms already marked in the text, so that only the first use gets the anchor. */
    termUses: Set<string>;
  }
}
