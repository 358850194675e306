/**
 * Sizing a browser's viewport through WebDriver, which sets the size of the whole window: the viewport
 * is the window less the browser's own frame (title bar, toolbar), which is measured, not known. X
 * resizes a window asynchronously, so Set Window Rect can return while the page still reports its old
 * viewport: a viewport read at once can be the previous one, and a frame measured from it is wrong
 * (a window set to 1280 px after one of 1600 px then "measured" 320 px of frame too few, and the next
 * correction made it 960 px wide). So the viewport is read again until it has moved from what it was
 * and stopped moving, or has not moved for a second (the window would not change: nothing to do, or
 * narrower than the narrowest it gets).
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

/** How often the viewport is read while it settles, and how long it may stay as it was. */
const READ_EVERY_MS = 100;
const UNMOVED_MS = 1_000;
/** The longest a resize may take before its viewport is taken as it is. */
const SETTLE_MS = 5_000;

const same = (a: Size, b: Size) => a.width === b.width && a.height === b.height;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sets the window so that its viewport is `target`, with `frame` the frame last measured (zero at
 * first). If the viewport settles at another size, measures the frame from it and sets the window once
 * more: at most three times, and not again when the frame measures as before. Returns the viewport it
 * settled at (wider than asked below the window's narrowest) and the frame to use next time.
 */
export async function resizeViewport(
  window: WindowControl,
  target: Size,
  frame: Size = { width: 0, height: 0 },
): Promise<{ viewport: Size; frame: Size }> {
  let viewport = await window.viewport();
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = viewport;
    await window.setRect({ width: target.width + frame.width, height: target.height + frame.height });
    viewport = await settled(window, before, target);
    if (same(viewport, target)) break;
    const outer = await window.getRect();
    const measured = { width: outer.width - viewport.width, height: outer.height - viewport.height };
    if (same(measured, frame)) break;
    frame = measured;
  }
  return { viewport, frame };
}

/** The viewport once it is `target`, or once it has moved from `before` and read the same twice in a row, or has not moved for a second. */
async function settled(window: WindowControl, before: Size, target: Size): Promise<Size> {
  const start = Date.now();
  let last = await window.viewport();
  let moved = !same(last, before);
  while (!same(last, target) && Date.now() - start < SETTLE_MS) {
    if (!moved && Date.now() - start >= UNMOVED_MS) break;
    await sleep(READ_EVERY_MS);
    const now = await window.viewport();
    if (moved && same(now, last)) return now;
    moved ||= !same(now, before);
    last = now;
  }
  return last;
}
