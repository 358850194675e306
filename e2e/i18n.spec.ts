/**
 * Adding a language is adding a folder. Proven on temporary copies of the project with one more
 * language, one the project does not have yet (the first free one of a short list), in the three states
 * a translation goes through: only its interface strings; those and the article; every file. Each copy
 * passes the content check, builds, and its pages pass the browser checks (links and CSV files,
 * hreflang, sitemap, axe, no console error) for every language present (axe on the new language's page:
 * on the others it changes only the language switcher, which axe reads there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { localesIn, sourceLocale } from '../src/explainer/content/locales.ts';
import { PORT_BASE } from '../playwright.config.ts';
import { copyProject, PROJECT } from '../scripts/project-copy.ts';
import { serve } from '../scripts/serve.ts';
import { axeViolations } from './axe.ts';
import { watchProblems } from './reader.ts';

/** Languages a copy may add, each with its name and the fallback notice in itself. */
const CANDIDATES = [
  {
    code: 'fr',
    name: 'Français',
    intl: 'fr-FR',
    notice: 'Ce texte n’a pas encore été traduit : vous le lisez dans sa langue d’origine ({source}).',
  },
  {
    code: 'de',
    name: 'Deutsch',
    intl: 'de-DE',
    notice: 'Dieser Text ist noch nicht übersetzt: Sie lesen ihn in der Originalsprache ({source}).',
  },
  {
    code: 'es',
    name: 'Español',
    intl: 'es-ES',
    notice: 'Este texto aún no está traducido: lo lee en su idioma original ({source}).',
  },
];
const PRESENT = localesIn(PROJECT);
const ADDED =
  CANDIDATES.find((c) => !existsSync(join(PROJECT, 'content', c.code))) ??
  (() => {
    throw new Error(`content/ already has ${CANDIDATES.map((c) => c.code).join(', ')}: add a language to CANDIDATES.`);
  })();
const NEW = ADDED.code;
const SOURCE_FILES = readdirSync(join(PROJECT, 'content', sourceLocale));
/** The language the new one is translated from in these copies: any complete translation of the source. */
const FROM =
  PRESENT.find((l) => l !== sourceLocale && SOURCE_FILES.every((f) => existsSync(join(PROJECT, 'content', l, f)))) ??
  sourceLocale;
/** The languages of each copy: the project's, and the new one. */
const LOCALES = [...PRESENT, NEW].toSorted(
  (a, b) => Number(b === sourceLocale) - Number(a === sourceLocale) || a.localeCompare(b),
);

/**
 * The new folder in each state: which files of `content/<FROM>/` it has, besides `ui.yaml`; whether a
 * paragraph of its article and an entry of its glossary are left in the source language; or whether its
 * article is an unchanged copy of the source's (which is no translation).
 */
const STATES: Record<string, { files: string[]; leftUntranslated?: boolean; copyOfSource?: boolean }> = {
  'only ui.yaml': { files: [] },
  'ui.yaml and article.mdx, a paragraph left untranslated': { files: ['article.mdx'], leftUntranslated: true },
  'every file, a paragraph and an entry left untranslated': {
    files: readdirSync(join(PROJECT, 'content', FROM)).filter((f) => f !== 'ui.yaml'),
    leftUntranslated: true,
  },
  'an article that is an unchanged copy of the source': { files: ['article.mdx'], copyOfSource: true },
};

