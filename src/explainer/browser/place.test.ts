import assert from 'node:assert/strict';
import { it } from 'node:test';
import { placeTooltip } from './place.ts';

const viewport = { width: 390, height: 800 };
const box = { width: 200, height: 60 };

it('centres a tooltip above its point', () => {
  assert.deepEqual(placeTooltip({ x: 195, y: 300 }, box, viewport), { left: 95, top: 232 });
});

it('keeps a tooltip inside the viewport at either edge', () => {
  assert.equal(placeTooltip({ x: 380, y: 300 }, box, viewport).left, 182);
  assert.equal(placeTooltip({ x: 5, y: 300 }, box, viewport).left, 8);
});

it('puts a tooltip below its point when there is no room above', () => {
  assert.equal(placeTooltip({ x: 195, y: 30 }, box, viewport).top, 38);
});

it('holds a box wider than the viewport at the left margin', () => {
  assert.equal(placeTooltip({ x: 195, y: 300 }, { width: 500, height: 60 }, viewport).left, 8);
});
