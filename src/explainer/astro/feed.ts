/**
 * Feeds Astro's content collections from the one content loader (`load.ts`): every file is read, parsed
 * and checked once per change, and each collection takes its entries from that result. A problem stops the
 * build as an AstroError with the check's "file:line: … Fix: …" text; in `astro dev` the problems are kept
 * in the `problems` collection instead, so that every page shows them in the error overlay until the file
 * is fixed (`src/middleware.ts`), and a file added, changed or deleted under `content/` is read again.
 */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { checkContent } from '../content/check.ts';
import { type Problem, problemReport } from '../core/problem.ts';
import type { ContentEntry, LoadedContent } from '../core/schemas/content.ts';
import { filesOf } from '../content/load.ts';

let last: { key: string; result: ReturnType<typeof checkContent> } | undefined;

/** The check's result for `root`, read again only when a content file was added, changed or deleted. */
function current(root: string) {
  const dir = join(root, 'content');
  const key = filesOf(dir)
    .map((file) => `${file}:${statSync(join(dir, file)).mtimeMs}`)
    .join('\n');
  if (last?.key !== key) last = { key, result: checkContent({ root }) };
  return last.result;
}

/** The error a build stops with, listing every problem. */
export function contentError(problems: readonly Problem[]): AstroError {
  const report = problemReport(problems);
  return new AstroError(
    `${report.title}\n${report.lines.join('\n')}`,
    `${report.hint} \`npm run check\` lists the same.`,
  );
}

/**
 * An inline loader for one collection: `entries` picks its entries from the loaded content. With
 * `problems: true` it holds the content's problems instead (in `astro dev` only; a build stops on them).
 */
export function feed(collection: string, entries: (content: LoadedContent) => readonly ContentEntry[]): Loader {
  return {
    name: `content-${collection}`,
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const fill = () => {
        const { content, problems } = current(root);
        if (problems.length > 0 && !watcher) throw contentError(problems);
        store.clear();
        if (collection === 'problems') {
          store.set({ id: 'all', data: { problems } });
          if (problems.length > 0) logger.error(contentError(problems).message);
          return;
        }
        for (const { id, data, filePath, body } of entries(content)) {
          store.set(body === undefined ? { id, data, filePath } : { id, data, filePath, body, deferredRender: true });
        }
      };
      fill();
      if (!watcher) return;
      watcher.add(join(root, 'content'));
      watcher.on('all', (_event, path) => {
        if (!relative(root, path).startsWith(`content${sep}`)) return;
        try {
          fill();
        } catch (error) {
          logger.error(String(error));
        }
      });
    },
  };
}
