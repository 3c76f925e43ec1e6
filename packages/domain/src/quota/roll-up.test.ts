import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUpCommune } from './roll-up.js';
import { percentOfTarget } from './unit-progress.js';

describe('progress against targets', () => {
  it('5 admitted of a target of 7 is 71 % (rounded down)', () => {
    expect(percentOfTarget({ target: 7, admitted: 5 })).toBe(71);
  });
  it('no target gives no percent; a target of 0 counts as met', () => {
    expect(percentOfTarget({ target: null, admitted: 3 })).toBeNull();
    expect(percentOfTarget({ target: 0, admitted: 0 })).toBe(100);
  });
  it('one short of the target is below 100 %, the target itself is 100 %', () => {
    expect(percentOfTarget({ target: 1000, admitted: 999 })).toBe(99);
    expect(percentOfTarget({ target: 1000, admitted: 1000 })).toBe(100);
  });
  it('the commune roll-up adds up its cells and keeps its own target', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            official: fc.nat(200),
            probationary: fc.nat(20),
            admitted: fc.nat(10),
            target: fc.option(fc.nat(10)),
          }),
        ),
        fc.option(fc.nat(50)),
        (cells, communeTarget) => {
          const t = rollUpCommune(cells, communeTarget);
          expect(t.members).toBe(cells.reduce((s, c) => s + c.official + c.probationary, 0));
          expect(t.admitted).toBe(cells.reduce((s, c) => s + c.admitted, 0));
          expect(t.cellTargetSum).toBe(cells.reduce((s, c) => s + (c.target ?? 0), 0));
          expect(t.target).toBe(communeTarget);
          expect(t.cells).toBe(cells.length);
        },
      ),
    );
  });
});
