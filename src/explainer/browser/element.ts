/**
 * `<chart-figure>`: the only chart code a page loads before a reader uses a chart. The figure shows
 * its image drawn at build time; pointing at it, focusing it or touching it loads Chart.js and swaps
 * the image for the live chart (`live.ts`). If that fails, the image and the table stay, and a warning
 * says why. It also makes the chart's link shareable (Web Share, or the clipboard, saying so beside the
 * link), and gets the charts ready for printing (`print.ts`).
 */
import { watchPrinting } from './print.ts';

const wake = ['pointerenter', 'focusin', 'touchstart'] as const;

class ChartFigure extends HTMLElement {
  #copied: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    watchPrinting();
    // Without this script the figure is an image and a table: only now is it an interactive chart that
    // takes the keyboard, and says so.
    const stage = this.querySelector<HTMLElement>('.chart-stage');
    const hint = this.querySelector<HTMLElement>('.chart-hint');
    const title = this.querySelector('.chart-title');
    const takeaway = this.querySelector('.chart-takeaway');
    if (stage && hint) {
      stage.tabIndex = 0;
      stage.setAttribute('role', 'application');
      stage.setAttribute('aria-roledescription', stage.dataset['roledescription'] ?? '');
      stage.setAttribute('aria-label', title?.textContent ?? '');
      stage.setAttribute('aria-describedby', `${takeaway?.id ?? ''} ${hint.id}`.trim());
      hint.hidden = false;
      const tableHint = this.querySelector<HTMLElement>('.chart-table-hint');
      if (tableHint) tableHint.hidden = true;
    }
    for (const type of wake) this.addEventListener(type, this.hydrate, { once: true, passive: true });
    this.querySelector<HTMLAnchorElement>('a[data-share]')?.addEventListener('click', this.share);
  }

  hydrate = (): void => {
    if (this.dataset['state'] !== 'static') return;
    for (const type of wake) this.removeEventListener(type, this.hydrate);
    this.dataset['state'] = 'loading';
    import('./live.ts')
      .then(({ hydrate }) => hydrate(this))
      .then(() => {
        this.dataset['state'] = 'drawn';
      })
      .catch((error: unknown) => {
        // The image and the table stay: the reader loses nothing. The warning tells a developer why.
        console.warn(`Chart "${this.querySelector('figure')?.dataset['chart']}" stays an image:`, error);
        this.dataset['state'] = 'failed';
      });
  };

  share = (event: MouseEvent): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const url = link.dataset['share'] ?? link.href;
    if (navigator.share) {
      event.preventDefault();
      navigator.share({ url, title: this.querySelector('h3')?.textContent ?? '' }).catch(() => {});
    } else if (navigator.clipboard) {
      event.preventDefault();
      navigator.clipboard.writeText(url).then(
        () => {
          // Said to screen readers, and shown beside the link for a while.
          const words = link.dataset['copied'] ?? '';
          const live = this.querySelector<HTMLElement>('[data-live]');
          if (live) live.textContent = words;
          const note = this.querySelector<HTMLElement>('.chart-copied');
          if (!note) return;
          note.textContent = words;
          note.hidden = false;
          clearTimeout(this.#copied);
          this.#copied = setTimeout(() => (note.hidden = true), 4000);
        },
        () => (location.hash = new URL(url).hash),
      );
    }
  };
}

customElements.define('chart-figure', ChartFigure);
