import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resizeViewport, type Size, type Timing, type WindowControl } from './resize.ts';

/**
 * A window as X gives it: Set Window Rect returns at once, and the page sees the new size `lagMs` later;
 * its frame is `frame`, and it is never narrower than `minWidth` (its viewport then wider than asked, and
 * its rect the width it has, as WebKitWebDriver reports it).
 */
function laggingWindow({
  frame,
  lagMs,
  minWidth = 0,
  viewport,
}: {
  frame: Size;
  lagMs: number;
  minWidth?: number;
  viewport: Size;
}) {
  let outer = { width: viewport.width + frame.width, height: viewport.height + frame.height };
  let shown = outer;
  const control: WindowControl = {
    async setRect(size) {
      outer = { width: Math.max(size.width, minWidth), height: size.height };
      const next = outer;
      setTimeout(() => {
        shown = next;
      }, lagMs);
    },
    getRect: async () => outer,
    viewport: async () => ({ width: shown.width - frame.width, height: shown.height - frame.height }),
  };
  return control;
}

/** Waits shorter than the run's, so that the tests are quick; each lag below is well inside or well past them. */
const TIMING: Timing = { unmovedMs: 300, settleMs: 1_000, readEveryMs: 20 };
const FRAME = { width: 0, height: 38 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sizing a viewport through the window', () => {
  it('waits for a late resize, rather than measuring the frame from the viewport it had before', async () => {
    // The run that failed: after a sweep up to 1600 px, a window set for 1280 px still showed 1600 px.
    const window = laggingWindow({ frame: FRAME, lagMs: 150, viewport: { width: 1600, height: 800 } });
    const { viewport, frame } = await resizeViewport(window, { width: 1280, height: 800 }, FRAME, TIMING);
    assert.deepEqual(viewport, { width: 1280, height: 800 });
    assert.deepEqual(frame, FRAME);
    await sleep(300);
    assert.deepEqual(await window.viewport(), viewport, 'no other size is still on its way');
  });

  it('measures an unknown frame and corrects the window once', async () => {
    const window = laggingWindow({ frame: FRAME, lagMs: 150, viewport: { width: 800, height: 600 } });
    const { viewport, frame } = await resizeViewport(window, { width: 1280, height: 800 }, undefined, TIMING);
    assert.deepEqual(viewport, { width: 1280, height: 800 });
    assert.deepEqual(frame, FRAME);
    await sleep(300);
    assert.deepEqual(await window.viewport(), viewport, 'no other size is still on its way');
  });

  it('takes the narrowest the window gets when asked for less, and keeps the frame right for the next size', async () => {
    const window = laggingWindow({ frame: FRAME, lagMs: 150, minWidth: 447, viewport: { width: 1280, height: 800 } });
    const narrow = await resizeViewport(window, { width: 320, height: 800 }, FRAME, TIMING);
    assert.deepEqual(narrow, { viewport: { width: 447, height: 800 }, frame: FRAME });
    const narrower = await resizeViewport(window, { width: 400, height: 800 }, narrow.frame, TIMING);
    assert.deepEqual(narrower, { viewport: { width: 447, height: 800 }, frame: FRAME });
    const wide = await resizeViewport(window, { width: 1280, height: 800 }, narrower.frame, TIMING);
    assert.deepEqual(wide.viewport, { width: 1280, height: 800 });
  });

  it('keeps the frame it knows when the window is slower than the wait, and sets no wrong size', async () => {
    // Widening: a frame measured from the old viewport would be 480 px too wide, and the window 1760 px.
    const window = laggingWindow({ frame: FRAME, lagMs: 1_200, viewport: { width: 800, height: 800 } });
    const { viewport, frame } = await resizeViewport(window, { width: 1280, height: 800 }, FRAME, TIMING);
    assert.deepEqual(frame, FRAME, 'no frame measured from a viewport that had not moved');
    assert.deepEqual(viewport, { width: 800, height: 800 }, 'the viewport as it was, for the caller to fail on');
    await sleep(1_400);
    assert.deepEqual(await window.viewport(), { width: 1280, height: 800 }, 'the window lands at the size asked');
  });
});
