/**
 * In `astro dev`, a language folder added or removed under `content/` takes effect without a restart by
 * hand: the languages are read when the server starts (they make the routes and Astro's `i18n` config, see
 * `config.ts`), so when a `content/<code>/ui.yaml` appears in a new folder, or a language's `ui.yaml` goes,
 * the server restarts itself as it does when `astro.config.mjs` changes, and says so in its terminal.
 *
 * Astro restarts for a change to a file an integration watches (`addWatchFile`), compared by path; a file
 * that does not exist yet cannot be named in advance, so the `content/` folder itself is the watched path
 * (no file event ever names a folder), and a new language's `ui.yaml` is announced to Astro as a change to it.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The language code of a new `content/<code>/ui.yaml` under `root`, or undefined for any other path. */
export function newLanguageOf(path: string, root: string, known: readonly string[]): string | undefined {
  const code = languageFileOf(path, root);
  return code && !known.includes(code) ? code : undefined;
}

/** The code of `content/<code>/ui.yaml` under `root`, or undefined for any other path. */
function languageFileOf(path: string, root: string): string | undefined {
  const [folder, code, file, ...rest] = relative(root, path).split(sep);
  return folder === 'content' && file === 'ui.yaml' && rest.length === 0 && code ? code : undefined;
}

export function newLanguageNotice(known: readonly string[]): AstroIntegration {
  let content = '';
  return {
    name: 'zoom-explainer:new-language',
    hooks: {
      'astro:config:setup': ({ command, config, addWatchFile }) => {
        content = join(fileURLToPath(config.root), 'content');
        if (command === 'dev') addWatchFile(content);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const restart = (message: string) => {
          logger.info(`${message} Restarting the server so that the site has it…`);
          server.watcher.emit('change', content);
        };
        server.watcher.on('add', (path) => {
          const code = newLanguageOf(path, root, known);
          if (code) restart(`content/${code}/ui.yaml: a new language.`);
        });
        server.watcher.on('unlink', (path) => {
          const code = languageFileOf(path, root);
          if (code && known.includes(code)) restart(`content/${code}/ui.yaml was removed: the language goes.`);
        });
      },
    },
  };
}
