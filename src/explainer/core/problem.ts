/**
 * A problem of the content, in one shape wherever it is found (the loader, the checks, a chart or a
 * figure that cannot be built) and written one way wherever it is shown: `npm run check`, the build's
 * error and the dev overlay (`src/explainer/astro/feed.ts`), the tests.
 */
export interface Problem {
  /** The file to open, relative to the project. */
  file: string;
  /** The line in it, where known. */
  line?: number | undefined;
  /** What in the file, where no line says it: `chart "revenue"`. */
  at?: string | undefined;
  /** What is wrong, as a sentence. */
  message: string;
  /** What to do about it, as a sentence. */
  fix: string;
}

/** One problem as a line: `file:line: what is wrong. Fix: what to do.` */
export function formatProblem({ file, line, at, message, fix }: Problem): string {
  return `${file}${line === undefined ? '' : `:${line}`}${at ? ` (${at})` : ''}: ${message} Fix: ${fix}`;
}

/** An error that is a problem of the content: its message is the problem as a line. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.problem = problem;
  }
}

/** Every problem found, as the check, the build and the dev overlay report them. */
export function problemReport(problems: readonly string[]): { title: string; lines: string[]; hint: string } {
  return {
    title: `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    lines: problems.map((problem) => `✗ ${problem}`),
    hint: 'Each line names the file and line to open, what is wrong, and after "Fix:" what to do.',
  };
}
