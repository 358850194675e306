/**
 * An embedded chart fits its frame, checked from both sides: `embeddedFrames` in the host page (each
 * chart frame's height), `embeddedPage` in the chart's page inside it (the height of its content and
 * whether it must scroll). Plain functions with no test-runner types, for any browser driver.
 */
export function embeddedFrames(): number[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe')].map((f) => f.clientHeight);
}

export function embeddedPage(): { content: number; scrolls: boolean } {
  const root = document.documentElement;
  return {
    content: Math.ceil(root.getBoundingClientRect().height),
    scrolls: root.scrollHeight > root.clientHeight + 1,
  };
}
