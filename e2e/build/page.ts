import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TEXT_NODE, type ElementNode } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';

/** A built HTML file, parsed, with the few queries the tests over `dist/` need. */
export function readPage(dir: string, file: string) {
  const document = parse(readFileSync(join(dir, file), 'utf8'));
  const all = (selector: string) => querySelectorAll(document, selector) as ElementNode[];
  const one = (selector: string) => (querySelector(document, selector) as ElementNode | undefined) ?? undefined;
  const text = (node: ElementNode | undefined): string =>
    (node?.children ?? [])
      .map((child) => (child.type === TEXT_NODE ? child.value : text(child as ElementNode)))
      .join('');
  return {
    all,
    one,
    text,
    attr: (selector: string, name: string) => one(selector)?.attributes[name],
    meta: (key: string) =>
      one(`meta[name="${key}"]`)?.attributes['content'] ?? one(`meta[property="${key}"]`)?.attributes['content'],
  };
}
