/**
 * Reads the site's settings (`content/data/site.yaml`): the source language, the names with digits the
 * prose may type, the timeline's kinds of event. Read on its own, before the rest of the content, since
 * the languages' order depends on it (`src/explainer/content/locales.ts`); its problems name the line and the fix.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteSchema, type SiteSettings } from '../core/schemas/site.ts';
import { schemaProblems } from '../core/checks/schema.ts';
import { type Problem, ProblemError } from '../core/problem.ts';
import { SITE_FILE } from '../core/schemas/registry.ts';
import { readText } from './read-text.ts';
import { parseYaml } from '../core/yaml-doc.ts';

export { SITE_FILE };

/** The settings of the project at `root`, or undefined with the problems that stop them being read. */
export function siteSettingsIn(root: string): { settings: SiteSettings | undefined; problems: Problem[] } {
  const path = resolve(root, SITE_FILE);
  if (!existsSync(path)) {
    return {
      settings: undefined,
      problems: [
        {
          file: SITE_FILE,
          message: "the site's settings are missing.",
          fix: `restore the file from git (git checkout -- ${SITE_FILE}); it names the source language in "source:".`,
        },
      ],
    };
  }
  const read = readText(path, SITE_FILE);
  if (read.problem !== undefined) return { settings: undefined, problems: [read.problem] };
  const doc = parseYaml(read.text, SITE_FILE);
  if (doc.problem) return { settings: undefined, problems: [doc.problem] };
  const parsed = siteSchema.safeParse(doc.data ?? {});
  if (parsed.success) return { settings: parsed.data, problems: [] };
  const problems = schemaProblems(SITE_FILE, doc.lineOf, parsed.error.issues, doc.data ?? {}, "the file's comments");
  return { settings: undefined, problems };
}

/** The settings of the project at `root`; throws, naming the line and the fix, when they cannot be read. */
export function readSiteSettings(root: string): SiteSettings {
  const { settings, problems } = siteSettingsIn(root);
  if (settings) return settings;
  const [first = { file: SITE_FILE, message: 'the settings cannot be read.', fix: 'run npm run check.' }, ...more] =
    problems;
  throw new ProblemError(first, more);
}
