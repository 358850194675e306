import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { differences, lines, referenceDir, unreferencedLocales } from './chart-references.ts';

const svg = (y: number) => `<svg><rect y="${y}"/><g class="t" data-t="1"/></svg>`;

describe('chart references', () => {
  const home = process.cwd();
  const root = mkdtempSync(join(tmpdir(), 'references-'));
  const image = (locale: string, y: number) => {
    mkdirSync(join(root, 'dist', locale, 'charts', 'c'), { recursive: true });
    writeFileSync(join(root, 'dist', locale, 'charts', 'c', 'c-light.svg'), svg(y));
  };
  const reference = (locale: string, y: number) => {
    mkdirSync(join(root, referenceDir, locale), { recursive: true });
    writeFileSync(join(root, referenceDir, locale, 'c-light.svg'), lines(svg(y)));
  };
  before(() => process.chdir(root));
  after(() => {
    process.chdir(home);
    rmSync(root, { recursive: true, force: true });
  });

  it('passes an image drawn as its reference, and names a moved one with its line', () => {
    image('xx', 1);
    reference('xx', 1);
    assert.deepEqual(differences('dist'), []);
    image('xx', 2);
    assert.match(differences('dist').join('\n'), /xx\/charts\/c\/c-light\.svg differs .* from line 2/);
    image('xx', 1);
  });

  it('names a language with no references yet without failing it, and fails a missing file of one that has them', () => {
    image('yy', 5);
    assert.deepEqual(differences('dist'), []);
    assert.deepEqual(unreferencedLocales('dist'), ['yy']);
    mkdirSync(join(root, referenceDir, 'yy'), { recursive: true });
    assert.deepEqual(unreferencedLocales('dist'), []);
    assert.match(differences('dist').join('\n'), /yy\/c-light\.svg is missing/);
  });
});
