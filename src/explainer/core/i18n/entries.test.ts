import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedEntries, isText, isUnchangedCopy, untranslatedEntries } from './entries.ts';

const source = `- id: revenue\n  term: "fatturato"\n  definition: "I ricavi delle vendite."\n- id: gaap\n  term: "GAAP"\n  definition: "Le regole contabili americane."\n`;

describe('entries', () => {
  it('calls a file an unchanged copy whatever its Checked line and spacing', () => {
    assert.ok(isUnchangedCopy(`# Checked against the source: 2026-11-27\n${source}\n`, source));
    assert.ok(!isUnchangedCopy(source.replace('I ricavi', 'The revenue'), source));
  });

  it('tells text from codes and names', () => {
    assert.ok(isText('I ricavi delle vendite.'));
    assert.ok(!isText('GAAP'));
    assert.ok(!isText('it-IT'));
    assert.ok(!isText('{fig:revenue-q1-fy2021}'));
  });

  it('finds the entries of a list, and the strings of a map, still in the source language', () => {
    const half = source.replace('I ricavi delle vendite.', 'Sales income.');
    assert.deepEqual(untranslatedEntries('glossary.yaml', half, source), ['gaap']);
    assert.deepEqual(
      untranslatedEntries(
        'ui.yaml',
        'nav:\n  toc: "In questa pagina"\n  skip: "Skip"\n',
        'nav:\n  toc: "In questa pagina"\n  skip: "Vai al contenuto"\n',
      ),
      ['nav.toc'],
    );
    assert.deepEqual(untranslatedEntries('article.mdx', source, source), []);
  });

  it('lists the entries of a source file that changed, were added or removed', () => {
    const after = `${source.replace('americane', 'statunitensi').replace(/- id: revenue[\s\S]*?(?=- id: gaap)/, '')}- id: eps\n  term: "EPS"\n`;
    assert.deepEqual(changedEntries('glossary.yaml', source, after), {
      changed: ['gaap'],
      added: ['eps'],
      removed: ['revenue'],
    });
    assert.equal(changedEntries('article.mdx', source, after), undefined);
  });
});
