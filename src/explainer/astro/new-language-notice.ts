/**
 * In `astro dev`, says what to do when a translator adds a language folder: the languages are read when
 * the server starts (they make the routes), so a new `content/<code>/ui.yaml` needs a restart, and the
 * server says so in its terminal instead of answering 404 without a word.
 */
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The language code of a new `content/<code>/ui.yaml` under `root`, or undefined for any other path. */
export function newLanguageOf(path: string, root: string, known: readonly string[]): string | undefined {
  const [folder, code, file, ...rest] = relative(root, path).split(sep);
  return folder === 'content' && file === 'ui.yaml' && rest.length === 0 && code && !known.includes(code)
    ? code
    : undefined;
}

export function newLanguageNotice(known: readonly string[]): AstroIntegration {
  return {
    name: 'zoom-explainer:new-language',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        server.watcher.on('add', (path) => {
          const code = newLanguageOf(path, root, known);
          if (code)
            logger.warn(
              `content/${code}/ui.yaml is a new language. Stop this server (Ctrl+C) and run npm run dev again: /${code}/ exists only after a restart.`,
            );
        });
      },
    },
  };
}
