/**
 * Draws a chart at build time with the same Chart.js configuration as the browser (`config.ts`) on a
 * Node canvas (@napi-rs/canvas): an SVG whose text is outlines, or a PNG at twice the size. Text is
 * set in the charts' fonts (`font.ts`: Roboto, and for the letters it lacks Noto Sans Arabic or JP),
 * shipped by @fontsource, so the result depends neither on the fonts of the machine that builds it nor
 * on those of the reader; the live chart loads the same fonts (`live-font.ts`).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BasicPlatform } from 'chart.js';
import { Chart } from '../core/charts/chart-js.ts';
import { drawingText } from '../core/charts/drawing-text.ts';
import {
  chartFamily,
  chartFonts,
  chartSubsets,
  chartWeights,
  facesFor,
  faceFile,
  familyFor,
} from '../core/charts/font.ts';
import { chartConfig } from '../core/charts/config.ts';
import { isRtl } from '../core/charts/direction.ts';
import { narrow, panelBox, wide, type Layout } from '../core/charts/layout.ts';
import { drawnWhole, Outlines, outlineText, type TextCall } from './outlines.ts';
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

const registered = new Set<string>();

/** The family list of a drawing, each font it needs registered with the canvas once. */
function familyOf(drawing: Drawing): string {
  const text = drawingText(drawing);
  for (const face of facesFor(text)) {
    if (face.font === chartFonts[0]) continue;
    for (const weight of chartWeights) {
      const file = faceFile(face, weight);
      if (registered.has(file)) continue;
      registered.add(file);
      GlobalFonts.registerFromPath(require.resolve(`${face.font.package}/files/${file}`), face.font.family);
    }
  }
  const family = familyFor(text);
  const others = machineFonts(text, family);
  if (others.length > 0)
    throw new Error(
      `The canvas set part of a chart's words in ${others.join(', ')}, a font of this machine, not a chart font: "${text}". Fix: add the font that covers them to the list in src/explainer/core/charts/font.ts.`,
    );
  return family;
}

/** The fonts, other than the charts' own, in which the canvas sets `text` in the family list `family`. */
export function machineFonts(text: string, family: string): string[] {
  const used = new Set<string>();
  for (const weight of chartWeights) {
    const canvas = createCanvas(1, 1, SvgExportFlag.NoPrettyXML);
    const ctx = canvas.getContext('2d');
    ctx.font = `${weight} 12px ${family}`;
    ctx.fillText(text, 0, 0);
    for (const [, name = ''] of canvas
      .getContent()
      .toString('utf8')
      .matchAll(/font-family="([^"]*)"/g))
      used.add(name);
  }
  // A face may name its weight after the family ("Noto Sans JP Thin").
  return [...used].filter((name) => !chartFonts.some((font) => name.startsWith(font.family)));
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
  const theme = themeOf(options.scheme, familyOf(drawing));
  const horizontal = options.layout === 'narrow' && drawing.panels.length === 1;
  const n = drawing.panels.length;
  drawing.panels.forEach((panel, i) => {
    // Right to left, the first panel is the rightmost.
    const box = panelBox(isRtl(drawing) ? n - 1 - i : i, n, width);
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
  const { bg } = themeOf(options.scheme, chartFamily);
  const outlines = new Outlines(measuringFont);
  const parts: string[] = [];
  panels(drawing, options, 1, (x, w, draw) => {
    const canvas = createCanvas(Math.round(w), height, SvgExportFlag.NoPrettyXML);
    const ctx = canvas.getContext('2d');
    const whole = takeTexts(ctx, outlines);
    const chart = draw(ctx);
    const svg = canvas.getContent().toString('utf8');
    // Destroying a chart clears its canvas: only once the drawing is taken.
    chart.destroy();
    const inner = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>'));
    // Texts drawn whole go over the rest, as labels are drawn over bars and grid.
    parts.push(`<g transform="translate(${Math.round(x)} 0)">${outlineText(inner, outlines)}${whole.join('')}</g>`);
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${outlines.defs()}<rect width="100%" height="100%" fill="${bg}"/>${parts.join('')}</svg>\n`
  );
}

/**
 * Keeps from the canvas's SVG the texts it would cut into runs of one font each, with their letters
 * reshaped and reordered (`drawnWhole`): those are taken from the chart's own calls instead, as
 * outlines (`Outlines.call`), in the returned list.
 */
function takeTexts(ctx: SKRSContext2D, outlines: Outlines): string[] {
  const taken: string[] = [];
  const own = { fill: ctx.fillText.bind(ctx), stroke: ctx.strokeText.bind(ctx) };
  const take = (op: 'fill' | 'stroke') => (text: string, x: number, y: number, maxWidth?: number) => {
    if (!drawnWhole(text, ctx.direction)) {
      if (maxWidth === undefined) own[op](text, x, y);
      else own[op](text, x, y, maxWidth);
      return;
    }
    const m = ctx.getTransform();
    if (m.a !== 1 || m.b !== 0 || m.c !== 0 || m.d !== 1)
      throw new Error(`A chart text is scaled or turned ("${text}"): outlines are placed, not transformed.`);
    const paint =
      op === 'fill'
        ? `fill="${String(ctx.fillStyle)}"`
        : `fill="none" stroke="${String(ctx.strokeStyle)}" stroke-width="${ctx.lineWidth}" stroke-linejoin="${ctx.lineJoin}"`;
    const call: TextCall = {
      text,
      font: ctx.font,
      align: ctx.textAlign,
      baseline: ctx.textBaseline,
      direction: ctx.direction,
      x: x + m.e,
      y: y + m.f,
      paint,
    };
    taken.push(outlines.call(call));
  };
  ctx.fillText = take('fill');
  ctx.strokeText = take('stroke');
  return taken;
}

/** The chart as a PNG at twice its size in CSS pixels. */
export function renderPng(drawing: Drawing, options: ImageOptions): Buffer {
  const { width, height } = imageSize(options.layout);
  const scale = 2;
  const canvas = createCanvas(width * scale, height * scale);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = themeOf(options.scheme, chartFamily).bg;
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
