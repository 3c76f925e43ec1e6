import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, makeCase } from '../../test/case.js';

import { ruleSetOn } from './rule-sets.js';
import { requiredVotes, votePasses } from './votes.js';

const rules = ruleSetOn('2025-11-10').numbers;
const TWO_THIRDS = rules.voteThreshold.value;
const cellVote = (officialMembers: number, notCounted: number, inFavour: number) => {
  const a = judge(makeCase({ cellVote: { date: '2025-11-10', officialMembers, notCounted, inFavour } }));
  return (rule: string) => a.checks.find((k) => k.rule === rule && k.step === 'cell-vote')?.status;
};

describe('T-02..T-04 and O-04: the cell vote', () => {
  it('T-04: 20 official members need 14 votes', () => {
    expect(requiredVotes(20, TWO_THIRDS)).toBe(14);
    expect(cellVote(20, 0, 14)('T-02')).toBe('pass');
  });
  it('T-04: 20 official, 13 in favour fails (counted on the denominator, not attendance)', () => {
    expect(cellVote(20, 0, 13)('T-02')).toBe('fail');
  });
  it('T-03: members not counted leave the denominator: 20 official, 1 excluded, 13 in favour passes (13 of 19)', () => {
    expect(cellVote(20, 1, 13)('T-02')).toBe('pass');
    expect(cellVote(20, 1, 12)('T-02')).toBe('fail');
  });
  it('O-04: a cell with 2 official members cannot vote, even unanimously', () => {
    const s = cellVote(2, 0, 2);
    expect(s('O-04')).toBe('fail');
    expect(s('T-02')).toBe('fail');
  });
  it('O-04: 3 official members can vote; 2 of 3 in favour passes', () => {
    const s = cellVote(3, 0, 2);
    expect(s('O-04')).toBe('pass');
    expect(s('T-02')).toBe('pass');
    expect(cellVote(3, 0, 1)('T-02')).toBe('fail');
  });
  it('T-02: a vote with every member excluded cannot carry', () => {
    expect(votePasses({ officialMembers: 5, notCounted: 5, inFavour: 0 }, rules)).toBe(false);
  });
  it('T-02: pending before the cell has voted', () => {
    const a = judge(makeCase({ cellVote: null, asOf: '2025-11-01' }));
    expect(a.checks.find((k) => k.rule === 'T-02')?.status).toBe('pending');
  });
  it('T-02: the threshold is the least k with 3k ≥ 2d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (d) => {
        const k = requiredVotes(d, TWO_THIRDS);
        expect(3 * k).toBeGreaterThanOrEqual(2 * d);
        if (k > 0) expect(3 * (k - 1)).toBeLessThan(2 * d);
      }),
    );
  });
  it('T-02: votePasses agrees with 3·inFavour ≥ 2·(official − notCounted) for cells of 3 or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 500 }), fc.nat(), fc.nat(), (official, a, b) => {
        const notCounted = a % official;
        const inFavour = b % (official - notCounted + 1);
        expect(votePasses({ officialMembers: official, notCounted, inFavour }, rules)).toBe(
          3 * inFavour >= 2 * (official - notCounted),
        );
      }),
    );
  });
  it('T-02 (recognition): the recognition vote is judged by the same 2/3 rule', () => {
    const a = judge(
      makeCase({
        asOf: '2026-12-20',
        decision: { date: '2025-12-01', receivedOn: '2025-12-03', extendedWorkingDays: 0 },
        ceremony: { date: '2025-12-10' },
        recognitionVote: { date: '2026-12-15', officialMembers: 9, notCounted: 0, inFavour: 5 },
      }),
    );
    const recognition = a.checks.find((k) => k.rule === 'T-02' && k.step === 'recognition-vote');
    expect(recognition?.status).toBe('fail');
    expect(recognition?.details.required).toBe(6);
  });
});
