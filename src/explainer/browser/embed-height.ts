/**
 * A chart's own page, shown in a frame on another site, tells that site its height whenever it changes,
 * as Datawrapper's responsive embeds do: `{ "chart-height": <CSS pixels> }` by `postMessage`. The snippet
 * on the page (`embedSnippet`) holds a small script that sets its frame's height from it; the frame alone
 * still works, at its own height, scrolling if it must. Framed, the page leaves out its embed code.
 */
export const heightMessage = 'chart-height';

export function reportHeight(): void {
  if (window.parent === window) return;
  document.documentElement.classList.add('framed');
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ [heightMessage]: height }, '*');
  };
  // The page's height does not follow the frame's, so following it cannot loop.
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/**
 * The code another site pastes: the frame, at a height that fits a wide screen, and a script that fits
 * it to the chart page's height at any width, from messages of the chart's own origin and frame only.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  const origin = new URL(src).origin;
  const script = `(function(){addEventListener("message",function(e){var h=e.data&&e.data["${heightMessage}"];if(e.origin!=="${origin}"||typeof h!=="number")return;document.querySelectorAll("iframe[data-chart-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px"})})})();`;
  return `<iframe src="${src}" title="${title.replaceAll('"', '&quot;')}" width="100%" height="${height}" style="border:0" loading="lazy" data-chart-embed></iframe>\n<script>${script}</script>`;
}
