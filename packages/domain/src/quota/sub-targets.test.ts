import { describe, expect, it } from 'vitest';
import { checkSubTargets } from './sub-targets.js';

describe('Q-03 sub-targets', () => {
  it('a sub-target equal to the target is fine, one above it warns', () => {
    expect(checkSubTargets(7, { female: 7 })).toEqual([]);
    expect(checkSubTargets(7, { female: 8 }).map((w) => w.key)).toEqual(['female']);
  });
  it('without a target, any positive sub-target warns; absent keys have no sub-target', () => {
    expect(checkSubTargets(null, { youthUnion: 1, religious: 0 }).map((w) => w.key)).toEqual(['youthUnion']);
    expect(checkSubTargets(null, {})).toEqual([]);
  });
});
