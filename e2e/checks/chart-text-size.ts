/**
 * The smallest text of each chart as the reader sees it, checked in the page: the image each picture
 * shows at this width (its first source whose media matches, else its `<img>`), the smallest text size
 * written in it (`data-size` on each text group, src/explainer/render/outlines.ts) times the scale it is shown at.
 * Returns a sentence for each chart whose smallest text is under `min` CSS pixels. A plain function with
 * no test-runner types, for any browser driver.
 */
export async function smallChartText(min: number): Promise<string[]> {
  const problems: string[] = [];
  for (const picture of document.querySelectorAll('chart-figure picture')) {
    const img = picture.querySelector('img');
    const stage = picture.closest('.chart-stage');
    if (!img || !stage) continue;
    const source = [...picture.querySelectorAll('source')].find((s) => matchMedia(s.media).matches);
    const src = new URL(source?.getAttribute('srcset') ?? img.getAttribute('src') ?? '', document.baseURI).href;
    const svg = new DOMParser().parseFromString(await (await fetch(src)).text(), 'image/svg+xml').documentElement;
    const sizes = [...svg.querySelectorAll('[data-size]')].map((g) => Number(g.getAttribute('data-size')));
    const scale = stage.clientWidth / Number(svg.getAttribute('width'));
    if (sizes.length === 0) {
      problems.push(`${src.split('/').pop()}: no text sizes (data-size) in the image`);
      continue;
    }
    const smallest = Math.min(...sizes) * scale;
    if (smallest < min)
      problems.push(
        `${src.split('/').pop()}: text of ${Math.round(smallest * 10) / 10} px, shown at ${Math.round(scale * 100)}%`,
      );
  }
  return problems;
}
