/**
 * Splits an MDX page into its frontmatter (the fields between the two `---` lines at the top) and its
 * body, keeping line numbers, and reports a frontmatter that is missing, unclosed or not valid YAML.
 */
import type { Problem } from './problem.ts';
import { parseYaml, type YamlDoc } from './yaml-doc.ts';

export interface MdxPage {
  frontmatter: YamlDoc | undefined;
  /** The whole text with the frontmatter blanked, so that positions in it are positions in the file. */
  body: string;
  problems: Problem[];
}

export function splitMdx(text: string, file: string): MdxPage {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      frontmatter: undefined,
      body: text,
      problems: [
        {
          file,
          line: 1,
          message: 'the page does not start with its frontmatter.',
          fix: 'make the first line "---", then the fields (title, updated…), then a line "---", as in the source language\'s file.',
        },
      ],
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) {
    return {
      frontmatter: undefined,
      body: '',
      problems: [
        {
          file,
          line: 1,
          message: 'the frontmatter opened by "---" on line 1 is never closed.',
          fix: 'add a line with only "---" after the last field (e.g. after "updated: …").',
        },
      ],
    };
  }
  const frontmatter = parseYaml(lines.slice(1, close).join('\n'), file, 2);
  const body = lines.map((line, i) => (i <= close ? '' : line)).join('\n');
  return { frontmatter, body, problems: frontmatter.problem ? [frontmatter.problem] : [] };
}
