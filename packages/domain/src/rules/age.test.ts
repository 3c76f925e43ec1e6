import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOf, judge, type makeCase, withCandidate } from '../../test/case.js';
import { ageInMonths } from './age.js';

const status = (c: ReturnType<typeof makeCase>, rule: string) => checkOf(judge(c), rule)?.status;
// Cell votes on 10/11/2025: born in November 2007 is exactly 216 months old whatever the day.
const born = (birthDate: string, rest = {}) => withCandidate({ birthDate }, rest);
const beforeVote = (asOf: string) => ({ asOf, cellVote: null });
const decided = (date: string, consent: string | null = null) => ({
  asOf: '2025-12-10',
  consents: { provincialStandingCommittee: consent },
  decision: { date, receivedOn: null, extendedWorkingDays: 0 },
});

describe('E-02/E-03 age window, counted in whole months at the cell vote', () => {
  it('E-02: 17 years 11 months at the cell vote fails', () => {
    expect(ageInMonths('2007-12-01', '2025-11-10')).toBe(215);
    expect(status(born('2007-12-01'), 'E-02')).toBe('fail');
  });
  it('E-02: exactly 18 years (216 months) at the cell vote passes, even born later in the month (E-03 ignores days)', () => {
    expect(status(born('2007-11-30'), 'E-02')).toBe('pass');
    expect(checkOf(judge(born('2007-11-30')), 'E-02')?.details).toMatchObject({ ageMonths: 216 });
  });
  it('E-02: under 18 before the vote is pending with the 18th-birthday month as earliest', () => {
    const a = judge(born('2008-03-20', beforeVote('2025-11-05')));
    expect(checkOf(a, 'E-02')).toMatchObject({
      step: 'cell-vote',
      status: 'pending',
      details: { ageMonths: 212, earliest: '2026-03-01', blocksVote: true },
    });
    expect(checkOf(a, 'E-02')?.message.vi).toContain('từ ngày 01/03/2026');
  });
  it('E-02: 18 years from the first day of the birthday month before the vote passes (the earliest day itself)', () => {
    expect(status(born('2008-03-20', beforeVote('2026-03-01')), 'E-02')).toBe('pass');
    expect(status(born('2008-03-20', beforeVote('2026-02-28')), 'E-02')).toBe('pending');
  });
  it('E-02: exactly 60 years (720 months) passes', () => {
    expect(status(born('1965-11-01'), 'E-02')).toBe('pass');
    expect(status(born('1965-11-01'), 'E-04')).toBe('not-applicable');
  });
  it('E-02: 60 years 1 month at the vote is pending while the decision (and the E-04 consent before it) can still come', () => {
    expect(status(born('1965-10-31'), 'E-02')).toBe('pending');
    expect(checkOf(judge(born('1965-10-31')), 'E-04')).toMatchObject({ step: 'decision', status: 'pending' });
  });
  it('E-02: over 60 before any vote, with no consent and no decision, is pending like the E-07 elder (no earliest)', () => {
    const a = judge(born('1960-01-01', beforeVote('2025-11-05')));
    expect(checkOf(a, 'E-02')?.status).toBe('pending');
    expect(checkOf(a, 'E-02')?.details.earliest).toBeUndefined();
    expect(checkOf(a, 'E-04')?.status).toBe('pending');
  });
  it('E-02/E-04: 60 years 1 month fails once the decision is signed without prior consent', () => {
    const c = born('1965-10-31', decided('2025-12-02'));
    expect(status(c, 'E-02')).toBe('fail');
    expect(status(c, 'E-04')).toBe('fail');
  });
  it('E-04: 60 years 1 month passes with provincial consent dated before the decision', () => {
    const c = born('1965-10-31', decided('2025-12-02', '2025-12-01'));
    expect(status(c, 'E-02')).toBe('pass');
    expect(status(c, 'E-04')).toBe('pass');
  });
  it('E-04: consent dated on the decision day (not before it) fails', () => {
    const c = born('1965-10-31', decided('2025-12-02', '2025-12-02'));
    expect(status(c, 'E-04')).toBe('fail');
    expect(status(c, 'E-02')).toBe('fail');
  });
  it('E-02: judged at asOf before the cell has voted', () => {
    const c = born('2007-12-01', { asOf: '2025-12-05', cellVote: null });
    expect(status(c, 'E-02')).toBe('pass');
  });
  it('E-02: pending without a birth date', () => {
    expect(status(withCandidate({ birthDate: null }), 'E-02')).toBe('pending');
  });
  it('E-03: the message tells the age in years and months and the vote date as dd/MM/yyyy', () => {
    const msg = checkOf(judge(born('2007-12-01')), 'E-02')?.message.vi;
    expect(msg).toContain('17 tuổi 11 tháng');
    expect(msg).toContain('10/11/2025');
  });
});

describe('ageInMonths properties', () => {
  const day = fc
    .integer({ min: -20_000, max: 40_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  it('E-03: equals (y*12+m) − (by*12+bm)', () => {
    fc.assert(
      fc.property(day, day, (b, d) => {
        const [by, bm] = b.split('-').map(Number) as [number, number];
        const [y, m] = d.split('-').map(Number) as [number, number];
        expect(ageInMonths(b, d)).toBe(y * 12 + m - (by * 12 + bm));
      }),
    );
  });
  it('E-03: is monotone in the judging date', () => {
    fc.assert(
      fc.property(day, day, day, (b, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(ageInMonths(b, lo)).toBeLessThanOrEqual(ageInMonths(b, hi));
      }),
    );
  });
});