/** The paragraphs of an MDX text that hold figures, by their figures' ids in order. */
const paragraphsByFigures = (text: string) =>
  new Map(
    text
      .split('\n\n')
      .filter((p) => p.includes('<Fig') && !/^[<#-]/.test(p))
      .map((p) => [[...p.matchAll(/<Fig id="([^"]+)"/g)].map((m) => m[1]).join(' '), p] as const),
  );
/** The first entry of a YAML list. */
const firstEntry = (text: string) => /^- id:[\s\S]*?(?=^- id:)/m.exec(text)?.[0] ?? '';

/** A copy of the project with `content/<NEW>/` in `state` (translated from FROM, in name). */
function copyWithNew({ files, leftUntranslated = false, copyOfSource = false }: (typeof STATES)[string]): string {
  const copy = copyProject(mkdtempSync(join(tmpdir(), `site-${NEW}-`)));
  const dir = join(copy, 'content', NEW);
  mkdirSync(dir);
  const ui = readFileSync(join(PROJECT, 'content', FROM, 'ui.yaml'), 'utf8')
    .replace(/^( {2}name: ).*$/m, `$1"${ADDED.name}"`)
    .replace(/^( {2}intl: ).*$/m, `$1"${ADDED.intl}"`)
    .replace(/^( {2}notice: ).*$/m, `$1"${ADDED.notice}"`);
  writeFileSync(join(dir, 'ui.yaml'), ui);
  // The translation, in name: the text of FROM, with its month names in the new language's.
  const months = (code: string) =>
    Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(code, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, m, 1)),
    );
  const from = months(FROM);
  const theirs = months(ADDED.intl);
  const monthPattern = new RegExp(`\\b(${from.join('|')})\\b`, 'g');
  for (const file of files) {
    let text = readFileSync(join(PROJECT, 'content', FROM, file), 'utf8').replace(
      monthPattern,
      (name) => theirs[from.indexOf(name)] ?? name,
    );
    if (file === 'article.mdx') text = text.replace(/^title: "/m, `title: "${ADDED.name}: `);
    const source = readFileSync(join(PROJECT, 'content', sourceLocale, file), 'utf8');
    if (copyOfSource) text = source;
    else if (leftUntranslated && file === 'article.mdx') {
      // One paragraph left as the source has it: the first whose figures both languages share.
      const theirs = paragraphsByFigures(source);
      const [figures, mine] = [...paragraphsByFigures(text)].find(([ids]) => theirs.has(ids)) ?? [];
      if (figures === undefined || mine === undefined) throw new Error(`no paragraph to leave untranslated in ${file}`);
      text = text.replace(mine, theirs.get(figures) ?? mine);
    } else if (leftUntranslated && file === 'glossary.yaml') text = text.replace(firstEntry(text), firstEntry(source));
    writeFileSync(join(dir, file), text);
  }
  return copy;
}

/** Runs a command of the copy with the project's Node; fails the test with its output. */
function run(copy: string, args: string[], what: string) {
  const result = spawnSync(process.execPath, args, {
    cwd: copy,
    env: { ...process.env, OUT_DIR: join(copy, 'dist'), BASE_PATH: '/', SITE_URL: 'https://example.org' },
    encoding: 'utf8',
  });
  expect(result.status, `${what}:\n${result.stdout}\n${result.stderr}`).toBe(0);
}

for (const [index, [state, setup]] of Object.entries(STATES).entries()) {
  test.describe(`a new language (${NEW}) with ${state}`, () => {
    // Three languages, each read whole by axe and its links followed: on two busy cores that takes a while.
    test.describe.configure({ mode: 'serial', timeout: 120_000 });
    const port = PORT_BASE + 10 + index;
    test.use({ baseURL: `http://localhost:${port}/` });
    let copy = '';
    let server: Server | undefined;
    /** The languages whose article is translated: published, with hreflang and in the sitemap. */
    let translated: string[] = [];
    /** The languages whose method note is translated. */
    let withMethod: string[] = [];

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      copy = copyWithNew(setup);
      expect(localesIn(copy)).toEqual(LOCALES);
      // A page that is an unchanged copy of the source's is no translation.
      const squeezed = (l: string, name: string) =>
        readFileSync(join(copy, 'content', l, `${name}.mdx`), 'utf8').replace(/\s+/g, ' ');
      const published = (name: string) =>
        LOCALES.filter(
          (l) =>
            existsSync(join(copy, 'content', l, `${name}.mdx`)) &&
            (l === sourceLocale || squeezed(l, name) !== squeezed(sourceLocale, name)),
        );
      translated = published('article');
      withMethod = published('method');
      run(copy, ['scripts/check-content.ts'], 'the content check of the copy');
      run(copy, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], 'astro build of the copy');
      server = await serve(join(copy, 'dist'), port);
    });

    test.afterAll(async () => {
      await new Promise((done) => (server ? server.close(done) : done(undefined)));
      if (copy) rmSync(copy, { recursive: true, force: true });
    });

    test('every language is built, and only the translated ones are published', async ({ request }) => {
      const alternates = [...translated.map((l) => `${l} https://example.org/${l}/`), 'x-default https://example.org/'];
      for (const path of ['', ...LOCALES.map((l) => `${l}/`)]) {
        const response = await request.get(path);
        expect(response.status(), `/${path}`).toBe(200);
        const html = await response.text();
        const found = [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map((m) => {
          const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
          return `${attribute('hreflang')} ${attribute('href')}`;
        });
        expect(found, `alternates of /${path}`).toEqual(alternates);
      }
      const sitemap = await (await request.get('sitemap.xml')).text();
      // The articles, and the sources pages of the languages whose method note is translated; each chart's
      // own page is listed too, alone (checked over the build in e2e/build/seo.test.ts).
      const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
      expect(locs.filter((loc) => !/\/(charts\/[^/]+|sources)\/$/.test(loc))).toEqual(
        translated.map((l) => `https://example.org/${l}/`),
      );
      expect(locs.filter((loc) => loc.endsWith('/sources/'))).toEqual(
        withMethod.map((l) => `https://example.org/${l}/sources/`),
      );
      // The root chooser offers the translated languages.
      const root = await (await request.get('')).text();
      expect([...root.matchAll(/class="chooser-link" href="[^"]*" hreflang="([^"]*)"/g)].map((m) => m[1])).toEqual(
        translated,
      );
    });

    for (const locale of LOCALES) {
      test(`/${locale}/ is in its language, with the notice if its article is not translated`, async ({ page }) => {
        await page.goto(`${locale}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const isTranslated = translated.includes(locale);
        await expect(page.locator('article.article > .fallback-notice')).toHaveCount(isTranslated ? 0 : 1);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
          'href',
          `https://example.org/${isTranslated ? locale : sourceLocale}/`,
        );
        if (isTranslated) {
          await expect(page.locator('article.article .prose')).not.toHaveAttribute('lang', /./);
          // Text in the source language is marked so, and labelled (a block or an entry left untranslated),
          // or follows the notice (a file not translated yet): none is passed off as translated.
          const unlabelled = await page.locator(`main [lang="${sourceLocale}"]`).evaluateAll((all) =>
            all
              .filter(
                (el) =>
                  !el.closest('.sources') &&
                  // "On this page" names a section in its own language; the section itself carries the mark.
                  !el.closest('nav.contents') &&
                  !el.querySelector('.untranslated-mark') &&
                  !el.nextElementSibling?.matches('.untranslated-mark') &&
                  !el.parentElement?.querySelector(':scope > .fallback-notice') &&
                  !el.closest('.chart-untranslated')?.querySelector(':scope > .untranslated-mark'),
              )
              .map((el) => el.outerHTML.slice(0, 160)),
          );
          expect(unlabelled).toEqual([]);
          return;
        }
        // The interface is the page's language; the article's text is marked as the source language's,
        // and its figures are written as that language writes them; the notice is in the page's language.
        const article = page.locator('article.article');
        await expect(article.locator('h1')).toHaveAttribute('lang', sourceLocale);
        await expect(article.locator('.prose')).toHaveAttribute('lang', sourceLocale);
        expect(
          await article
            .locator(':scope > .fallback-notice')
            .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
        ).toBe(locale);
        const figure = article.locator('.prose [data-figure]').first();
        const id = await figure.getAttribute('data-figure');
        const shown = await figure.textContent();
        if (locale === NEW) {
          // The original language is named in the new one, by Intl.DisplayNames.
          await expect(article.locator(':scope > .fallback-notice')).toHaveText(
            ADDED.notice.replace(
              '{source}',
              new Intl.DisplayNames(ADDED.intl, { type: 'language' }).of(sourceLocale) ?? '',
            ),
          );
        }
        await page.goto(`${sourceLocale}/`);
        await expect(page.locator(`.prose [data-figure="${id}"]`).first()).toHaveText(shown ?? '');
      });

      test(`every link and CSV file of /${locale}/ is there, and the console shows no error`, async ({
        page,
        request,
      }) => {
        const problems = await watchProblems(page);
        await page.goto(`${locale}/`);
        const hrefs = await page
          .locator('a[href]')
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        const own = [...new Set(hrefs.map((h) => h.split('#')[0] ?? h))].filter((h) =>
          h.startsWith(`http://localhost:${port}/`),
        );
        expect(
          own.some((h) => h.endsWith('.csv')),
          `/${locale}/ links its charts' CSV files`,
        ).toBe(true);
        for (const href of own) expect((await request.get(href)).status(), `${href} linked from /${locale}/`).toBe(200);
        expect(await problems(), `/${locale}/`).toEqual([]);
      });
    }

    if (setup.leftUntranslated) {
      test(`on /${NEW}/ what is left in the source language is marked so, labelled, its figures as the source writes them`, async ({
        page,
      }) => {
        const label = (
          parse(readFileSync(join(copy, 'content', NEW, 'ui.yaml'), 'utf8')) as { fallback: { untranslated: string } }
        ).fallback.untranslated;
        await page.goto(`${NEW}/`);
        const left = page.locator(`.prose .untranslated[lang="${sourceLocale}"]`);
        await expect(left).toHaveCount(1);
        const mark = left.locator('xpath=following-sibling::*[1]');
        await expect(mark).toHaveClass(/untranslated-mark/);
        await expect(mark).toHaveText(label);
        await expect(mark).toHaveAttribute('lang', NEW);
        const figures = await left
          .locator('[data-figure]')
          .evaluateAll((all) => all.map((el) => [el.getAttribute('data-figure'), el.textContent] as const));
        expect(figures.length).toBeGreaterThan(0);
        if (setup.files.includes('glossary.yaml')) {
          const entry = page.locator(`.glossary-entry[lang="${sourceLocale}"]`);
          await expect(entry).toHaveCount(1);
          await expect(entry.locator('.untranslated-mark')).toHaveText(label);
        }
        await page.goto(`${sourceLocale}/`);
        for (const [id, text] of figures)
          await expect(page.locator(`.prose [data-figure="${id}"]`).first()).toHaveText(text ?? '');
      });
    }

    // The project's own pages are read whole by a11y.spec.ts; the new language adds only an entry to their
    // language switcher, the same component that axe reads here on the new language’s page.
    test(`on /${NEW}/ axe finds no violation`, async ({ page }) => {
      await page.goto(`${NEW}/`);
      expect(await axeViolations(page), `axe on /${NEW}/`).toEqual([]);
    });
  });
}
