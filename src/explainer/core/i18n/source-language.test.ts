/**
 * The identifier on fixed texts in two languages the site does not use (Spanish as the source, German as
 * the translation), so that no language of content/ decides the result.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainText, sourceShare } from './source-language.ts';

const SOURCE = 'es';
const TARGET = 'de';
const spanish = 'Los ingresos de la empresa casi se triplicaron durante el primer trimestre del año fiscal.';
const german = 'Der Umsatz des Unternehmens hat sich im ersten Quartal des Geschäftsjahres fast verdreifacht.';

describe('sourceShare', () => {
  it('finds a text identical to a source text, tags and placeholders aside', () => {
    const sources = new Set([plainText(`Los <Term id="x">ingresos</Term> fueron {fig:a}, casi el triple.`)]);
    assert.deepEqual(
      sourceShare('Los <Term id="x">ingresos</Term> fueron {fig:a}, casi el triple.', SOURCE, TARGET, sources),
      {
        untranslated: true,
        mostly: true,
      },
    );
  });

  it('reads a text changed from the source but still in its language', () => {
    assert.deepEqual(sourceShare(spanish, SOURCE, TARGET), { untranslated: true, mostly: true });
  });

  it('leaves a translation alone, and a text in a third language', () => {
    assert.deepEqual(sourceShare(german, SOURCE, TARGET), { untranslated: false, mostly: false });
    const english = 'Revenue nearly tripled in the first quarter of the fiscal year.';
    assert.deepEqual(sourceShare(english, SOURCE, TARGET), { untranslated: false, mostly: false });
  });

  it('finds the sentence left in the source language in a paragraph half translated', () => {
    const half = `${german} Las previsiones para el año entero se duplicaron.`;
    assert.deepEqual(sourceShare(half, SOURCE, TARGET), { untranslated: true, mostly: false });
    assert.deepEqual(sourceShare(`${spanish} ${german.slice(0, 40)}.`, SOURCE, TARGET).mostly, true);
  });

  it('takes a short heading identical to the source’s, not one made only of names and acronyms', () => {
    const sources = new Set(['Los clientes', 'GAAP', 'Zoom']);
    assert.equal(sourceShare('Los clientes', SOURCE, TARGET, sources).untranslated, true);
    assert.equal(sourceShare('GAAP', SOURCE, TARGET, sources).untranslated, false);
  });

  it('never counts a text as untranslated between two variants of one language', () => {
    assert.equal(sourceShare(spanish, 'es', 'es-MX').untranslated, false);
  });

  it('counts words also where a script puts no spaces between them', () => {
    // Japanese, read as such: not the source language, whatever its length.
    assert.equal(sourceShare('第1四半期の売上高はほぼ3倍になった。', SOURCE, 'ja').untranslated, false);
  });
});
