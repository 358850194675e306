/**
 * Sizing a browser's viewport through WebDriver, which sets the size of the whole window: the viewport
 * is the window less the browser's own frame (title bar, toolbar), which is measured, not known. X
 * resizes a window asynchronously, so Set Window Rect can return while the page still reports its old
 * viewport: a viewport read at once can be the previous one, and a frame measured from it is wrong
 * (a window set to 1280 px after one of 1600 px then "measured" 320 px of frame too few, and the next
 * correction made it 960 px wide). So the viewport is read again until it has moved from what it was
 * and stopped moving, or has not moved for two seconds (the window would not change: nothing to do,
 * narrower than the narrowest it gets, or slower than the wait, which the caller then sees).
 */

export interface Size {
  width: number;
  height: number;
}

/** A window as WebDriver sees it: its outer size, set and read, and its page's viewport. */
export interface WindowControl {
  setRect(size: Size): Promise<void>;
  getRect(): Promise<Size>;
  viewport(): Promise<Size>;
}

/** How long the viewport is waited for, and how often it is read meanwhile. */
export interface Timing {
  /** How long a viewport may stay as it was before the window is taken not to change. */
  unmovedMs: number;
  /** The longest a resize may take before its viewport is taken as it is. */
  settleMs: number;
  /** How often the viewport is read while it settles. */
  readEveryMs: number;
}
const TIMING: Timing = { unmovedMs: 2_000, settleMs: 6_000, readEveryMs: 100 };

const same = (a: Size, b: Size) => a.width === b.width && a.height === b.height;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sets the window so that its viewport is `target`, with `frame` the frame last measured (none at first).
 * If the viewport settles at another size, measures the frame from it and sets the window once more: at
 * most three times, and not again when the frame measures as before. A frame is measured only from a
 * viewport that has moved: when a known frame's viewport does not move, the window is narrower than it
 * gets or slower than the wait, and a frame measured then would be wrong; the frame is kept and the
 * viewport returned as it is, for the caller to fail on. Returns the viewport it settled at and the frame
 * to use next time.
 */
export async function resizeViewport(
  window: WindowControl,
  target: Size,
  known?: Size,
  timing: Timing = TIMING,
): Promise<{ viewport: Size; frame: Size }> {
  let frame = known ?? { width: 0, height: 0 };
  let measuredOnce = known !== undefined;
  let viewport = await window.viewport();
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = viewport;
    await window.setRect({ width: target.width + frame.width, height: target.height + frame.height });
    const result = await settled(window, before, target, timing);
    viewport = result.viewport;
    if (same(viewport, target) || (!result.moved && measuredOnce)) break;
    const outer = await window.getRect();
    const measured = { width: outer.width - viewport.width, height: outer.height - viewport.height };
    if (same(measured, frame) || measured.width < 0 || measured.height < 0) break;
    frame = measured;
    measuredOnce = true;
  }
  return { viewport, frame };
}

/**
 * The viewport once it is `target`, or once it has moved from `before` and read the same twice in a row,
 * or when it has not moved within `unmovedMs` (read twice after that time, so that a reader held up
 * meanwhile still sees a resize that came in while it waited); and whether it moved.
 */
async function settled(
  window: WindowControl,
  before: Size,
  target: Size,
  timing: Timing,
): Promise<{ viewport: Size; moved: boolean }> {
  const start = Date.now();
  let last = await window.viewport();
  let moved = !same(last, before);
  let lastRead = false;
  while (!same(last, target) && Date.now() - start < timing.settleMs) {
    await sleep(timing.readEveryMs);
    const now = await window.viewport();
    if (moved && same(now, last)) return { viewport: now, moved };
    moved ||= !same(now, before);
    last = now;
    if (!moved && Date.now() - start >= timing.unmovedMs) {
      if (lastRead) break;
      lastRead = true;
    }
  }
  return { viewport: last, moved: moved || same(last, target) };
}
