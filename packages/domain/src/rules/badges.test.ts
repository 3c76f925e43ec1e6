import { describe, expect, it } from 'vitest';
import { checkBadgeAward, nextBadge } from './badges.js';

// Seniority from 19/05/1996: 30 years on 19/05/2026.
const award = (awardOn: string, more: Partial<Parameters<typeof checkBadgeAward>[0]> = {}) =>
  checkBadgeAward({ seniorityFrom: '1996-05-19', years: 30, awardOn, ...more });

describe('M-09 Party badges at 30, 40, 45 … 90 years of seniority', () => {
  it('M-09: the 30-year badge on the day of 30 years passes', () => {
    const c = award('2026-05-19');
    expect(c.status).toBe('pass');
    expect(c.details).toMatchObject({ due: '2026-05-19', earlyMonths: 0, earliest: '2026-05-19' });
    expect(c.citation).toBe('Hướng dẫn 01-HD/TW 2021, Mục 18 (chưa đối chiếu Hướng dẫn 06-HD/TW 2025)');
  });
  it('M-09: the 30-year badge a day before 30 years fails', () => {
    const c = award('2026-05-18');
    expect(c.status).toBe('fail');
    expect(c.message.vi).toContain('19/05/2026');
  });
  it('M-09: a seriously ill member may receive it 12 months early, not 12 months and a day', () => {
    expect(award('2025-05-19', { early: 'serious-illness' }).status).toBe('pass');
    expect(award('2025-05-18', { early: 'serious-illness' }).status).toBe('fail');
  });
  it('M-09: up to 65 years the illness allowance is 12 months; from the 70-year badge it is 24', () => {
    const from = '1961-05-19'; // 65 years on 19/05/2026, 70 years on 19/05/2031
    const at65 = (awardOn: string) =>
      checkBadgeAward({ seniorityFrom: from, years: 65, awardOn, early: 'serious-illness' }).status;
    expect(at65('2025-05-19')).toBe('pass');
    expect(at65('2024-05-19')).toBe('fail');
    expect(
      checkBadgeAward({ seniorityFrom: from, years: 70, awardOn: '2029-05-19', early: 'serious-illness' })
        .status,
    ).toBe('pass');
    expect(
      checkBadgeAward({ seniorityFrom: from, years: 70, awardOn: '2029-05-18', early: 'serious-illness' })
        .status,
    ).toBe('fail');
  });
  it('M-09: posthumously, for a member who died at most 12 months short of the milestone', () => {
    expect(award('2025-09-02', { early: 'posthumous', diedOn: '2025-05-19' }).status).toBe('pass');
    expect(award('2025-09-02', { early: 'posthumous', diedOn: '2025-05-18' }).status).toBe('fail');
    expect(award('2025-09-02', { early: 'posthumous' }).status).toBe('pending');
  });
  it('M-09: interruptions are deducted: 6 months outside the Party move the 30-year badge to 19/11/2026', () => {
    expect(award('2026-11-18', { interruptedMonths: 6 }).status).toBe('fail');
    expect(award('2026-11-19', { interruptedMonths: 6 }).status).toBe('pass');
  });
  it('M-09: there is no 35-year badge', () => {
    const c = award('2031-05-19', { years: 35 });
    expect(c.status).toBe('fail');
    expect(c.message.vi).toContain('30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90');
  });
  it('M-09: pending without a seniority date', () => {
    expect(checkBadgeAward({ seniorityFrom: null, years: 30, awardOn: '2026-05-19' }).status).toBe('pending');
  });
  it('M-09: the next badge after 30 years is the 40-year one; none after 90', () => {
    expect(nextBadge({ seniorityFrom: '1996-05-19' }, '2026-05-19')).toEqual({
      years: 40,
      due: '2036-05-19',
    });
    expect(nextBadge({ seniorityFrom: '1996-05-19' }, '2026-05-18')).toEqual({
      years: 30,
      due: '2026-05-19',
    });
    expect(nextBadge({ seniorityFrom: '1930-02-03' }, '2026-01-01')).toBeNull();
  });
});
