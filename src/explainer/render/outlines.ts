/**
 * Text as outlines, so that a chart image looks the same whatever fonts the reader has: each `<text>` of
 * the canvas's SVG becomes a group of `<use>`, one per letter, of the letter's outline in the chart font,
 * drawn once in `<defs>`. Letters sit where the font's advances and kerning put them (the width of the
 * text up to each letter, as the canvas measures it), so the result is the canvas's own layout. Each
 * group keeps the text's paint (fill, halo stroke) and carries `class="t"`, the text in `data-t` and
 * its size in `data-size`, so that a test can find every text's box and size in the rendered image.
 */
import { createCanvas, type SKRSContext2D, SvgExportFlag } from '@napi-rs/canvas';
import { covers, faceOf, isFirstFontOnly, isShaped, nameLetter, uncovered } from '../core/charts/font.ts';

/**
 * A text the chart drew that the canvas's own SVG would not keep whole: in a font other than the first,
 * or right to left. Taken as the chart drew it, where it drew it, with its paint as SVG attributes.
 */
export interface TextCall {
  text: string;
  /** The canvas's font: "700 12px Roboto, 'Noto Sans Arabic'". */
  font: string;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
  direction: CanvasDirection;
  /** The anchor, in the image's pixels. */
  x: number;
  y: number;
  paint: string;
}

/** Whether a text is drawn from its call (`TextCall`) rather than from the canvas's SVG. */
export const drawnWhole = (text: string, direction: CanvasDirection): boolean =>
  direction === 'rtl' || !isFirstFontOnly(text);

const missing = (char: string, family: string) =>
  new Error(
    `The chart fonts (${family}, src/explainer/core/charts/font.ts) have no letter ${nameLetter(char)}. Fix: write the text without it, or add a @fontsource font, or a subset, that covers it to the list in src/explainer/core/charts/font.ts.`,
  );

/** Outlines are stored in tenths of a pixel, as whole numbers: small, and exact to 0.05 px. */
const precision = 10;

export class Outlines {
  readonly #ids = new Map<string, string>();
  readonly #defs: string[] = [];
  readonly #measure: SKRSContext2D = createCanvas(1, 1).getContext('2d');

  readonly family: string;

  constructor(family: string) {
    this.family = family;
  }

