/**
 * Reads the site's settings (`content/data/site.yaml`): the source language, the names with digits the
 * prose may type, the timeline's kinds of event. Read on its own, before the rest of the content, since
 * the languages' order depends on it (`src/explainer/content/locales.ts`); its problems name the line and the fix.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteSchema, type SiteSettings } from '../core/schemas/site.ts';
import { SITE_FILE } from '../core/schemas/registry.ts';
import { readText } from './read-text.ts';
import { parseYaml } from '../core/yaml-doc.ts';

export { SITE_FILE };

/** The settings of the project at `root`, or undefined with the problems that stop them being read. */
export function siteSettingsIn(root: string): { settings: SiteSettings | undefined; problems: string[] } {
  const path = resolve(root, SITE_FILE);
  if (!existsSync(path)) {
    return {
      settings: undefined,
      problems: [
        `${SITE_FILE}: the site's settings are missing. Fix: restore the file from git (git checkout -- ${SITE_FILE}); it names the source language in "source:".`,
      ],
    };
  }
  const read = readText(path, SITE_FILE);
  if (read.problem !== undefined) return { settings: undefined, problems: [read.problem] };
  const doc = parseYaml(read.text, SITE_FILE);
  if (doc.problem) return { settings: undefined, problems: [doc.problem] };
  const parsed = siteSchema.safeParse(doc.data ?? {});
  if (parsed.success) return { settings: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map(
        (key) =>
          `${SITE_FILE}:${doc.lineOf([...issue.path, key])}: the field "${[...issue.path, key].join('.')}" is not allowed here. Fix: delete it or correct the name; the comments of the file list the fields.`,
      );
    const field = issue.path.map(String).join('.');
    const where = `${SITE_FILE}:${doc.lineOf(issue.path)}`;
    if (valueAt(doc.data, issue.path) === undefined)
      return [`${where}: the field "${field}" is missing. Fix: add it, as the comments of the file describe it.`];
    return [
      `${where}: the field "${field}" is not valid: ${issue.message}. Fix: correct it as the comment above it says.`,
    ];
  });
  return { settings: undefined, problems };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** The settings of the project at `root`; throws, naming the line and the fix, when they cannot be read. */
export function readSiteSettings(root: string): SiteSettings {
  const { settings, problems } = siteSettingsIn(root);
  if (!settings) throw new Error(problems.join('\n'));
  return settings;
}
