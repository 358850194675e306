/**
 * A translated page shorter than its source loses nothing: the source's part it has not reached is
 * found by sections, published after it, marked as the source language, and typeset as the source
 * language writes it. Over every translated page of `content/`, cut at a heading and inside a section.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { satteri } from '@astrojs/markdown-satteri';
import { loadContent, projectRoot } from '../content/load.ts';
import { typesetPlugin } from '../astro/typeset-plugin.ts';
import { typeset } from '../core/typography.ts';
import { mdxBlocks } from '../core/i18n/mdx-blocks.ts';
import { missingPart, sourcePathOf } from '../core/i18n/missing-part.ts';
import { publishedText } from './missing-part.ts';
import { publishedModule } from '../astro/missing-part-vite.ts';
import { headingKey, sourceLanguageHeadings } from './untranslated-lines.ts';
import { untranslatedPlugin } from '../astro/untranslated-plugin.ts';

const { content } = loadContent();
const S = content.sourceLocale;
const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Each translated page with its source page, both bodies with their frontmatter blanked. */
const pairs = content.pages.flatMap((page) => {
  const [locale = '', ...rest] = page.id.split('/');
  const source = content.pages.find((p) => p.id === `${S}/${rest.join('/')}`);
  return locale === S || !source ? [] : [{ page, source }];
});
const headingsOf = (body: string) => mdxBlocks(body).filter((b) => b.kind === 'heading');
const words = (text: string) => text.replace(/^#+\s*/, '').trim();
/** The body's lines before `line` (1-based), and nothing after. */
const cutAt = (body: string, line: number) =>
  `${body
    .split('\n')
    .slice(0, line - 1)
    .join('\n')}\n`;

describe('the part of the source a shorter translation lacks', () => {
  it('is read from the source file beside the translation, the path relative or absolute', () => {
    assert.equal(sourcePathOf('content/qaa/article.mdx', S), `content/${S}/article.mdx`);
    assert.equal(sourcePathOf('/site/content/qaa/article.mdx', S), `/site/content/${S}/article.mdx`);
    assert.equal(sourcePathOf('/site/src/qaa/article.mdx', S), '/site/src/qaa/article.mdx');
  });

  it('has translated pages to try', () => assert.ok(pairs.length > 0));

  for (const { page, source } of pairs) {
    const body = page.body ?? '';
    const sourceBody = source.body ?? '';
    const mine = headingsOf(body);
    const theirs = headingsOf(sourceBody);
    it(`${page.filePath} as it is: none, when it answers every section`, () => {
      if (mine.length === theirs.length) assert.equal(missingPart(body, sourceBody), undefined);
    });

    const keep = Math.max(1, Math.floor(mine.length / 2));
    const at = mine[keep];
    if (!at || mine.length !== theirs.length) continue;
    it(`${page.filePath} cut before its heading at line ${at.line}: the source's sections from there on`, () => {
      const part = missingPart(cutAt(body, at.line), sourceBody);
      assert.ok(part);
      assert.deepEqual(
        part.headings,
        theirs.slice(keep).map((h) => words(h.text)),
      );
      assert.equal(part.line, theirs[keep]?.line);
      assert.equal(part.within, undefined);
      assert.ok(part.text.startsWith(`${theirs[keep]?.prefix ?? ''}${theirs[keep]?.text}`));
    });

    it(`${page.filePath} cut inside a section: the rest of that section, named by its source heading`, () => {
      const inside = mdxBlocks(body).find((b) => b.line > at.line && b.kind === 'paragraph');
      const next = mine[keep + 1];
      assert.ok(inside);
      // The section's heading and first paragraph kept, the rest of the page cut.
      const end = mdxBlocks(body).find((b) => b.line > inside.line);
      if (!end || (next && end.line >= next.line && end.kind === 'heading')) return;
      const part = missingPart(cutAt(body, end.line), sourceBody);
      assert.ok(part);
      assert.equal(part.within, words(theirs[keep]?.text ?? ''));
      assert.deepEqual(
        part.headings,
        theirs.slice(keep + 1).map((h) => words(h.text)),
      );
    });
  }
});

describe('the published page', () => {
  const sample = 'Davvero ? Sì : no';
  /** A language not in the site whose typography writes the sample differently from the source's. */
  const other = ['fr', 'fr-CA', 'fr-CH'].find(
    (l) => !content.locales.includes(l) && typeset(sample, l) !== typeset(sample, S),
  );

  it(`gives the source's missing part after the translation, marked as the source language and typeset as it`, async () => {
    assert.ok(other, 'a language whose typography differs from the source language’s');
    const pair = pairs.find(
      ({ page, source }) =>
        headingsOf(page.body ?? '').length === headingsOf(source.body ?? '').length &&
        headingsOf(page.body ?? '').length > 1,
    );
    assert.ok(pair, 'a translated page with its sections');
    const name = pair.page.filePath.split('/').at(-1) ?? '';
    const mine = headingsOf(pair.page.body ?? '');
    const theirs = headingsOf(pair.source.body ?? '');
    const keep = Math.max(1, Math.floor(mine.length / 2));
    // The source's first paragraph after the cut gets a space before "?" and ":", which typographies treat apart.
    const tailParagraph = mdxBlocks(pair.source.body ?? '').find(
      (b) => b.kind === 'paragraph' && b.line > (theirs[keep]?.line ?? 0) && !b.text.includes('<'),
    );
    assert.ok(tailParagraph, 'a plain paragraph in the part cut');
    const sourceText = readFileSync(join(projectRoot, pair.source.filePath), 'utf8').replace(
      tailParagraph.text,
      `${sample}. ${tailParagraph.text}`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'missing-part-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'content', S), { recursive: true });
    mkdirSync(join(dir, 'content', other), { recursive: true });
    writeFileSync(join(dir, 'content', S, name), sourceText);
    const cut = readFileSync(join(projectRoot, pair.page.filePath), 'utf8')
      .split('\n')
      .slice(0, (mine[keep]?.line ?? 0) - 1)
      .join('\n');
    const path = join(dir, 'content', other, name);
    writeFileSync(path, cut);

    const published = publishedText(path, S);
    assert.ok(published !== undefined, 'a page with its source’s missing part');
    // What the MDX compiler is given, through the Vite plugin of astro.config.mjs.
    const watched: string[] = [];
    assert.equal(
      publishedModule(`${path}?astroPropagatedAssets`, S, (file) => watched.push(file)),
      published,
    );
    assert.deepEqual(watched, [join(dir, 'content', S, name)]);
    assert.ok(published.startsWith(cut.trimEnd()), 'the translation first, as it is');
    const processor = satteri({ mdastPlugins: [typesetPlugin, untranslatedPlugin] });
    assert.ok(processor.createMdxRenderer);
    const renderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
    const { code } = await renderer.process(
      published.replace(/^---\n[\s\S]*?\n---\n/, (f) => f.replace(/[^\n]/g, '')),
      path,
      {},
    );
    const js = (text: string) =>
      JSON.stringify(text)
        .slice(1, -1)
        .replace(/\u00A0/g, '\\xA0')
        .replace(/\u202F/g, '\\u202F');
    for (const heading of theirs.slice(keep)) {
      // A space may have become a no-break one, written escaped in the compiled code.
      const text = words(heading.text)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/ /g, '(?: |\\\\xA0|\\\\u202F)');
      assert.match(
        code,
        new RegExp(`children: _jsx\\(Untranslated, \\{\\s*lang: "${S}",\\s*children: "${text}`, 'u'),
        words(heading.text),
      );
    }
    // The table of contents marks the same headings, however their spaces were typeset.
    assert.deepEqual(
      [...sourceLanguageHeadings(path, other, S)],
      theirs.slice(keep).map((h) => headingKey(typeset(words(h.text), S))),
    );
    // Typography follows the text's language: the source's, not the page's.
    assert.ok(code.includes(js(typeset(sample, S))), `${typeset(sample, S)} as ${S} writes it`);
    assert.ok(!code.includes(js(typeset(sample, other))), `not as ${other} writes it`);
  });
});
