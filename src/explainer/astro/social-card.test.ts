import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { socialCardPath } from './social-card.ts';

describe('socialCardPath', () => {
  const drawn = readdirSync('public/og').flatMap((f) => (f.endsWith('.png') ? [f.slice(0, -4)] : []));

  it('gives a language its own card, or the first fallback that has one, or none', () => {
    const [first = ''] = drawn;
    assert.ok(first, 'public/og/ has a card');
    assert.equal(socialCardPath([first], '/'), `/og/${first}.png`);
    assert.equal(
      socialCardPath(['xx-no-card', undefined, first], '/zoom-explainer/'),
      `/zoom-explainer/og/${first}.png`,
    );
    assert.equal(socialCardPath(['xx-no-card', 'yy-no-card'], '/'), undefined);
  });
});
