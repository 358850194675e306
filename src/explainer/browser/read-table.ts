/**
 * Reads a chart's drawing back from its table: the page's only copy of the data. Each value cell
 * carries its raw value (`data-value`, two numbers for a range), the label on its bar (`data-short`),
 * its unit, tone and marks, and what the tooltip says of it (`data-line`); the written value in the
 * cell is the value in full.
 */
import type { Unit } from '../core/format.ts';
import type { DrawPanel, DrawPoint, Drawing } from '../core/charts/types.ts';

export class TableError extends Error {
  override name = 'TableError';
}

function point(cell: Element | undefined, label: string): DrawPoint {
  if (!(cell instanceof HTMLElement)) throw new TableError(`the value of "${label}" is missing from the table`);
  const { value = '', short, unit, tone, line } = cell.dataset;
  const numbers = value.split(' ').map(Number);
  if (numbers.some(Number.isNaN) || short === undefined || unit === undefined || line === undefined)
    throw new TableError(`the cell of "${label}" has no data-value, data-short, data-unit or data-line`);
  return {
    label,
    unit: unit as Unit,
    value: numbers.length === 2 ? [numbers[0] ?? 0, numbers[1] ?? 0] : (numbers[0] ?? 0),
    full: cell.textContent?.trim() ?? '',
    short,
    tone: tone === 'accent' ? 'accent' : 'base',
    mark: 'mark' in cell.dataset,
    reference: 'reference' in cell.dataset,
    line,
  };
}

const text = (cell: Element | undefined) => cell?.textContent?.trim() ?? '';

export function readTable(table: HTMLTableElement, locale: string, mark: string | undefined): Drawing {
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])].slice(1).map(text);
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const panels: DrawPanel[] =
    table.dataset['multiples'] === undefined
      ? [{ points: rows.map((row) => point(row.cells[1], text(row.cells[0]))) }]
      : rows.map((row) => ({
          title: text(row.cells[0]),
          points: heads.map((label, i) => point(row.cells[i + 1], label)),
        }));
  return { locale, mark, panels };
}
