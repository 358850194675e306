import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent, projectRoot } from '../../content/load.ts';
import { localesIn, sourceLocaleIn } from '../../content/locales.ts';
import { createSiteData, siteInputOf } from './site.ts';

const { content } = loadContent();
const input = siteInputOf(content);

describe('the site data, made from the loaded content', () => {
  it('is made when the settings load', () => {
    assert.ok(input);
  });

  const site = input && createSiteData(input);

  it('has the languages the Node entry reads from the disk, the source language first', () => {
    assert.ok(site);
    assert.deepEqual(site.locales, localesIn(projectRoot));
    assert.equal(site.sourceLocale, sourceLocaleIn(projectRoot));
    assert.equal(site.locales[0], site.sourceLocale);
    assert.ok(site.locales.every((code) => site.isLocale(code)));
    assert.equal(site.isLocale(`${site.sourceLocale}-not-a-language`), false);
  });

  it('each language has its data once, and the chart pages are those with their own chart words', () => {
    assert.ok(site);
    for (const locale of site.locales) {
      const data = site.localeData(locale);
      assert.equal(site.localeData(locale), data);
      assert.equal(data.locale, locale);
      assert.equal(site.chartLocales().includes(locale), data.list('charts').locale === locale);
    }
    assert.ok(site.chartLocales().includes(site.sourceLocale));
    assert.equal(site.chartLocales(), site.chartLocales());
  });

  it('has every figure the loader resolved, derived ones too', () => {
    assert.ok(site);
    assert.deepEqual([...site.figures.keys()], [...content.figures.keys()]);
  });
});
