/**
 * The only chart code of a page before a chart is near: it shows each figure's chart view (the table
 * stays one click away), and when a figure comes within a screen of the viewport it loads Chart.js and
 * draws. If that fails, the figure goes back to its table, quietly.
 */
type View = 'chart' | 'table';

const show = (figure: HTMLElement, view: View) => {
  figure.querySelector<HTMLElement>('.chart-frame')!.hidden = view !== 'chart';
  figure.querySelector<HTMLElement>('.chart-table')!.hidden = view === 'chart';
  for (const button of figure.querySelectorAll<HTMLElement>('[data-view]')) {
    button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
  }
};

const load = (figure: HTMLElement) => {
  figure.dataset['state'] = 'loading';
  import('./draw.ts')
    .then(({ draw }) => {
      draw(figure);
      figure.dataset['state'] = 'drawn';
    })
    .catch((error: unknown) => {
      // The table stays: the reader loses nothing. The warning tells a developer why.
      console.warn(`Chart "${figure.dataset['chart']}" shown as a table:`, error);
      show(figure, 'table');
      figure.querySelector<HTMLElement>('.chart-controls')!.hidden = true;
      figure.dataset['state'] = 'failed';
    });
};

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      load(entry.target as HTMLElement);
    }
  },
  { rootMargin: '0px 0px 50% 0px' },
);

for (const figure of document.querySelectorAll<HTMLElement>('figure.chart[data-state="static"]')) {
  const controls = figure.querySelector<HTMLElement>('.chart-controls')!;
  controls.addEventListener('click', (event) => {
    const view = (event.target as HTMLElement).closest<HTMLElement>('[data-view]')?.dataset['view'];
    if (view === 'chart' || view === 'table') show(figure, view);
  });
  controls.hidden = false;
  show(figure, 'chart');
  figure.dataset['state'] = 'waiting';
  observer.observe(figure);
}
