/**
 * Printing a page with charts, in every engine: just before printing, each chart's image is fetched now
 * (a lazy image below the fold would print blank) and its picture shows only its print source (the
 * light, wide image: not every engine picks a `<picture>`'s sources again for print); just after, the
 * sources are as they were, so the screen shows the reader's theme and width again.
 */
const saved = 'screenMedia';

function beforePrint(): void {
  for (const picture of document.querySelectorAll('chart-figure picture')) {
    const img = picture.querySelector('img');
    if (img) img.loading = 'eager';
    for (const source of picture.querySelectorAll('source')) {
      source.dataset[saved] ??= source.media;
      source.media = source.dataset[saved] === 'print' ? 'all' : 'not all';
    }
  }
}

function afterPrint(): void {
  for (const source of document.querySelectorAll<HTMLSourceElement>(`chart-figure source[data-screen-media]`)) {
    source.media = source.dataset[saved] ?? source.media;
    delete source.dataset[saved];
  }
}

let watching = false;

/** Listens for printing, once per page. */
export function watchPrinting(): void {
  if (watching) return;
  watching = true;
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
}
