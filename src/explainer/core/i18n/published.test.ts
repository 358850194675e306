import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentEntry, LoadedContent } from '../schemas/content.ts';
import { publishedPages } from './published.ts';

const page = (id: string, body: string, title = 'Los números'): ContentEntry => ({
  id,
  filePath: `content/${id}.mdx`,
  line: 1,
  body,
  data: { title, description: 'Una descripción.' },
});

describe('publishedPages', () => {
  const source = page('es/article', '\n\nLos ingresos casi se triplicaron.\n');
  const content = (pages: ContentEntry[]) => ({ sourceLocale: 'es', pages }) as unknown as LoadedContent;

  it('leaves out a translation that is an unchanged copy of the source, spaces aside', () => {
    const copy = page('de/article', '\nLos ingresos casi se triplicaron.\n\n');
    assert.deepEqual(
      publishedPages(content([source, copy])).map((p) => p.id),
      ['es/article'],
    );
  });

  it('keeps a translation that changed anything, even only its title', () => {
    const retitled = page('de/article', source.body ?? '', 'Die Zahlen');
    assert.deepEqual(
      publishedPages(content([source, retitled])).map((p) => p.id),
      ['es/article', 'de/article'],
    );
  });
});
