// Types for the parts of the `xliff` package the CAT-tool scripts use (it ships none).
declare module 'xliff/js2xliff' {
  /** Writes XLIFF (2.0 by default) from `{ resources: { file: { unitId: { source, target?, note? } } }, sourceLanguage, targetLanguage }`. */
  export default function js2xliff(
    js: unknown,
    options?: { indent?: string; targetXliffVersion?: string },
  ): Promise<string>;
}
declare module 'xliff/xliff2js' {
  /** Reads XLIFF into the same shape `js2xliff` writes from. */
  export default function xliff2js(xml: string): Promise<unknown>;
}
