import assert from 'node:assert/strict';
import { it } from 'node:test';
import { differences } from '../../scripts/chart-references.ts';
import { BUILDS } from '../builds.ts';

/**
 * Every build draws each chart as its committed reference rendering (e2e/chart-references/): a change
 * to a chart's drawing is a decision, made with `npm run charts:references` and seen in review as a diff.
 */
for (const { dir } of BUILDS)
  it(`${dir}/: every chart image is its reference rendering`, () => {
    assert.deepEqual(differences(dir), []);
  });