  /** The id of a letter's outline in `<defs>`, drawing it the first time. */
  #glyph(char: string, font: string): string {
    const key = `${font}\u0000${char}`;
    const known = this.#ids.get(key);
    if (known) return known;
    const canvas = createCanvas(64, 64, SvgExportFlag.ConvertTextToPaths);
    const ctx = canvas.getContext('2d');
    ctx.font = font;
    ctx.fillText(char, 0, 0);
    const d = /<path[^>]* d="([^"]*)"/.exec(canvas.getContent().toString('utf8'))?.[1];
    // The canvas would draw a letter the font lacks in another font of the machine: not in a chart.
    if (d === undefined || !covers(char)) throw missing(char, this.family);
    const id = `g${this.#ids.size.toString(36)}`;
    this.#ids.set(key, id);
    this.#defs.push(`<path id="${id}" transform="scale(${1 / precision})" d="${compactPath(d)}"/>`);
    return id;
  }

  /** One `<text …>words</text>` of the canvas's SVG as a group of outlines. */
  text(attributes: string, words: string): string {
    const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(attributes)?.[1];
    const size = Number(attr('font-size') ?? 10);
    const weight = attr('font-weight') ?? '400';
    const x = Number((attr('x') ?? '0').split(',')[0]);
    const y = Number((attr('y') ?? '0').split(',')[0]);
    const font = `${weight} ${size}px ${this.family}`;
    this.#measure.font = font;
    const text = fromXml(words);
    const uses: string[] = [];
    let at = 0;
    for (const char of text) {
      if (char.trim() !== '') {
        const dx = x + this.#measure.measureText(text.slice(0, at)).width;
        uses.push(`<use href="#${this.#glyph(char, font)}" x="${round(dx)}" y="${round(y)}"/>`);
      }
      at += char.length;
    }
    const paint = attributes
      .replaceAll(/ (font-[a-z]+|x|y)="[^"]*"/g, '')
      .replace(/^<text/, '')
      .trim();
    return `<g class="t" data-t="${toXml(text)}" data-size="${size}" ${paint}>${uses.join('')}</g>`;
  }

  /**
   * A text from its call: a text with letters that join and reorder (Arabic), or any text right to
   * left, is one outline, as the canvas shapes and orders it; any other is a letter at a time, each in
   * the font that covers it, placed at the width of the text before it.
   */
  call(call: TextCall): string {
    const [char] = uncovered(call.text);
    if (char !== undefined) throw missing(char, this.family);
    const size = Number(/([\d.]+)px/.exec(call.font)?.[1] ?? 10);
    const weight = /\b(bold|[5-9]00)\b/.test(call.font) ? '700' : '400';
    const group = (uses: string) =>
      `<g class="t" data-t="${toXml(call.text)}" data-size="${size}" ${call.paint}>${uses}</g>`;
    if (isShaped(call.text) || call.direction === 'rtl') {
      const key = [call.font, call.align, call.baseline, call.direction, call.text].join('\u0000');
      let id = this.#ids.get(key);
      if (!id) {
        const canvas = createCanvas(64, 64, SvgExportFlag.ConvertTextToPaths);
        const ctx = canvas.getContext('2d');
        Object.assign(ctx, { font: call.font, textAlign: call.align, textBaseline: call.baseline });
        ctx.direction = call.direction;
        ctx.fillText(call.text, 0, 0);
        const d = [
          ...canvas
            .getContent()
            .toString('utf8')
            .matchAll(/<path[^>]* d="([^"]*)"/g),
        ]
          .map((m) => m[1])
          .join('');
        id = `g${this.#ids.size.toString(36)}`;
        this.#ids.set(key, id);
        this.#defs.push(`<path id="${id}" transform="scale(${1 / precision})" d="${compactPath(d)}"/>`);
      }
      return group(`<use href="#${id}" x="${round(call.x)}" y="${round(call.y)}"/>`);
    }
    this.#measure.font = call.font;
    this.#measure.direction = 'ltr';
    const width = this.#measure.measureText(call.text).width;
    const left = call.align === 'center' ? call.x - width / 2 : /right|end/.test(call.align) ? call.x - width : call.x;
    // The letters' outlines stand on their baseline: the anchor's line moved to it.
    this.#measure.textBaseline = call.baseline;
    const baseline = call.y - this.#measure.measureText(call.text).alphabeticBaseline;
    const uses: string[] = [];
    let at = 0;
    for (const letter of call.text) {
      const family = faceOf(letter)?.font.family ?? this.family;
      if (letter.trim() !== '') {
        const dx = left + this.#measure.measureText(call.text.slice(0, at)).width;
        const font = `${weight} ${size}px '${family}'`;
        uses.push(`<use href="#${this.#glyph(letter, font)}" x="${round(dx)}" y="${round(baseline)}"/>`);
      }
      at += letter.length;
    }
    this.#measure.textBaseline = 'alphabetic';
    return group(uses.join(''));
  }

  /** Every outline drawn so far. */
  defs(): string {
    return this.#defs.length ? `<defs>${this.#defs.join('')}</defs>` : '';
  }
}

/** Replaces each `<text>` of an SVG document's body with its outlines; returns the body and the defs. */
export function outlineText(body: string, outlines: Outlines): string {
  return body.replaceAll(/<text([^>]*)>([^<]*)<\/text>/g, (_, attributes: string, words: string) =>
    outlines.text(attributes, words),
  );
}

const round = (n: number) => String(Math.round(n * 100) / 100);

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const fromXml = (text: string) => text.replaceAll(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e);
const toXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * An absolute path (M, L, Q, C, Z, as the canvas writes outlines) in whole tenths of a pixel, relative
 * after the first point: each point is rounded first, so that the errors do not add up along the path.
 */
export function compactPath(d: string): string {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  let out = '';
  let command = '';
  let cx = 0;
  let cy = 0;
  let start: [number, number] = [0, 0];
  let first = true;
  let i = 0;
  const num = () => Math.round(Number(tokens[i++]) * precision);
  const join = (values: number[]) => values.map((v, k) => (k === 0 || v < 0 ? String(v) : ` ${v}`)).join('');
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      i++;
      if (command === 'Z' || command === 'z') {
        out += 'z';
        [cx, cy] = start;
        continue;
      }
    }
    const arity = { M: 1, L: 1, Q: 2, C: 3 }[command.toUpperCase()];
    if (arity === undefined || command !== command.toUpperCase())
      throw new Error(`Unexpected path command "${command}" in a letter's outline: ${d.slice(0, 80)}`);
    const points: number[] = [];
    for (let k = 0; k < arity; k++) {
      const px = num();
      const py = num();
      points.push(px - cx, py - cy);
      if (k === arity - 1) [cx, cy] = [px, py];
    }
    const letter = first ? 'M' : command.toLowerCase();
    first = false;
    if (command === 'M') start = [cx, cy];
    out += letter + join(points);
  }
  return out;
}
