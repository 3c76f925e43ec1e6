import { describe, expect, it } from 'vitest';
import { type BoardSnapshotData, boardOn } from './board-snapshot.js';
import { publishedBreakdown, quarterEndsThrough, safeToPublish } from './composition.js';

const G = ['F', 'M'] as const;
const admitted = (...list: [string, 'F' | 'M'][]) => list.map(([on, value]) => ({ on, value }));

describe('what a breakdown of new members may publish', () => {
  it('safeToPublish: every non-empty group reaches the minimum (>=) and none holds everyone', () => {
    expect(safeToPublish({ F: 3, M: 3 }, 3)).toBe(true);
    expect(safeToPublish({ F: 2, M: 4 }, 3)).toBe(false);
    // "8 of 8 men" names everyone's value.
    expect(safeToPublish({ F: 0, M: 8 }, 3)).toBe(false);
    expect(safeToPublish({ F: 0, M: 0 }, 3)).toBe(true);
  });

  it('counts at quarter ends only: two consecutive days show the same figures', () => {
    expect(quarterEndsThrough(2023, '2023-07-01')).toEqual(['2023-03-31', '2023-06-30']);
    const members = admitted(
      ['2023-01-10', 'F'],
      ['2023-02-10', 'F'],
      ['2023-03-10', 'F'],
      ['2023-03-11', 'M'],
      ['2023-03-12', 'M'],
      ['2023-03-13', 'M'],
      ['2023-08-01', 'F'],
    );
    const before = publishedBreakdown(G, members, 2023, '2023-07-31', 3);
    const after = publishedBreakdown(G, members, 2023, '2023-08-01', 3);
    expect(before).toEqual({ on: '2023-06-30', counts: { F: 3, M: 3 } });
    expect(after).toEqual(before);
  });

  it('withholds a quarter whose difference from an earlier published quarter points at the people admitted between them', () => {
    const members = admitted(
      ['2023-01-10', 'F'],
      ['2023-02-10', 'F'],
      ['2023-03-10', 'F'],
      ['2023-03-11', 'M'],
      ['2023-03-12', 'M'],
      ['2023-03-13', 'M'],
      // One woman in the second quarter: 4 F, 3 M is safe alone, but 30/06 − 31/03 names her sex.
      ['2023-05-05', 'F'],
    );
    expect(publishedBreakdown(G, members, 2023, '2023-06-30', 3)).toEqual({
      on: '2023-03-31',
      counts: { F: 3, M: 3 },
    });
    // Three more in the third quarter, both sexes at least 3 since the last published quarter: published.
    const more = [
      ...members,
      ...admitted(['2023-07-01', 'M'], ['2023-07-02', 'M'], ['2023-07-03', 'M'], ['2023-07-04', 'F']),
      ...admitted(['2023-07-05', 'F']),
    ];
    expect(publishedBreakdown(G, more, 2023, '2023-09-30', 3)).toEqual({
      on: '2023-09-30',
      counts: { F: 6, M: 6 },
    });
  });

  it('null when no quarter end of the year qualifies (too few, or one group holds everyone)', () => {
    expect(publishedBreakdown(G, admitted(['2023-01-10', 'F']), 2023, '2023-12-31', 3)).toBeNull();
    expect(publishedBreakdown(G, admitted(['2023-01-10', 'M']), 2023, '2023-03-30', 3)).toBeNull();
  });

  it('the board for consecutive days never differs in its composition by one admission', () => {
    const snapshot: BoardSnapshotData = {
      version: 2,
      commune: { slug: 'x', name: 'Xã X' },
      year: 2023,
      computedOn: '2023-12-31',
      communeTargets: [],
      cells: [],
      newMembers: [
        ...['2023-01-05', '2023-01-06', '2023-01-07'].map((on) => ({
          on,
          gender: 'F' as const,
          ageBand: '<=30' as const,
        })),
        ...['2023-02-05', '2023-02-06', '2023-02-07'].map((on) => ({
          on,
          gender: 'M' as const,
          ageBand: '31-40' as const,
        })),
        { on: '2023-05-20', gender: 'M', ageBand: '<=30' },
      ],
      forecasts: [],
      suppressBelow: 3,
    };
    for (const [a, b] of [
      ['2023-05-19', '2023-05-20'],
      ['2023-06-29', '2023-06-30'],
    ] as const)
      expect(boardOn(snapshot, a).composition).toEqual(boardOn(snapshot, b).composition);
    expect(boardOn(snapshot, '2023-06-30').composition.gender).toEqual({
      on: '2023-03-31',
      female: 3,
      male: 3,
    });
  });
});
