import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

/** The commands that take --root, each with what it needs besides. */
const COMMANDS = [
  ['check-content.ts'],
  ['i18n-status.ts'],
  ['i18n-export.ts', 'fr'],
  ['i18n-import.ts', 'fr.xlf'],
] as const;
const run = (command: readonly string[], root: string) =>
  spawnSync(process.execPath, [join(import.meta.dirname, command[0] ?? ''), ...command.slice(1), '--root', root], {
    encoding: 'utf8',
  });

describe('--root', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const empty = mkdtempSync(join(tmpdir(), 'root-option-'));
  dirs.push(empty);

  for (const command of COMMANDS) {
    it(`${command[0]}: a folder without content/ is refused with the fix, without a stack trace`, () => {
      const result = run(command, empty);
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.match(
        result.stderr,
        /^✗ --root .*: .* has no content\/ folder, so it is not a copy of this project\. Fix: /,
      );
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('i18n-status.ts: settings that name no source language are named with their line, without a stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-option-'));
    dirs.push(root);
    mkdirSync(join(root, 'content', 'data'), { recursive: true });
    writeFileSync(join(root, 'content', 'data', 'site.yaml'), 'source: 12\n');
    const result = run(COMMANDS[1], root);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /^✗ content\/data\/site\.yaml:1: the field "source" is not valid/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });
});
