/**
 * Draws a chart at build time with the same Chart.js configuration as the browser (`config.ts`) on a
 * Node canvas (@napi-rs/canvas): an SVG whose text is outlines, or a PNG at twice the size. Text is
 * set in Roboto, shipped by @fontsource/roboto, so the result depends neither on the fonts of the
 * machine that builds it nor on those of the reader; the live chart loads the same font (`live.ts`).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BasicPlatform } from 'chart.js';
import { Chart } from '../core/charts/chart-js.ts';
import { chartFamily, chartSubsets, chartWeights } from '../core/charts/font.ts';
import { chartConfig } from '../core/charts/config.ts';
import { narrow, panelBox, wide, type Layout } from '../core/charts/layout.ts';
import { Outlines, outlineText } from './outlines.ts';
import { themeOf } from '../core/charts/palette.ts';
import type { Drawing } from '../core/charts/types.ts';

const measuringFont = chartFamily;
const require = createRequire(join(process.cwd(), 'package.json'));
for (const subset of chartSubsets)
  for (const weight of chartWeights)
    GlobalFonts.registerFromPath(
      require.resolve(`@fontsource/roboto/files/roboto-${subset}-${weight}-normal.woff2`),
      measuringFont,
    );

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

/**
 * The chart as an SVG document on the theme's background, its text as outlines of the chart font
 * (`outlines.ts`): the same picture in every browser, whatever fonts the reader has.
 */
export function renderSvg(drawing: Drawing, options: ImageOptions): string {
  const { width, height } = imageSize(options.layout);
  const { bg } = themeOf(options.scheme, measuringFont);
  const outlines = new Outlines(measuringFont);
  const parts: string[] = [];
  panels(drawing, options, 1, (x, w, draw) => {
    const canvas = createCanvas(Math.round(w), height, SvgExportFlag.NoPrettyXML);
    const chart = draw(canvas.getContext('2d'));
    const svg = canvas.getContent().toString('utf8');
    // Destroying a chart clears its canvas: only once the drawing is taken.
    chart.destroy();
    const inner = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'));
    parts.push(`<g transform="translate(${Math.round(x)} 0)">${outlineText(inner, outlines)}</g>`);
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${outlines.defs()}<rect width="100%" height="100%" fill="${bg}"/>${parts.join('')}</svg>\n`
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
