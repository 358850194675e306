/**
 * A schema's findings about a content file as problems: the field's line, what is wrong, and the fix,
 * with the name the author likely meant and, where there is one, the file to copy (`example`).
 */
import type { Problem } from '../problem.ts';
import type { Issue } from '../schemas/content.ts';
import { suggest } from '../suggest.ts';

/** Turns schema issues into problems with the field's line and a fix. */
export function schemaProblems(
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  issues: readonly Issue[],
  data: unknown,
  example?: string,
): Problem[] {
  const like = example && example !== file ? `, as in ${example}` : '';
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const hint = suggest(key, missingFields(issues, data, issue.path));
        return {
          file,
          line: lineOf(path),
          message: `the field "${dotted(path)}" is not allowed here.`,
          fix: `${hint ? `did you mean "${hint}"? ` : ''}delete it or correct its name${like}.`,
        };
      });
    }
    const path = issue.path;
    const line = lineOf(path);
    if (at(data, path) === undefined) {
      const parent = path.slice(0, -1);
      return [
        {
          file,
          line,
          message: `the field "${dotted(path)}" is missing.`,
          fix: `add "${String(path.at(-1))}:"${parent.length > 0 ? ` under "${dotted(parent)}"` : ''}${like}.`,
        },
      ];
    }
    if (issue.code === 'invalid_type' && issue.expected === 'date') {
      return [
        {
          file,
          line,
          message: `"${dotted(path)}" is not a date written YYYY-MM-DD (found ${JSON.stringify(at(data, path))}). Dates are not translated: the site writes them in each language's words.`,
          fix: `write it YYYY-MM-DD (e.g. 2020-06-02)${example && example !== file ? `, as ${example} has it` : ''}.`,
        },
      ];
    }
    // A rule of the schema's own (superRefine) may say how to mend it: `params: { fix }`.
    const ownFix =
      issue.code === 'custom' && typeof issue.params?.['fix'] === 'string' ? issue.params['fix'] : undefined;
    const fix =
      issue.code === 'invalid_value'
        ? `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : (ownFix ?? `correct the value${like}`);
    return [{ file, line, message: `the field "${dotted(path)}" is not valid: ${issue.message}.`, fix: `${fix}.` }];
  });
}

/** The names of the fields that other issues report missing next to `parent`: the likely intended names. */
function missingFields(issues: readonly Issue[], data: unknown, parent: readonly PropertyKey[]): string[] {
  return issues
    .filter(
      (i) =>
        i.code !== 'unrecognized_keys' &&
        at(data, i.path) === undefined &&
        dotted(i.path.slice(0, -1)) === dotted(parent),
    )
    .map((i) => String(i.path.at(-1)));
}

function at(data: unknown, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  let value: unknown = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value as Record<string, unknown> | undefined;
}

export function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
