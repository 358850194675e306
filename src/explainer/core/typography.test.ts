import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NBSP, NNBSP, typeset, typesetStrings } from './typography.ts';

describe('typeset', () => {
  it('keeps a number with the word or sign after it', () => {
    assert.equal(typeset('328,2 milioni di dollari', 'it-IT'), `328,2${NBSP}milioni di dollari`);
    assert.equal(typeset('$328.2 million', 'en-GB'), `$328.2${NBSP}million`);
    assert.equal(typeset('entro 30 giorni', 'it-IT'), `entro 30${NBSP}giorni`);
    assert.equal(typeset('2 giugno 2020', 'it-IT'), `2${NBSP}giugno 2020`);
    assert.equal(typeset('1° marzo 2021', 'it-IT'), `1°${NBSP}marzo 2021`);
    assert.equal(typeset('169 %', 'fr-FR'), `169${NBSP}%`);
  });

  it('leaves a space between words, and one before a number, as it is', () => {
    assert.equal(typeset('circa 300 milioni', 'it-IT'), `circa 300${NBSP}milioni`);
    assert.equal(typeset('giugno 2020', 'it-IT'), 'giugno 2020');
    assert.equal(
      typeset('Q1 FY2021 e H.323 standard, E2EE attiva', 'it-IT'),
      'Q1 FY2021 e H.323 standard, E2EE attiva',
    );
    assert.equal(typeset('1,775–1,800 miliardi', 'it-IT'), `1,775–1,800${NBSP}miliardi`);
  });

  it('leaves the space after a number that ends a clause, and changes nothing the second time', () => {
    assert.equal(typeset('Il 2 giugno 2020, a Borsa chiusa', 'it-IT'), `Il 2${NBSP}giugno 2020, a Borsa chiusa`);
    assert.equal(typeset('in 2020. Then', 'en-GB'), 'in 2020. Then');
    for (const [text, locale] of [
      ['ad aprile 2020, le settimane', 'it-IT'],
      ['il 31 gennaio e 1.000 volte « circa »', 'it-IT'],
      ['Sources : 265 400 clients ; 169 %', 'fr-FR'],
    ] as const) {
      const once = typeset(text, locale);
      assert.equal(typeset(once, locale), once, `"${text}"`);
    }
  });

  it('keeps the spaces inside « » in every language', () => {
    assert.equal(typeset('« quasi triplicato »', 'it-IT'), `«${NBSP}quasi triplicato${NBSP}»`);
    assert.equal(typeset('«quasi triplicato»', 'it-IT'), '«quasi triplicato»');
  });

  it('puts the French spaces before high punctuation, and only in French', () => {
    assert.equal(
      typeset('Sources : Zoom ; Reuters ! Vraiment ?', 'fr-FR'),
      `Sources${NBSP}: Zoom${NNBSP}; Reuters${NNBSP}! Vraiment${NNBSP}?`,
    );
    assert.equal(typeset('Sources: Zoom', 'fr-FR'), 'Sources: Zoom');
    assert.equal(typeset('Fonti : Zoom ?', 'it-IT'), 'Fonti : Zoom ?');
  });
});

describe('typesetStrings', () => {
  it('typesets every string of a nested object, and leaves other values', () => {
    const ui = { sources: { label: 'Sources :' }, n: 3, list: ['« oui »'] };
    assert.deepEqual(typesetStrings(ui, 'fr-FR'), {
      sources: { label: `Sources${NBSP}:` },
      n: 3,
      list: [`«${NBSP}oui${NBSP}»`],
    });
  });
});
