import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locales } from '../../content/locales.ts';
import { directionOf } from './direction.ts';

describe('directionOf', () => {
  it('reads right to left for the languages that are, with or without a region', () => {
    for (const code of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur']) assert.equal(directionOf(code), 'rtl', code);
  });

  it('reads left to right for the others, Latin, CJK and Cyrillic alike', () => {
    for (const code of ['ja', 'zh-Hant', 'ru', 'pt-BR', 'de']) assert.equal(directionOf(code), 'ltr', code);
  });

  it('gives every language of the site a direction', () => {
    for (const code of locales) assert.match(directionOf(code), /^(ltr|rtl)$/);
  });
});
