import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gaps } from './gaps.ts';

describe('gaps', () => {
  it('keeps the whole line when nothing is in the way', () => {
    assert.deepEqual(gaps(0, 100, []), [[0, 100]]);
    assert.deepEqual(gaps(0, 100, [[120, 140]]), [[0, 100]]);
  });

  it('leaves a padded gap at each label the line would cross, in any order', () => {
    assert.deepEqual(
      gaps(0, 100, [
        [60, 70],
        [20, 30],
      ]),
      [
        [0, 18],
        [32, 58],
        [72, 100],
      ],
    );
  });

  it('merges overlapping labels and stops at the ends', () => {
    assert.deepEqual(
      gaps(
        0,
        100,
        [
          [-10, 5],
          [40, 60],
          [50, 70],
          [95, 130],
        ],
        0,
      ),
      [
        [5, 40],
        [70, 95],
      ],
    );
  });
});
