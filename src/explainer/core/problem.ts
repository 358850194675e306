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
  /** The column on that line, where the parser gives it (a YAML syntax error). */
  column?: number | undefined;
  /** What in the file, where no line says it: `chart "revenue"`. */
  at?: string | undefined;
  /** What is wrong, as a sentence. */
  message: string;
  /** What to do about it, as a sentence. */
  fix: string;
}

/** One problem as a line: `file:line: what is wrong. Fix: what to do.` */
export function formatProblem({ file, line, column, at, message, fix }: Problem): string {
  const where = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  return `${file}${where}${at ? ` (${at})` : ''}: ${message} Fix: ${fix}`;
}

/** Problems in the order a reader opens them: by file, then line (those without a line first); each once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const unique = [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
  return unique.toSorted((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** An error that is a problem of the content (or several): its message is each problem as a line. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: Problem;
  /** Every problem, the first being `problem`. */
  readonly problems: readonly Problem[];
  constructor(problem: Problem, more: readonly Problem[] = []) {
    super([problem, ...more].map(formatProblem).join('\n'));
    this.problem = problem;
    this.problems = [problem, ...more];
  }
}

/** Every problem found, as the check, the build and the dev overlay report them. */
export function problemReport(problems: readonly Problem[]): { title: string; lines: string[]; hint: string } {
  return {
    title: `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    lines: problems.map((problem) => `✗ ${formatProblem(problem)}`),
    hint: 'Each line names the file and line to open, what is wrong, and after "Fix:" what to do.',
  };
}
