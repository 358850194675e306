import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listParts } from './list-parts.ts';

const render = (locale: string, items: string[]) =>
  listParts(locale, items)
    .map((part) => ('item' in part ? `[${part.item}]` : part.text))
    .join('');

test('listParts puts each language’s words between the items, and keeps the items as they are', () => {
  assert.equal(render('it-IT', ['Reuters', 'Zoom', 'CNBC']), '[Reuters], [Zoom] e [CNBC]');
  assert.equal(render('en-GB', ['Reuters', 'Zoom', 'CNBC']), '[Reuters], [Zoom] and [CNBC]');
  assert.equal(render('fr-FR', ['Reuters', 'Zoom']), '[Reuters] et [Zoom]');
  assert.equal(render('en-GB', ['Reuters']), '[Reuters]');
});

test('listParts keeps items that are not strings, such as objects to render as links', () => {
  const items = [{ href: '#a' }, { href: '#b' }];
  const parts = listParts('en-GB', items);
  assert.deepEqual(
    parts.filter((part) => 'item' in part).map((part) => ('item' in part ? part.item : null)),
    items,
  );
});
