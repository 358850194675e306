import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { locales, sourceLocale } from '../../src/explainer/content/locales.ts';
import { BUILDS } from '../builds.ts';
import { readPage } from './page.ts';

/**
 * What search engines and social networks read, over the built files of each build (as Astro's own
 * tests read built HTML): canonical and hreflang links, the sitemap, robots.txt, the social-card tags
 * and images, and the JSON-LD. Paths are compared without the origin, which the build's SITE_URL sets.
 */
const published = locales.filter((locale) => existsSync(`content/${locale}/article.mdx`));
/** The languages whose method note is translated: their sources page is indexed. */
const withMethod = locales.filter((locale) => existsSync(`content/${locale}/method.mdx`));
const path = (href: string | undefined) => new URL(href ?? '', 'http://x').pathname;
/** Width and height of a PNG file. */
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG', `${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

for (const { name, dir, base } of BUILDS) {
  const alternates = Object.fromEntries([...published.map((l) => [l, `${base}${l}/`]), ['x-default', base]]);

  describe(`the ${name} build (${base})`, () => {
    /** The social-card image of a page: its URL under the base, and a 1200×630 PNG in the build. */
    const checkCard = (page: ReturnType<typeof readPage>, where: string) => {
      const image = path(page.meta('og:image'));
      assert.match(image, new RegExp(`^${base}og/[a-z-]+\\.png$`), `${where} og:image`);
      assert.deepEqual(pngSize(join(dir, image.slice(base.length))), [1200, 630]);
      assert.equal(page.meta('twitter:card'), 'summary_large_image', where);
      assert.ok(page.meta('og:image:alt'), `${where} og:image:alt`);
    };
    const hreflangs = (page: ReturnType<typeof readPage>) =>
      Object.fromEntries(
        page.all('link[rel="alternate"][hreflang]').map((l) => [l.attributes['hreflang'], path(l.attributes['href'])]),
      );

    for (const locale of published) {
      it(`/${locale}/ has its language, canonical, alternates (x-default: the root), card and JSON-LD`, () => {
        const page = readPage(dir, `${locale}/index.html`);
        assert.equal(page.attr('html', 'lang'), locale);
        assert.equal(page.all('h1').length, 1);
        assert.equal(path(page.attr('link[rel="canonical"]', 'href')), `${base}${locale}/`);
        assert.deepEqual(hreflangs(page), alternates);
        assert.ok(page.meta('description'));
        assert.equal(page.meta('og:title'), page.text(page.one('title')));
        checkCard(page, `/${locale}/`);
        const jsonLd = JSON.parse(page.text(page.one('script[type="application/ld+json"]')));
        assert.equal(jsonLd['@type'], 'NewsArticle');
        assert.equal(jsonLd.inLanguage, locale);
        assert.equal(jsonLd.headline, page.text(page.one('h1')).trim());
        assert.ok(jsonLd.publisher?.name);
        assert.deepEqual(jsonLd.author, {
          '@type': 'Organization',
          name: jsonLd.publisher.name,
          url: jsonLd.publisher.url,
        });
        // First publication and latest change, apart, each a date and time with its zone.
        for (const field of ['datePublished', 'dateModified']) {
          assert.match(
            jsonLd[field],
            /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
            `${field} "${jsonLd[field]}"`,
          );
        }
        assert.ok(
          Date.parse(jsonLd.datePublished) < Date.parse(jsonLd.dateModified),
          'datePublished is before dateModified',
        );
      });
    }

    it('each sources page has its canonical, its alternates (x-default: the source language’s) and a description', () => {
      const sourcesAlternates = Object.fromEntries([
        ...withMethod.map((l) => [l, `${base}${l}/sources/`]),
        ['x-default', `${base}${sourceLocale}/sources/`],
      ]);
      for (const locale of locales) {
        const page = readPage(dir, `${locale}/sources/index.html`);
        assert.equal(page.attr('html', 'lang'), locale);
        assert.equal(page.all('h1').length, 1);
        const own = withMethod.includes(locale) ? locale : sourceLocale;
        assert.equal(path(page.attr('link[rel="canonical"]', 'href')), `${base}${own}/sources/`, `/${locale}/sources/`);
        assert.deepEqual(hreflangs(page), sourcesAlternates, `/${locale}/sources/`);
        assert.ok(page.meta('description'), `/${locale}/sources/ description`);
        checkCard(page, `/${locale}/sources/`);
      }
    });

    it('the root chooser has every language, the social card, and is its own x-default', () => {
      const page = readPage(dir, 'index.html');
      assert.equal(path(page.attr('link[rel="canonical"]', 'href')), base);
      assert.deepEqual(hreflangs(page), alternates);
      checkCard(page, 'the root');
      for (const locale of published) {
        const ui = readFileSync(`content/${locale}/ui.yaml`, 'utf8');
        const siteName = /^site:\n {2}name: "(.*)"$/m.exec(ui)?.[1] ?? '';
        assert.ok(
          page.text(page.one('title')).includes(siteName),
          `the title names the site in ${locale}: "${siteName}"`,
        );
        assert.equal(
          page.all(`section[lang="${locale}"] a[hreflang="${locale}"]`).length,
          1,
          `a link to /${locale}/ in its language`,
        );
      }
    });

    it('the 404 page is not indexed and speaks every language, each marked with its own', () => {
      const page = readPage(dir, '404.html');
      assert.equal(page.meta('robots'), 'noindex');
      assert.deepEqual(
        page
          .all('main section')
          .map((s) => s.attributes['lang'])
          .sort(),
        [...locales].sort(),
      );
      assert.equal(page.attr('html', 'lang'), sourceLocale);
    });

    it('the sitemap lists each published language’s article and sources page with their alternates, and every chart page alone; robots.txt points to it', () => {
      const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path(m[1]));
      const isChartPage = (loc: string) =>
        loc.startsWith(base) && /^[^/]+\/charts\/[^/]+\/$/.test(loc.slice(base.length));
      const isSourcesPage = (loc: string) => loc.startsWith(base) && /^[^/]+\/sources\/$/.test(loc.slice(base.length));
      assert.deepEqual(
        locs.filter((loc) => !isChartPage(loc) && !isSourcesPage(loc)),
        published.map((l) => `${base}${l}/`),
      );
      assert.deepEqual(
        locs.filter(isSourcesPage),
        withMethod.map((l) => `${base}${l}/sources/`),
      );
      // Every chart page built is listed, and every one listed is built.
      const built = locales.flatMap((locale) =>
        existsSync(join(dir, locale, 'charts'))
          ? readdirSync(join(dir, locale, 'charts')).map((id) => `${base}${locale}/charts/${id}/`)
          : [],
      );
      assert.ok(built.length > 0, 'the build has chart pages');
      assert.deepEqual(locs.filter(isChartPage).sort(), built.sort());
      const links = [...sitemap.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], path(m[2])]);
      const sourcesAlternates = [
        ...withMethod.map((l) => [l, `${base}${l}/sources/`]),
        ['x-default', `${base}${sourceLocale}/sources/`],
      ];
      assert.deepEqual(links, [
        ...published.flatMap(() => Object.entries(alternates)),
        ...withMethod.flatMap(() => sourcesAlternates),
      ]);
      const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
      assert.match(robots, new RegExp(`^Sitemap: https?://[^\\s/]+${base}sitemap\\.xml$`, 'm'));
    });
  });
}
