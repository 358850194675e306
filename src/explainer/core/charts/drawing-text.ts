/**
 * Every text a chart may draw, in one string: its mark, panel titles, labels and values, and the
 * locale's own digits and signs for the axis. The fonts a chart needs are those of these letters, at
 * build time (`render.ts`) and in the browser (`live-font.ts`).
 */
import type { Drawing } from './types.ts';

export const drawingText = (drawing: Drawing): string =>
  [
    drawing.mark,
    ...drawing.panels.flatMap((p) => [p.title, ...p.points.flatMap((q) => [q.label, q.short])]),
    '0123456789.,',
    new Intl.NumberFormat(drawing.locale).format(-1234567890.5),
  ].join(' ');
