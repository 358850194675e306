/**
 * Checks of a chart image (an SVG drawn by src/explainer/render/render.ts), run in the page that shows it: plain
 * functions with no test-runner types, so that any browser driver can evaluate them. Each returns the
 * problems it found, as sentences; none is a pass.
 */

/** Box of a text as the browser renders it: `left, top, right, bottom` in the image's pixels. */
export interface TextBox {
  text: string;
  box: [number, number, number, number];
}

/**
 * The texts of a chart image (the document, an SVG opened on its own) that overlap another text or leave the image. Each text of the image is
 * a group `g.t` with its words in `data-t` (src/explainer/render/outlines.ts); a halo (the same words stroked in
 * the background's colour, `fill="none"`) is the text's own and is left out. Boxes are the letters' ink,
 * as the browser draws them, less `slack` pixels on each side (anti-aliasing and touching halos).
 */
export function chartImageTextProblems({ slack = 0.5 }: { slack?: number } = {}): string[] {
  const svg = document.documentElement;
  const viewBox = svg.getAttribute('viewBox')?.split(/\s+/).map(Number) ?? [];
  const [width = 0, height = 0] = viewBox.slice(2);
  const origin = svg.getBoundingClientRect();
  const scale = origin.width / (width || origin.width || 1);
  const boxes: { text: string; box: [number, number, number, number] }[] = [];
  // Text as outlines (`g.t`), or as text in an image of another making.
  for (const group of svg.querySelectorAll('g.t, text')) {
    if (group.getAttribute('fill') === 'none') continue;
    const r = group.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    boxes.push({
      text: group.getAttribute('data-t') ?? group.textContent ?? '',
      box: [
        (r.left - origin.left) / scale,
        (r.top - origin.top) / scale,
        (r.right - origin.left) / scale,
        (r.bottom - origin.top) / scale,
      ],
    });
  }
  const problems: string[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  const show = ({ text, box }: (typeof boxes)[number]) => `"${text}" [${box.map(round).join(', ')}]`;
  if (boxes.length === 0) problems.push('the image has no text: is it a chart image?');
  for (const item of boxes) {
    const [l, t, r, b] = item.box;
    if (l < -slack || t < -slack || r > width + slack || b > height + slack)
      problems.push(`${show(item)} leaves the image (${width} × ${height})`);
  }
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
      const y = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
      if (x > 2 * slack && y > 2 * slack) problems.push(`${show(a)} overlaps ${show(b)}`);
    }
  });
  return problems;
}
