import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../content/load.ts';
import { localesIn, sourceLocale } from '../content/locales.ts';
import { newLanguageOf } from './new-language-notice.ts';

describe('newLanguageOf', () => {
  const root = join('/', 'site');
  it('names the code of a ui.yaml added in a new folder of content/', () => {
    assert.equal(newLanguageOf(join(root, 'content', 'qaa', 'ui.yaml'), root, ['qab']), 'qaa');
  });
  it('ignores a known language, another file, and a ui.yaml elsewhere', () => {
    assert.equal(newLanguageOf(join(root, 'content', 'qab', 'ui.yaml'), root, ['qab']), undefined);
    assert.equal(newLanguageOf(join(root, 'content', 'qaa', 'article.mdx'), root, ['qab']), undefined);
    assert.equal(newLanguageOf(join(root, 'src', 'qaa', 'ui.yaml'), root, ['qab']), undefined);
    assert.equal(newLanguageOf(join(root, 'content', 'qaa', 'x', 'ui.yaml'), root, ['qab']), undefined);
  });
});

/** Not copied: installed or generated, or history (`node_modules` is linked instead). */
const SKIP = new Set(['node_modules', '.git', '.astro', 'dist', 'dist-sub', 'dist-audit', 'test-results', 'xliff']);
/** How long the server may take to start, and then to serve a new language, in ms (a loaded machine is slow). */
const START = 180_000;
const PICK_UP = 60_000;

/** A free TCP port of this machine. */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

/** Fetches `url` until it answers `status`, for at most `ms`; the last status seen. */
async function waitFor(url: string, status: number, ms: number): Promise<number | string> {
  const end = Date.now() + ms;
  let last: number | string = 'no answer';
  while (Date.now() < end) {
    last = await fetch(url, { redirect: 'manual' }).then(
      (r) => r.status,
      (e: unknown) => String(e),
    );
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  return last;
}

describe('npm run dev, when a language folder is added', () => {
  const code = ['fr', 'de', 'es', 'nl', 'pt'].find((c) => !(localesIn(projectRoot) as string[]).includes(c)) ?? 'eo';
  let server: ChildProcess | undefined;
  let copy = '';
  let log = '';
  after(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it(`serves /${code}/ once content/${code}/ui.yaml exists, without a restart by hand`, {
    timeout: START + PICK_UP + 30_000,
  }, async () => {
    copy = mkdtempSync(join(tmpdir(), 'dev-language-'));
    cpSync(projectRoot, copy, {
      recursive: true,
      filter: (path) => !SKIP.has(relative(projectRoot, path).split(sep)[0] ?? ''),
    });
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [join(copy, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: copy,
        detached: true,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    assert.equal(await waitFor(`${base}/${sourceLocale}/`, 200, START), 200, log);
    assert.equal(await waitFor(`${base}/${code}/`, 404, 10_000), 404, `/${code}/ before its folder\n${log}`);

    assert.ok(!existsSync(join(copy, 'content', code)));
    mkdirSync(join(copy, 'content', code));
    const ui = readFileSync(join(copy, 'content', sourceLocale, 'ui.yaml'), 'utf8').replace(
      /^( {2}intl: ).*$/m,
      `$1"${new Intl.Locale(code).maximize().baseName}"`,
    );
    writeFileSync(join(copy, 'content', code, 'ui.yaml'), ui);
    const started = Date.now();
    assert.equal(await waitFor(`${base}/${code}/`, 200, PICK_UP), 200, `/${code}/ after its folder\n${log}`);
    console.log(`/${code}/ served ${Date.now() - started} ms after content/${code}/ui.yaml was written`);
    assert.match(log, new RegExp(`content/${code}/ui\\.yaml: a new language\\. Restarting the server`));
  });
});
