declare namespace App {
  interface Locals {
    /** The locale of the prose being rendered: the page's, or the source locale when not yet translated. */
    contentLocale: string;
    /** Glossary terms already marked in the text, so that only the first use gets the anchor. */
    termUses: Set<string>;
  }
}
