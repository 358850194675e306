/**
 * Draws a chart at build time with the same Chart.js configuration as the browser (`config.ts`) on a
 * Node canvas (@napi-rs/canvas): an SVG whose text stays text, or a PNG at twice the size. Text is
 * measured with Roboto, shipped by @fontsource/roboto, so the result does not depend on the fonts of
 * the machine; the SVG then names the page's font stack, which Roboto's metrics approximate.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BasicPlatform } from 'chart.js';
import { Chart } from './chart-js.ts';
import { chartConfig } from './config.ts';
import { narrow, panelBox, wide, type Layout } from './layout.ts';
import { fontStack, themeOf } from './palette.ts';
import type { Drawing } from './types.ts';

const measuringFont = 'Roboto';
const require = createRequire(join(process.cwd(), 'package.json'));
for (const weight of [400, 700]) {
  GlobalFonts.registerFromPath(
    require.resolve(`@fontsource/roboto/files/roboto-latin-${weight}-normal.woff2`),
    measuringFont,
  );
}

export interface ImageOptions {
  layout: Layout;
  scheme: 'light' | 'dark';
}

/** The size of a chart's image in CSS pixels. */
export function imageSize(layout: Layout): { width: number; height: number } {
  return layout === 'wide' ? wide : narrow;
}

/** Draws each panel, at `scale` device pixels per CSS pixel: `paint` gives it a context and places it at `x`. */
function panels(
  drawing: Drawing,
  options: ImageOptions,
  scale: number,
  paint: (x: number, width: number, draw: (ctx: SKRSContext2D) => Chart) => void,
) {
  const { width } = imageSize(options.layout);
  const theme = themeOf(options.scheme, measuringFont);
  const horizontal = options.layout === 'narrow' && drawing.panels.length === 1;
  drawing.panels.forEach((panel, i) => {
    const box = panelBox(i, drawing.panels.length, width);
    paint(box.x, box.width, (ctx) => {
      const config = chartConfig(drawing, panel, { horizontal, theme: () => theme, animation: false });
      config.options = { ...config.options, devicePixelRatio: scale };
      return new Chart(ctx as unknown as CanvasRenderingContext2D, { ...config, platform: BasicPlatform });
    });
  });
}

/** The chart as an SVG document, text as `<text>` in the page's fonts, on the theme's background. */
export function renderSvg(drawing: Drawing, options: ImageOptions): string {
  const { width, height } = imageSize(options.layout);
  const { bg } = themeOf(options.scheme, measuringFont);
  const parts: string[] = [];
  panels(drawing, options, 1, (x, w, draw) => {
    const canvas = createCanvas(Math.round(w), height, SvgExportFlag.NoPrettyXML);
    const chart = draw(canvas.getContext('2d'));
    const svg = canvas.getContent().toString('utf8');
    // Destroying a chart clears its canvas: only once the drawing is taken.
    chart.destroy();
    const inner = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'));
    parts.push(`<g transform="translate(${Math.round(x)} 0)">${inner}</g>`);
  });
  const family = fontStack.replaceAll("'", '&apos;');
  return (
    (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="100%" height="100%" fill="${bg}"/>${parts.join('')}</svg>\n`
    )
      .replaceAll(/font-family="[^"]*"/g, `font-family="${family}"`)
      // Each glyph placed where Roboto puts it would space another font's letters oddly: keep the first,
      // and write the words of a line as one run, so the browser spaces them in whatever font it has.
      .replaceAll(/ ([xy])="(-?[\d.]+),[^"]*"/g, ' $1="$2"')
      .replaceAll(/<text [^>]*x=""[^>]*><\/text>/g, '')
      .replaceAll(
        /(<text ([^>]*) x="[^"]*"( y="[^"]*")>[^<]*)<\/text>(?:<text \2 x="[^"]*"\3>([^<]*)<\/text>)+/g,
        (run) => mergeRun(run),
      )
  );
}

/** The chart as a PNG at twice its size in CSS pixels. */
export function renderPng(drawing: Drawing, options: ImageOptions): Buffer {
  const { width, height } = imageSize(options.layout);
  const scale = 2;
  const canvas = createCanvas(width * scale, height * scale);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = themeOf(options.scheme, measuringFont).bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  panels(drawing, options, scale, (x, w, draw) => {
    // Chart.js takes its size from the canvas and, at a device pixel ratio of 2, doubles the canvas.
    const panel = createCanvas(Math.round(w), height);
    const chart = draw(panel.getContext('2d'));
    ctx.drawImage(panel, Math.round(x * scale), 0);
    chart.destroy();
  });
  return canvas.toBuffer('image/png');
}

/** One `<text>` for consecutive words of one line: the first's attributes, the words joined by spaces. */
function mergeRun(run: string): string {
  const words = [...run.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]);
  return `${run.slice(0, run.indexOf('>') + 1)}${words.join(' ')}</text>`;
}
