/**
 * The files of each chart, per language, beside its embed page `<locale>/charts/<id>/`: SVG for the
 * light and the dark theme, wide and narrow, and a 2× PNG for sharing. One list, for the pages that
 * build them and the figures that link to them.
 */
import type { Layout } from './layout.ts';

export interface ChartFile {
  name: string;
  layout: Layout;
  scheme: 'light' | 'dark';
  type: 'svg' | 'png';
}

export function chartFiles(id: string): ChartFile[] {
  const svg = (layout: Layout, scheme: 'light' | 'dark'): ChartFile => ({
    name: `${id}${layout === 'narrow' ? '-narrow' : ''}-${scheme}.svg`,
    layout,
    scheme,
    type: 'svg',
  });
  return [
    svg('wide', 'light'),
    svg('wide', 'dark'),
    svg('narrow', 'light'),
    svg('narrow', 'dark'),
    { name: `${id}.png`, layout: 'wide', scheme: 'light', type: 'png' },
  ];
}

/** The path of a chart's file or embed page under the site's base: `en/charts/customers/customers.png`. */
export function chartPath(locale: string, id: string, file = ''): string {
  return `${locale}/charts/${id}/${file}`;
}

/** The file of a chart for a layout and theme. */
export function chartFile(id: string, layout: Layout, scheme: 'light' | 'dark', type: 'svg' | 'png' = 'svg'): string {
  const file = chartFiles(id).find((f) => f.layout === layout && f.scheme === scheme && f.type === type);
  if (!file) throw new Error(`No ${type} of chart "${id}" for ${layout} ${scheme}`);
  return file.name;
}
