import assert from 'node:assert/strict';
import { it } from 'node:test';
import { differences, unreferencedLocales } from '../../scripts/chart-references.ts';
import { BUILDS } from '../builds.ts';

/**
 * Every build draws each chart as its committed reference rendering (e2e/chart-references/): a change
 * to a chart's drawing is a decision, made with `npm run charts:references` and seen in review as a diff.
 */
for (const { dir } of BUILDS)
  it(`${dir}/: every chart image is its reference rendering`, (t) => {
    assert.deepEqual(differences(dir), []);
    // A language whose chart words have just landed has no references yet: named, so that a reviewer adds them.
    for (const locale of unreferencedLocales(dir))
      t.diagnostic(`${locale}: no chart references yet (npm run charts:references adds them)`);
  });
