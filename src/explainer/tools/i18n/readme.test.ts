/**
 * README "Translating" is what a translator reads: it must name every placeholder the interface strings
 * use, as the code reads them (`argumentsOf`, the parser the schema and the site use), and every state the
 * translation status gives.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../content/load.ts';
import { uiTexts } from '../../core/checks/ui-keys.ts';
import { argumentsOf } from '../../core/messages.ts';
import { parse } from 'yaml';
import { sourceLocale } from '../../content/locales.ts';
import type { FileState } from './status.ts';
import { STATES } from './xliff.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const translating = /^## Translating\n([\s\S]*?)(?=^## )/m.exec(`${readme}\n## `)?.[1] ?? '';

describe('README, "Translating"', () => {
  it('names every placeholder of the source language’s interface strings', () => {
    const ui = parse(readFileSync(join(projectRoot, 'content', sourceLocale, 'ui.yaml'), 'utf8')) as unknown;
    const names = new Set(
      [...uiTexts(ui).values()].flatMap((text) => (typeof text === 'string' ? argumentsOf(text) : [])),
    );
    assert.ok(names.size > 10, `${names.size} placeholders read`);
    const missing = [...names].filter((name) => !translating.includes(`{${name}}`));
    assert.deepEqual(missing, [], `README "Translating" should explain ${missing.map((n) => `{${n}}`).join(', ')}`);
  });

  it('explains every state of npm run i18n:status', () => {
    const states: FileState[] = ['up to date', 'incomplete', 'outdated', 'new', 'missing'];
    for (const state of states) assert.ok(translating.includes(`**${state}**`), `README explains **${state}**`);
  });

  it('says what the XLIFF import does with each state a CAT tool gives a unit', () => {
    for (const state of STATES) assert.ok(translating.includes(`\`${state}\``), `README names \`${state}\``);
  });
});
