/**
 * Splits the body of an MDX page into the blocks a reader reads and a translator translates: headings,
 * paragraphs and list items, each with the part to translate (after "## " or "- ") and where it stands.
 * Lines that hold only a component (`<Chart id="…" />`), imports and exports are structure, not text.
 */

export type BlockKind = 'heading' | 'paragraph' | 'item';

export interface Block {
  kind: BlockKind;
  /** The markup before the text, kept as it is: "## ", "- ", "1. ", "> " or "". */
  prefix: string;
  /** The text to translate; a paragraph's lines are joined by "\n" as in the file. */
  text: string;
  /** 1-based line of the block in the file. */
  line: number;
  /** Offset of `text` in the body, and its length, so that it can be replaced in place. */
  offset: number;
  length: number;
}

const STRUCTURE = /^\s*(?:<[A-Z][\w.]*\b[^<>]*\/>\s*|(?:import|export)\s.*|\{\/\*.*\*\/\}\s*)$/;
const HEADING = /^(#{1,6}\s+)/;
const ITEM = /^(\s*(?:[-*+]|\d+\.)\s+)/;
const QUOTE = /^(>\s?)/;

/** The blocks of `body` (an MDX text whose frontmatter may be blanked, keeping its lines). */
export function mdxBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.split('\n');
  let offset = 0;
  let paragraph: Block | undefined;
  let fence = false;
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence || /^\s*(```|~~~)/.test(line) || line.trim() === '' || STRUCTURE.test(line)) {
      paragraph = undefined;
      return;
    }
    const marker = HEADING.exec(line) ?? ITEM.exec(line) ?? (paragraph ? null : QUOTE.exec(line));
    if (marker || !paragraph) {
      const prefix = marker?.[1] ?? '';
      const kind: BlockKind = HEADING.test(line) ? 'heading' : ITEM.test(line) ? 'item' : 'paragraph';
      const block = {
        kind,
        prefix,
        text: line.slice(prefix.length),
        line: i + 1,
        offset: start + prefix.length,
        length: line.length - prefix.length,
      };
      blocks.push(block);
      paragraph = kind === 'heading' ? undefined : block;
      return;
    }
    // A continuation line of the paragraph or item above.
    paragraph.text += `\n${line}`;
    paragraph.length = start + line.length - paragraph.offset;
  });
  return blocks;
}

/** What identifies a block across languages: its component tags and their ids, in order. */
export function signature(text: string): string {
  return [...text.matchAll(/<(Fig|Chart|Term)\b[^>]*\bid\s*=\s*["']([^"']*)["']/g)]
    .map((m) => `${m[1]}:${m[2]}`)
    .join(' ');
}
