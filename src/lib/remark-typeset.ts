/**
 * A remark plugin that gives the prose of `content/<locale>/*.mdx` the spaces its language's typography
 * wants (see typography.ts): writers and translators type ordinary spaces, the page gets the
 * non-breaking ones ("2 giugno", « … », French "Sources :").
 */
import { typeset } from './typography.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** The locale of a content file, from its folder: `content/fr/article.mdx` → "fr". */
export function localeOfPath(path: string | undefined): string | undefined {
  return /(?:^|[\\/])content[\\/]([a-z]{2,3}(?:-[A-Za-z0-9]+)*)[\\/][^\\/]+\.mdx?$/.exec(path ?? '')?.[1];
}

export function typesetTree(node: MdNode, locale: string): void {
  if (node.type === 'text' && typeof node.value === 'string') node.value = typeset(node.value, locale);
  for (const child of node.children ?? []) typesetTree(child, locale);
}

export default function remarkTypeset() {
  return (tree: MdNode, file: { path?: string }) => {
    const locale = localeOfPath(file.path);
    if (locale) typesetTree(tree, locale);
  };
}
