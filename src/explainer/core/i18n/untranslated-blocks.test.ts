import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { untranslatedBlocks, untranslatedTally } from './untranslated-blocks.ts';

const langs = { source: 'es', target: 'de' };
const sourcePage = [
  '---',
  'title: "Los números"',
  '---',
  '',
  '## Los números del trimestre',
  '',
  'Los ingresos fueron <Fig id="revenue" />, casi el triple que un año antes.',
  '',
  '- Los clientes con más de diez empleados crecieron mucho.',
  '',
].join('\n');

describe('untranslatedBlocks', () => {
  it('finds the heading, paragraph and list item left as in the source, with their lines', () => {
    const page = sourcePage.replace(
      'Los ingresos fueron <Fig id="revenue" />, casi el triple que un año antes.',
      'Der Umsatz betrug <Fig id="revenue" />, fast das Dreifache des Vorjahres.',
    );
    const found = untranslatedBlocks(page, sourcePage, langs).map((b) => `${b.kind}:${b.line}`);
    assert.deepEqual(found, ['heading:5', 'item:9']);
  });
});

describe('untranslatedTally', () => {
  it('counts the blocks of a page', () => {
    const tally = untranslatedTally('article.mdx', sourcePage, sourcePage, langs);
    assert.deepEqual(tally, {
      unit: 'blocks',
      total: 3,
      items: ['heading at line 5', 'paragraph at line 7', 'list item at line 9'],
    });
  });

  it('counts the entries of a list by id, and no entry for codes equal to the source’s', () => {
    const source =
      '- id: a\n  term: "Flujo de caja libre"\n  sources: [wire-report]\n- id: b\n  term: "Beneficio por acción"\n';
    const mine =
      '- id: a\n  term: "Freier Cashflow"\n  sources: [wire-report]\n- id: b\n  term: "Beneficio por acción"\n';
    assert.deepEqual(untranslatedTally('glossary.yaml', mine, source, langs), {
      unit: 'entries',
      total: 2,
      items: ['b'],
    });
  });

  it('counts the interface strings by key, ICU patterns read by their words', () => {
    const source =
      'footer:\n  about: "Un sitio estático e independiente."\nunits:\n  ratio: "{n, plural, one {# vez} other {# veces}}"\n';
    const mine =
      'footer:\n  about: "Un sitio estático e independiente."\nunits:\n  ratio: "{n, plural, one {# Mal} other {# Mal}}"\n';
    assert.deepEqual(untranslatedTally('ui.yaml', mine, source, langs), {
      unit: 'strings',
      total: 2,
      items: ['footer.about'],
    });
  });
});

describe('untranslatedTally of a translation shorter than its source', () => {
  it('counts the source blocks it has not reached as still in the source language', () => {
    const translated = sourcePage
      .replace('Los números del trimestre', 'Die Zahlen des Quartals')
      .split('\n')
      .slice(0, 6)
      .join('\n');
    const tally = untranslatedTally('article.mdx', translated, sourcePage, langs);
    assert.deepEqual(tally.items, [
      'paragraph at line 7 of the source, not in the translation yet',
      'paragraph at line 9 of the source, not in the translation yet',
    ]);
    assert.equal(tally.total, 3);
  });
});
