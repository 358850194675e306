/**
 * Where a tooltip goes: centred over the point it describes, above it, and moved as little as needed to
 * stay `margin` pixels inside the viewport; below the point when there is no room above. All in
 * viewport pixels. The box's size is its size once its text has wrapped (CSS caps its width).
 */
export interface Placement {
  left: number;
  top: number;
}

export function placeTooltip(
  caret: { x: number; y: number },
  box: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
  gap = 8,
): Placement {
  const left = Math.min(
    Math.max(caret.x - box.width / 2, margin),
    Math.max(margin, viewport.width - margin - box.width),
  );
  const above = caret.y - gap - box.height;
  const top =
    above >= margin ? above : Math.min(caret.y + gap, Math.max(margin, viewport.height - margin - box.height));
  return { left, top };
}
