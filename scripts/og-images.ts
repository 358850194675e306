// Renders the social card of each language (1200×630 PNG) from its article's headline and standfirst,
// into public/og/<locale>.png. Run it after changing a headline: `npm run og`.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { locales } from '../src/explainer/content/locales.ts';
import { findChromium, isPlaywrightChromium } from './browser.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

const path = findChromium();
const browser = await chromium.launch({
  ...(path && !isPlaywrightChromium(path) ? { executablePath: path } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
mkdirSync('public/og', { recursive: true });

for (const locale of locales) {
  // Not translated yet: its pages use the source language's card.
  if (!existsSync(`content/${locale}/article.mdx`)) continue;
  // The content check has read these files already (npm run check): here only the three texts are needed.
  const front = parse(readFileSync(`content/${locale}/article.mdx`, 'utf8').split(/^---$/m)[1] ?? '') as {
    title: string;
  };
  const ui = parse(readFileSync(`content/${locale}/ui.yaml`, 'utf8')) as {
    article: { kicker: string };
    site: { name: string };
  };
  await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0">
  <div style="box-sizing:border-box;width:1200px;height:630px;padding:72px 80px;display:flex;flex-direction:column;justify-content:space-between;
    background:#fdfcf9;color:#1b1d22;border-top:24px solid #1c4e9a;font-family:'DejaVu Sans','Liberation Sans',sans-serif">
    <div style="font-size:28px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:#1c4e9a">${escapeHtml(ui.article.kicker)}</div>
    <div style="font-size:60px;line-height:1.12;font-weight:700;font-family:'DejaVu Serif','Liberation Serif',serif">${escapeHtml(front.title)}</div>
    <div style="font-size:28px;line-height:1.35;color:#4f5561">${escapeHtml(ui.site.name)}</div>
  </div></body></html>`);
  await page.screenshot({ path: `public/og/${locale}.png` });
  console.log(`public/og/${locale}.png`);
}
await browser.close();
