import { describe, expect, it } from 'vitest';
import { checkRepeatedVotes } from './failed-votes.js';

/** A recognition vote of a 20-member cell: 14 in favour carry (2/3), 13 do not. */
const vote = (date: string, inFavour: number) => ({ date, officialMembers: 20, notCounted: 0, inFavour });

describe('T-09/L-13 three failed votes: the cell reports up, the superior decides', () => {
  it('T-09: two failed recognition votes leave the cell one more vote (pending)', () => {
    const c = checkRepeatedVotes([vote('2026-10-01', 13), vote('2026-11-02', 12)], 'recognition');
    expect(c.status).toBe('pending');
    expect(c.details).toMatchObject({ failed: 2, limit: 3 });
    expect(c.citation).toBe('Quy định 294-QĐ/TW, điểm 4.2.3');
  });
  it('T-09: the third failed vote escalates to the superior (fail)', () => {
    const c = checkRepeatedVotes(
      [vote('2026-10-01', 13), vote('2026-11-02', 12), vote('2026-12-01', 13)],
      'recognition',
    );
    expect(c.status).toBe('fail');
    expect(c.details).toMatchObject({ failed: 3, escalatedOn: '2026-12-01', ignored: 0 });
    expect(c.message.vi).toContain('3 lần không đạt 2/3');
    expect(c.message.vi).toContain('báo cáo cấp ủy cấp trên trực tiếp');
  });
  it('L-13: a vote carried at the third attempt passes', () => {
    const c = checkRepeatedVotes(
      [vote('2026-12-01', 14), vote('2026-10-01', 13), vote('2026-11-02', 12)],
      'recognition',
    );
    expect(c.status).toBe('pass');
    expect(c.details).toMatchObject({ failed: 2, carriedOn: '2026-12-01' });
  });
  it('L-13: a fourth vote after three failures does not count, even carried', () => {
    const c = checkRepeatedVotes(
      [vote('2026-10-01', 13), vote('2026-11-02', 12), vote('2026-12-01', 13), vote('2027-01-04', 20)],
      'strike-off',
    );
    expect(c.status).toBe('fail');
    expect(c.details).toMatchObject({ ignored: 1, stage: 'strike-off' });
  });
  it('T-09: no vote yet, or a vote without counts, is pending', () => {
    expect(checkRepeatedVotes([], 'recognition').status).toBe('pending');
    expect(
      checkRepeatedVotes([{ date: '2026-10-01', officialMembers: null, inFavour: null }], 'recognition')
        .status,
    ).toBe('pending');
  });
  it('T-09: a vote in a cell of 2 official members cannot carry (O-04) and counts as failed', () => {
    const c = checkRepeatedVotes([{ date: '2026-10-01', officialMembers: 2, inFavour: 2 }], 'recognition');
    expect(c.status).toBe('pending');
    expect(c.details).toMatchObject({ failed: 1 });
  });
});
