import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeSplit } from './propose.js';
import { cellGetsNone, checkSplit, sourceFallsShort, splitFallsShort, splitSum } from './split.js';

const cells = (targets: (number | null)[]) =>
  targets.map((target, i) => ({ cellId: `c${i}`, name: `Chi bộ ${i}`, target }));

describe('Q-03: the split is the commune policy, checked with warnings', () => {
  it('a split below the commune target warns (the commune may keep a reserve); equal or above does not', () => {
    expect(splitFallsShort(7, 6)).toBe(true);
    expect(splitFallsShort(7, 7)).toBe(false);
    expect(splitFallsShort(7, 8)).toBe(false);
    expect(splitFallsShort(null, 0)).toBe(false);
    expect(
      checkSplit(7, cells([1, 1, 1, 1, 1, 1]), { everyCellAtLeastOne: false }).map((w) => w.code),
    ).toEqual(['QUOTA.SPLIT_BELOW_TARGET']);
    expect(checkSplit(7, cells([1, 1, 1, 1, 1, 2]))).toEqual([]);
  });

  it('a cell with 0 or no target warns when every cell must admit at least 1, and not when the policy is off', () => {
    expect(cellGetsNone(null)).toBe(true);
    expect(cellGetsNone(0)).toBe(true);
    expect(cellGetsNone(1)).toBe(false);
    const split = cells([2, 0, null, 5]);
    expect(checkSplit(7, split, { everyCellAtLeastOne: true }).map((w) => [w.code, w.cellId])).toEqual([
      ['QUOTA.CELL_WITHOUT_TARGET', 'c1'],
      ['QUOTA.CELL_WITHOUT_TARGET', 'c2'],
    ]);
    expect(checkSplit(7, split, { everyCellAtLeastOne: false })).toEqual([]);
  });

  it('no commune target is said once, and the messages are Vietnamese first', () => {
    const [w] = checkSplit(null, cells([1]));
    expect(w?.code).toBe('QUOTA.NO_COMMUNE_TARGET');
    expect(w?.message.vi).toContain('chỉ tiêu');
  });

  it('the 2023 demo plan (7; every cell 1, the primary school 2) raises no warning', () => {
    expect(checkSplit(7, cells([1, 1, 1, 1, 1, 2, 1, 1]))).toEqual([]);
  });
});

describe('proposeSplit: largest remainder with a floor per cell', () => {
  it('7 over 8 cells cannot give everyone 1 without going over: floors win, sum is 8', () => {
    const parts = proposeSplit(
      7,
      cells([0, 0, 0, 0, 0, 0, 0, 0]).map((c) => ({ cellId: c.cellId, weight: 1 })),
    );
    expect(parts.every((p) => p.target === 1)).toBe(true);
  });

  it('shares the rest by weight: 10 over members 52/19/14 with floor 1', () => {
    const parts = proposeSplit(10, [
      { cellId: 'a', weight: 52 },
      { cellId: 'b', weight: 19 },
      { cellId: 'c', weight: 14 },
    ]);
    // rest 7: 4.28 / 1.56 / 1.15 → 4, 1, 1 and the largest remainder (b, .56) gets the last one.
    expect(parts).toEqual([
      { cellId: 'a', target: 5 },
      { cellId: 'b', target: 3 },
      { cellId: 'c', target: 2 },
    ]);
  });

  it('property: the parts add up to max(total, floor × cells), each at least the floor', () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.array(fc.nat(100), { minLength: 1, maxLength: 12 }),
        fc.nat(3),
        (total, weights, floor) => {
          const parts = proposeSplit(
            total,
            weights.map((weight, i) => ({ cellId: `c${i}`, weight })),
            floor,
          );
          expect(parts.reduce((s, p) => s + p.target, 0)).toBe(Math.max(total, floor * weights.length));
          expect(parts.every((p) => p.target >= floor)).toBe(true);
          expect(splitSum(parts.map((p) => ({ ...p, name: p.cellId })))).toBe(
            Math.max(total, floor * weights.length),
          );
        },
      ),
    );
  });

  it('property: a heavier cell never gets less than a lighter one', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.array(fc.nat(50), { minLength: 2, maxLength: 10 }), (total, weights) => {
        const parts = proposeSplit(
          total,
          weights.map((weight, i) => ({ cellId: `c${i}`, weight })),
        );
        for (let i = 0; i < weights.length; i++)
          for (let j = 0; j < weights.length; j++)
            if ((weights[i] ?? 0) > (weights[j] ?? 0))
              expect(parts[i]?.target ?? 0).toBeGreaterThanOrEqual(parts[j]?.target ?? 0);
      }),
    );
  });

  it('an empty commune gets an empty split', () => {
    expect(proposeSplit(5, [])).toEqual([]);
  });
});

describe('QUOTA.SOURCE_BELOW_TARGET: introduce at least as many as to admit', () => {
  const cell = (target: number | null, sourceTarget: number | null) => [
    { cellId: 'cb', name: 'Chi bộ thôn Nam', target, sourceTarget },
  ];
  const codes = (target: number | null, sourceTarget: number | null) =>
    checkSplit(target, cell(target, sourceTarget)).map((w) => w.code);
  it('a source target equal to the admission target passes; one below it warns', () => {
    expect(codes(2, 2)).not.toContain('QUOTA.SOURCE_BELOW_TARGET');
    expect(codes(2, 1)).toContain('QUOTA.SOURCE_BELOW_TARGET');
    expect(sourceFallsShort(2, 1)).toBe(true);
  });
  it('nothing is compared when either target is missing', () => {
    expect(sourceFallsShort(2, null)).toBe(false);
    expect(sourceFallsShort(null, 0)).toBe(false);
  });
});
