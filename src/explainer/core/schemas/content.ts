/**
 * The content as the loader gives it (`src/explainer/content/load.ts`): every file read and parsed, with
 * its lines, for the rules that check it and the pages that show it. Types only: core code reads loaded
 * content and never the disk.
 */
import type { Problem } from '../problem.ts';
import type { z } from 'astro/zod';
import type { Figure } from '../figures.ts';
import type { ChartDefinition } from './charts.ts';
import type { SiteSettings } from './site.ts';
import type { Ui } from './ui.ts';
import type { YamlDoc } from '../yaml-doc.ts';

/** A schema's finding about one field. */
export type Issue = z.core.$ZodIssue;

export interface ContentEntry {
  /** `<locale>/<id>` for list entries, `<locale>/<name>` for pages. */
  id: string;
  /** Relative to the root, e.g. `content/en/claims.yaml`. */
  filePath: string;
  /** The line the entry starts at (1 for a page). */
  line: number;
  /** The line of a field of the entry (`['labels', 'q1']`), for a YAML entry. */
  lineOf?: (path: readonly PropertyKey[]) => number;
  body?: string;
  data: Record<string, unknown>;
}

/** A text a reader reads, where numbers must come from the data. */
export interface Prose {
  file: string;
  locale: string;
  line: number;
  text: string;
  /** MDX prose (a `<Fig id>` replaces a number) or a YAML text (a `{fig:ID}` does). */
  mdx: boolean;
}

export interface LoadedContent {
  root: string;
  /** The site's settings (`content/data/site.yaml`), when they are valid. */
  settings: SiteSettings | undefined;
  locales: readonly string[];
  sourceLocale: string;
  figures: Map<string, Figure>;
  sources: Map<string, unknown>;
  /** The charts of `content/data/charts.yaml`, by id: what each shows (its words are in `lists.charts`). */
  charts: Map<string, ChartDefinition>;
  /** The data files' entries as read, with their lines, by list (`figures`, `sources`, `chartDefinitions`). */
  data: Record<string, ContentEntry[]>;
  /** Every locale's `ui.yaml` as parsed; `data` is set when it is valid. */
  ui: Map<string, UiEntry>;
  pages: ContentEntry[];
  lists: Record<string, ContentEntry[]>;
  /** The files of each locale, relative to its folder: `article.mdx`, `ui.yaml`… */
  files: Map<string, string[]>;
  prose: Prose[];
  /** Files that cannot be read (not valid YAML, a broken frontmatter), with the problem. */
  unreadable: Map<string, Problem>;
}

export interface UiEntry {
  file: string;
  doc: YamlDoc;
  /** The strings, when they are valid. */
  data: Ui | undefined;
  issues: readonly Issue[];
}
