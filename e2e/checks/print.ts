/**
 * Charts ready to print, checked in the page just after `beforeprint`: every chart's image is loaded and
 * is its print image (the light, wide one: the `<img>`'s own `src`, which the picture's print source
 * repeats). A plain function with no test-runner types, for any browser driver.
 */
export function chartPrintProblems(): string[] {
  const problems: string[] = [];
  for (const img of document.querySelectorAll<HTMLImageElement>('chart-figure img')) {
    const name = img.closest('figure')?.dataset['chart'] ?? img.src;
    if (!img.complete || img.naturalWidth === 0) problems.push(`${name}: its image is not loaded`);
    else if (img.currentSrc !== img.src)
      problems.push(`${name}: shows ${img.currentSrc}, not its print image ${img.src}`);
  }
  return problems;
}

/** The file each chart shows, by chart id: to compare before printing and after. */
export function chartImagesShown(): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll<HTMLImageElement>('chart-figure img')].map((img) => [
      img.closest('figure')?.dataset['chart'] ?? '',
      img.currentSrc,
    ]),
  );
}
