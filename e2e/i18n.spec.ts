/**
 * Adding a language is one line of configuration and a `content/<locale>/` folder; until its pages are
 * translated, they fall back to the source language with a notice in the reader's language, and the
 * language is left out of hreflang and the sitemap. Proven on a temporary copy of the project with a
 * third locale, French, that has only its interface strings.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { PORT_BASE } from '../playwright.config.ts';
import { serve } from '../scripts/serve.ts';

const PROJECT = join(import.meta.dirname, '..');
const PORT = PORT_BASE + 10;
/** Not copied: installed or generated, or history. `node_modules` is linked instead. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'dist', 'dist-sub', 'dist-audit', 'test-results', 'playwright-report', 'blob-report']);
const FR_NOTICE = 'Ce texte n’a pas encore été traduit : vous le lisez dans sa langue d’origine ({source}).';

let copy = '';
let server: Server | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://localhost:${PORT}/` });

test.beforeAll(async () => {
  // Runs in the root project only (playwright.config.ts): the copy is the same whatever the host.
  test.setTimeout(120_000);
  copy = mkdtempSync(join(tmpdir(), 'site-fr-'));
  cpSync(PROJECT, copy, { recursive: true, filter: (path) => !SKIP.has(relative(PROJECT, path).split(sep)[0] ?? '') });
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // The one line of configuration.
  const config = join(copy, 'src/i18n/config.ts');
  const before = readFileSync(config, 'utf8');
  const after = before.replace(/(export const locales = \[[^\]]*)\]/, "$1, 'fr']");
  expect(after, 'src/i18n/config.ts lists the locales in one line').not.toBe(before);
  writeFileSync(config, after);

  // The folder, with only the interface strings.
  mkdirSync(join(copy, 'content/fr'));
  const ui = readFileSync(join(copy, 'content/en/ui.yaml'), 'utf8')
    .replace(/^( {2}name: ).*$/m, '$1"Français"')
    .replace(/^( {2}intl: ).*$/m, '$1"fr-FR"')
    .replace(/^( {2}notice: ).*$/m, `$1"${FR_NOTICE}"`);
  writeFileSync(join(copy, 'content/fr/ui.yaml'), ui);

  const build = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    env: { ...process.env, OUT_DIR: join(copy, 'dist'), BASE_PATH: '/', SITE_URL: 'https://example.org' },
    encoding: 'utf8',
  });
  expect(build.status, `astro build of the copy with a French locale:\n${build.stdout}\n${build.stderr}`).toBe(0);
  server = await serve(join(copy, 'dist'), PORT);
});

test.afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const italian = () => {
  const text = readFileSync(join(PROJECT, 'content/it/article.mdx'), 'utf8');
  return parse(text.split(/^---$/m)[1] ?? '') as { title: string };
};

test('/fr/ shows the Italian article, with the notice in French', async ({ page }) => {
  const response = await page.goto('fr/');
  expect(response?.status()).toBe(200);
  // The page's interface is French; the article's text in it is marked as Italian, the notice as French.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const article = page.locator('article.article');
  await expect(article.locator('h1')).toHaveAttribute('lang', 'it');
  await expect(article.locator('.prose')).toHaveAttribute('lang', 'it');
  await expect(article.locator('.fallback-notice').first()).not.toHaveAttribute('lang', /./);
  expect(await article.locator('.fallback-notice').first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('fr');
  await expect(article.locator('h1')).toHaveText(italian().title);
  // Figures in the Italian text are written the Italian way.
  await expect(article.locator('.prose [data-figure="revenue-q1-fy2021"]').first()).toHaveText('328,2 milioni di dollari');
  // The original language is named in French, by Intl.DisplayNames: no grammar of language names needed.
  const notice = FR_NOTICE.replace('{source}', 'italien');
  await expect(article.locator('.fallback-notice').first()).toHaveText(notice);
  // Its canonical page is the original.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/it/');
});

test('hreflang on every page lists only the translated languages', async ({ request }) => {
  // Read as served, without JavaScript: the root page sends browsers on to their language.
  for (const path of ['', 'it/', 'en/', 'fr/']) {
    const html = await (await request.get(path)).text();
    const alternates = [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map((m) => {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[0])?.[1];
      return `${attribute('hreflang')} ${attribute('href')}`;
    });
    expect(alternates, `alternates of /${path}`).toEqual(['it https://example.org/it/', 'en https://example.org/en/', 'x-default https://example.org/']);
  }
});

test('the sitemap lists only the translated languages', async ({ request }) => {
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://example.org/it/</loc>');
  expect(sitemap).toContain('<loc>https://example.org/en/</loc>');
  expect(sitemap).not.toContain('/fr/');
  expect(sitemap).not.toContain('hreflang="fr"');
});

test('the Italian and English pages are as before: their own language, no notice', async ({ page }) => {
  for (const locale of ['it', 'en']) {
    await page.goto(`${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // No text is marked as another language, but for the source titles, which keep their own.
    await expect(page.locator('main [lang]:not(.sources [lang])')).toHaveCount(0);
    await expect(page.locator('.fallback-notice')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.org/${locale}/`);
  }
});
