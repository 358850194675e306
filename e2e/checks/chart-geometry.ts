/**
 * Does the live chart stand where its image stood? Run in the page, on a `<chart-figure>` once drawn:
 * the image (hidden under the live chart, still loaded) and the live chart's canvases are each painted
 * at the stage's size, on the image's background, and the shapes of each kind found in both:
 * - bars: solid regions of the bars' colours;
 * - words: regions of ink nearer the text's colour than the background (letters' soft edges included,
 *   the bars' edges not), letters `gap` pixels apart joined into one word.
 * Every bar of one picture must have one in the other with every side within `tolerance` pixels; the
 * words are cut on both pictures' ink together, and each word's box must be the same in both, within
 * `tolerance` pixels.
 * A plain function with no test-runner types, for any browser driver; it returns the problems found.
 */
export interface Shape {
  name: string;
  colours: string[];
  /** `solid`: pixels of the colours themselves; `ink`: nearer the colours than the background. */
  kind: 'solid' | 'ink';
  /** Pixels this far apart belong to one shape. */
  gap: number;
  /** Colours whose solid regions, and the pixel around them, are never this shape (bars, for words). */
  not?: string[];
}

export async function liveChartDrift(
  figure: Element,
  { shapes, tolerance = 3 }: { shapes: Shape[]; tolerance?: number },
): Promise<string[]> {
  const stage = figure.querySelector('.chart-stage');
  const img = figure.querySelector('img');
  if (!(stage instanceof HTMLElement) || !(img instanceof HTMLImageElement)) return ['no chart stage or image'];
  if (!img.complete || img.naturalWidth === 0) await img.decode();
  const width = Math.round(stage.clientWidth);
  const height = Math.round(stage.clientHeight);
  const paint = (draw: (ctx: CanvasRenderingContext2D) => void) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    draw(ctx);
    return ctx.getImageData(0, 0, width, height).data;
  };
  const image = paint((ctx) => ctx.drawImage(img, 0, 0, width, height));
  const origin = stage.getBoundingClientRect();
  const live = paint((ctx) => {
    ctx.fillStyle = `rgb(${image[0]} ${image[1]} ${image[2]})`;
    ctx.fillRect(0, 0, width, height);
    for (const canvas of stage.querySelectorAll('.chart-live canvas')) {
      const r = canvas.getBoundingClientRect();
      ctx.drawImage(canvas as HTMLCanvasElement, r.left - origin.left, r.top - origin.top, r.width, r.height);
    }
  });
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const background = [image[0] ?? 0, image[1] ?? 0, image[2] ?? 0];
  type Box = [number, number, number, number];

  const maskOf = (data: Uint8ClampedArray, shape: Shape, inside: Box[] = []) => {
    const targets = shape.colours.map(rgb);
    const distance = (i: number, c: number[]) =>
      Math.abs((data[i * 4] ?? 0) - (c[0] ?? 0)) +
      Math.abs((data[i * 4 + 1] ?? 0) - (c[1] ?? 0)) +
      Math.abs((data[i * 4 + 2] ?? 0) - (c[2] ?? 0));
    const mask = new Uint8Array(width * height);
    const threshold =
      Math.min(...targets.map((c) => c.reduce((sum, v, k) => sum + Math.abs(v - (background[k] ?? 0)), 0))) / 3;
    for (let i = 0; i < width * height; i++) {
      const nearest = Math.min(...targets.map((c) => distance(i, c)));
      // Ink: a third of the way or more from the background towards the colour (soft edges included,
      // the grid's light lines not).
      mask[i] = Number(shape.kind === 'solid' ? nearest < 40 : distance(i, background) > threshold);
    }
    // The edges of the regions of `not` (the bars) are not this shape.
    for (const [l, t, r, b] of inside)
      for (let y = Math.max(0, t - 1); y < Math.min(height, b + 1); y++)
        for (let x = Math.max(0, l - 1); x < Math.min(width, r + 1); x++) mask[y * width + x] = 0;
    return mask;
  };

  /** Bounding boxes of the solid regions of a mask (`all`: of every region), pixels up to `gap` apart joined. */
  const regions = (mask: Uint8Array, shape: Shape, all = false): Box[] => {
    const reach = Math.max(shape.gap, 1);
    const seen = new Uint8Array(width * height);
    const boxes: Box[] = [];
    for (let start = 0; start < mask.length; start++) {
      if (!mask[start] || seen[start]) continue;
      const stack = [start];
      seen[start] = 1;
      let [l, t, r, b, area] = [width, height, 0, 0, 0];
      while (stack.length) {
        const p = stack.pop() ?? 0;
        const x = p % width;
        const y = (p - x) / width;
        area++;
        [l, t, r, b] = [Math.min(l, x), Math.min(t, y), Math.max(r, x + 1), Math.max(b, y + 1)];
        for (let dy = -reach; dy <= reach; dy++)
          for (let dx = -reach; dx <= reach; dx++) {
            const [nx, ny] = [x + dx, y + dy];
            const q = ny * width + nx;
            if (nx >= 0 && ny >= 0 && nx < width && ny < height && mask[q] && !seen[q]) {
              seen[q] = 1;
              stack.push(q);
            }
          }
      }
      const [w, h] = [r - l, b - t];
      // A bar is a solid rectangle; a letter's stray pixel in a bar's colour is not.
      if (all || (w >= 3 && h >= 3 && area >= 0.9 * w * h)) boxes.push([l, t, r, b]);
    }
    return boxes;
  };

  /**
   * Words are compared on the regions of both pictures' ink together, so that both are cut alike: in
   * each region, the box of one picture's ink and the box of the other's must agree within `tolerance`.
   */
  const compareInk = (a: Uint8Array, b: Uint8Array, shape: Shape): string[] => {
    const reach = Math.max(shape.gap, 1);
    const seen = new Uint8Array(width * height);
    const found: string[] = [];
    const empty = (): Box => [width, height, 0, 0];
    const grow = (box: Box, x: number, y: number): Box => [
      Math.min(box[0], x),
      Math.min(box[1], y),
      Math.max(box[2], x + 1),
      Math.max(box[3], y + 1),
    ];
    for (let start = 0; start < a.length; start++) {
      if (!(a[start] || b[start]) || seen[start]) continue;
      const stack = [start];
      seen[start] = 1;
      let [boxA, boxB, count] = [empty(), empty(), 0];
      while (stack.length) {
        const p = stack.pop() ?? 0;
        const x = p % width;
        const y = (p - x) / width;
        count++;
        if (a[p]) boxA = grow(boxA, x, y);
        if (b[p]) boxB = grow(boxB, x, y);
        for (let dy = -reach; dy <= reach; dy++)
          for (let dx = -reach; dx <= reach; dx++) {
            const [nx, ny] = [x + dx, y + dy];
            const q = ny * width + nx;
            if (nx >= 0 && ny >= 0 && nx < width && ny < height && (a[q] || b[q]) && !seen[q]) {
              seen[q] = 1;
              stack.push(q);
            }
          }
      }
      // A speck under 4 pixels wide (a comma's tail, a faint stem) is anti-aliasing, not a word.
      if (Math.max(boxA[2], boxB[2]) - Math.min(boxA[0], boxB[0]) < 4 || count < 6) continue;
      const drift = boxA.map((v, i) => Math.abs(v - (boxB[i] ?? 0)));
      if (Math.max(...drift) > tolerance)
        found.push(
          boxA[2] === 0
            ? `the live chart's ${shape.name} at [${boxB}] is not in the image`
            : boxB[2] === 0
              ? `the image's ${shape.name} at [${boxA}] is not in the live chart`
              : `the ${shape.name} at [${boxA}] in the image is at [${boxB}] in the live chart`,
        );
    }
    return found;
  };

  const problems: string[] = [];
  const near = (a: Box, b: Box) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
  const solids = (data: Uint8ClampedArray, colours: string[] | undefined) => {
    if (!colours) return [];
    const shape: Shape = { name: '', colours, kind: 'solid', gap: 0 };
    return regions(maskOf(data, shape), shape);
  };
  for (const shape of shapes) {
    if (shape.kind === 'ink') {
      // The same bars left out of both pictures, so that both are cut alike.
      const bars = [...solids(image, shape.not), ...solids(live, shape.not)];
      problems.push(...compareInk(maskOf(image, shape, bars), maskOf(live, shape, bars), shape));
      continue;
    }
    // A solid bar of one picture may be less than solid in the other (a thin bar's soft edges).
    const [before, after] = [maskOf(image, shape), maskOf(live, shape)];
    const [was, wasAll] = [regions(before, shape), regions(before, shape, true)];
    const [is, isAll] = [regions(after, shape), regions(after, shape, true)];
    if (was.length === 0) problems.push(`the image has no ${shape.name}`);
    for (const box of was)
      if (!isAll.some((other) => near(box, other)))
        problems.push(`the image's ${shape.name} at [${box}] has no match in the live chart`);
    for (const box of is)
      if (!wasAll.some((other) => near(box, other)))
        problems.push(`the live chart's ${shape.name} at [${box}] has no match in the image`);
  }
  return problems;
}
