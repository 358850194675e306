import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { locales } from '../../src/explainer/content/locales.ts';
import { typeset } from '../../src/explainer/core/typography.ts';
import { BUILDS } from '../builds.ts';

/**
 * The prose that writers and translators type with ordinary spaces reaches the page with the spaces its
 * language's typography wants ("2 giugno", « … »): every text of every `.prose` block, on every page
 * that has one, is already as `typeset` would make it, in the language the text is written in (its
 * nearest `lang`).
 */
it('the prose of every page has the spaces of its language’s typography', () => {
  const [{ dir }] = BUILDS;
  const pages = locales.flatMap((locale) => [`${locale}/index.html`, `${locale}/sources/index.html`]);
  const wrong: string[] = [];
  let texts = 0;
  for (const page of pages.filter((p) => existsSync(join(dir, p)))) {
    const document = parse(readFileSync(join(dir, page), 'utf8'));
    const pageLang = (querySelectorAll(document, 'html')[0] as { attributes: Record<string, string> }).attributes[
      'lang'
    ];
    for (const block of querySelectorAll(document, '.prose')) {
      // Each text in its own language: a block still in the source language carries the source's `lang`.
      const walk = (node: Node, lang: string) => {
        if (node.type === TEXT_NODE) {
          texts++;
          if (typeset(node.value, lang) !== node.value)
            wrong.push(`${page} (${lang}): "${node.value.trim().slice(0, 80)}"`);
        } else if (node.type === ELEMENT_NODE && !['code', 'pre', 'script', 'style'].includes(node.name)) {
          for (const child of node.children ?? []) walk(child, node.attributes['lang'] ?? lang);
        }
      };
      walk(block, pageLang ?? '');
    }
  }
  assert.ok(texts > 100, `only ${texts} texts of prose found`);
  assert.deepEqual(wrong, []);
});
