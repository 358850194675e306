/**
 * Resolves the data file's figures: reported ones as written, derived ones computed from them.
 * Pure: it takes the parsed entries and returns a lookup that fails loudly on an unknown id.
 */
import type { Unit } from './format.ts';
import { ProblemError } from './problem.ts';
import { suggest } from './suggest.ts';

export const deriveOps = ['ratio', 'change-percent', 'base-from-growth'] as const;
export type DeriveOp = (typeof deriveOps)[number];

export interface FigureInput {
  id: string;
  unit: Unit;
  period: string;
  value?: number | undefined;
  range?: readonly [number, number] | undefined;
  derive?: { op: DeriveOp; of: readonly [string, string] } | undefined;
  digits?: number | undefined;
  approx?: boolean | undefined;
  sources?: readonly string[] | undefined;
}

export interface Figure {
  id: string;
  unit: Unit;
  period: string;
  value: number | readonly [number, number];
  digits?: number | undefined;
  approx: boolean;
  /** Source ids; for a derived figure, the sources of the figures it is computed from. */
  sources: string[];
  derive?: FigureInput['derive'];
}

/** The single number that stands for a figure in arithmetic: a range counts as its midpoint. */
export function midpoint(value: Figure['value']): number {
  return typeof value === 'number' ? value : (value[0] + value[1]) / 2;
}

/** Applies a derivation to two numbers. */
function applyDerive(op: DeriveOp, a: number, b: number): number {
  switch (op) {
    case 'ratio':
      return a / b;
    case 'change-percent':
      return (a / b - 1) * 100;
    case 'base-from-growth':
      return a / (1 + b / 100);
  }
}

/** A figure that cannot be resolved or found: the problem names the file and the fix. */
export class FigureError extends ProblemError {
  override name = 'FigureError';
}

/** Where the figures are: the fix of an unknown id. */
const FIGURES_FILE = 'content/data/figures.yaml';

/** Builds the figure lookup from the data file's entries, computing every derived figure. */
export function resolveFigures(inputs: readonly FigureInput[]): Map<string, Figure> {
  const byId = new Map(inputs.map((f) => [f.id, f]));
  const resolved = new Map<string, Figure>();

  const resolve = (id: string, trail: string[]): Figure => {
    const done = resolved.get(id);
    if (done) return done;
    const input = byId.get(id);
    if (!input)
      throw new FigureError({
        file: FIGURES_FILE,
        message: unknownFigureMessage(id, [...byId.keys()], trail.at(-1)),
        fix: 'correct "derive" so that it names two existing figures.',
      });
    if (trail.includes(id))
      throw new FigureError({
        file: FIGURES_FILE,
        message: `Figure "${id}" is derived from itself: ${[...trail, id].join(' → ')}.`,
        fix: 'correct "derive" so that it names two other figures.',
      });
    let figure: Figure;
    if (input.derive) {
      const [a, b] = input.derive.of.map((of) => resolve(of, [...trail, id])) as [Figure, Figure];
      figure = {
        id,
        unit: input.unit,
        period: input.period,
        value: applyDerive(input.derive.op, midpoint(a.value), midpoint(b.value)),
        digits: input.digits,
        approx: input.approx ?? (a.approx || b.approx),
        sources: [...new Set([...a.sources, ...b.sources])],
        derive: input.derive,
      };
    } else {
      const value = input.value ?? input.range;
      if (value === undefined)
        throw new FigureError({
          file: FIGURES_FILE,
          message: `Figure "${id}" has neither value, range nor derive.`,
          fix: 'give it one of them.',
        });
      figure = {
        id,
        unit: input.unit,
        period: input.period,
        value,
        digits: input.digits,
        approx: input.approx ?? false,
        sources: [...(input.sources ?? [])],
      };
    }
    resolved.set(id, figure);
    return figure;
  };

  for (const id of byId.keys()) resolve(id, []);
  return resolved;
}

/** The message for an unknown figure id, with the closest known id as a suggestion. */
export function unknownFigureMessage(id: string, known: readonly string[], usedBy?: string): string {
  const where = usedBy ? ` (used by "${usedBy}")` : '';
  const hint = suggest(id, known);
  return (
    `Unknown figure id "${id}"${where}. ` +
    (hint ? `Did you mean "${hint}"? ` : '') +
    `Figure ids are listed in content/data/figures.yaml.`
  );
}

/** Returns the figure with this id, or throws an error that names it and suggests the closest id. */
export function getFigure(figures: ReadonlyMap<string, Figure>, id: string, usedIn?: string): Figure {
  const figure = figures.get(id);
  if (!figure) {
    throw new FigureError({
      file: usedIn ?? FIGURES_FILE,
      message: unknownFigureMessage(id, [...figures.keys()]),
      fix: `use an id of ${FIGURES_FILE}, or add the figure there.`,
    });
  }
  return figure;
}
