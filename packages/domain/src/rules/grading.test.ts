import { describe, expect, it } from 'vitest';
import {
  checkAnnualReview,
  checkExcellentShare,
  checkGrade,
  checkMeritAward,
  excellentCap,
  type GradingFacts,
  highestGrade,
} from './grading.js';
import { ruleSetOn } from './rule-sets.js';

const member = { admittedOn: '2025-06-10', exempted: false, suspended: false };

describe('L-17/M-12 who is reviewed and graded (366-QĐ/TW Art. 5, from 30/08/2025)', () => {
  it('L-17: admitted exactly 6 months before the review (10/06 → 10/12/2025) is reviewed and graded', () => {
    const [l17, m12] = checkAnnualReview(member, '2025-12-10');
    expect(l17.status).toBe('pass');
    expect(l17.details).toMatchObject({ reviewedFrom: '2025-12-10', minMonths: 6 });
    expect(l17.citation).toBe('Quy định 366-QĐ/TW, Điều 5');
    expect(m12.status).toBe('pass');
  });
  it('L-17: admitted 5 months and 29 days before the review is not graded', () => {
    const [l17, m12] = checkAnnualReview(member, '2025-12-09');
    expect(l17.status).toBe('not-applicable');
    expect(l17.message.vi).toContain('chưa đủ 6 tháng');
    expect(m12.status).toBe('not-applicable');
    expect(m12.details).toMatchObject({ excluded: true });
  });
  it('M-12: an exempted member, or a suspended one, writes no self-review', () => {
    const exempted = checkAnnualReview({ ...member, exempted: true }, '2025-12-20')[1];
    const suspended = checkAnnualReview({ ...member, suspended: true }, '2025-12-20')[1];
    expect(exempted.status).toBe('not-applicable');
    expect(exempted.message.vi).toContain('miễn công tác và sinh hoạt đảng');
    expect(suspended.status).toBe('not-applicable');
    expect(suspended.message.vi).toContain('đình chỉ');
  });
  it('M-12: a member admitted long ago, neither exempted nor suspended, is graded', () => {
    expect(checkAnnualReview({ ...member, admittedOn: '2010-01-01' }, '2025-12-20')[1].status).toBe('pass');
  });
  it('L-17: pending without the admission date', () => {
    const [l17, m12] = checkAnnualReview({ ...member, admittedOn: null }, '2025-12-20');
    expect(l17.status).toBe('pending');
    expect(m12.status).toBe('pending');
    expect(m12.rule).toBe('M-12');
  });
  it('L-17: a review on 29/08/2025 is not judged (366-QĐ/TW starts 30/08/2025); on 30/08/2025 it is', () => {
    const before = checkAnnualReview({ ...member, admittedOn: '2025-03-01' }, '2025-08-29');
    expect(before.map((c) => [c.rule, c.status])).toEqual([
      ['L-17', 'not-applicable'],
      ['M-12', 'not-applicable'],
    ]);
    expect(before[0]?.details).toMatchObject({ appliesFrom: '2025-08-30' });
    expect(checkAnnualReview({ ...member, admittedOn: '2025-03-01' }, '2025-08-30')[0].status).toBe(
      'not-applicable',
    );
    expect(checkAnnualReview({ ...member, admittedOn: '2025-02-28' }, '2025-08-30')[0].status).toBe('pass');
  });
});

const scale = ruleSetOn('2025-12-01').numbers.gradingScale.value;
if (!scale) throw new Error('the 294-QĐ/TW set holds the grading scale');
/** Ten tasks all done on time, 3 exceeded, past shortcomings fixed. */
const year = (over: Partial<GradingFacts> = {}): GradingFacts => ({
  score: 92,
  tasks: 10,
  done: 10,
  late: 0,
  exceeded: 3,
  shortcomingsFixed: true,
  disqualified: false,
  ...over,
});

describe('Q-05 the grading scale out of 100 (366-QĐ/TW Art. 11)', () => {
  it('Q-05: 90 points with the other conditions is "Hoàn thành xuất sắc"; 89.9 is "Hoàn thành tốt"', () => {
    expect(highestGrade(year({ score: 90 }), scale)).toBe('EXCELLENT');
    expect(highestGrade(year({ score: 89.9 }), scale)).toBe('GOOD');
  });
  it('Q-05: 70 points is "Hoàn thành tốt"; 69.9 is "Hoàn thành"', () => {
    expect(highestGrade(year({ score: 70 }), scale)).toBe('GOOD');
    expect(highestGrade(year({ score: 69.9 }), scale)).toBe('COMPLETE');
  });
  it('Q-05: 50 points is "Hoàn thành"; 49.9 is "Không hoàn thành"', () => {
    expect(highestGrade(year({ score: 50 }), scale)).toBe('COMPLETE');
    expect(highestGrade(year({ score: 49.9 }), scale)).toBe('NOT_COMPLETE');
  });
  it('Q-05: excellent needs 30% of the tasks exceeded: 3 of 10 is enough, 2 of 10 is not', () => {
    expect(highestGrade(year({ exceeded: 3 }), scale)).toBe('EXCELLENT');
    expect(highestGrade(year({ exceeded: 2 }), scale)).toBe('GOOD');
  });
  it('Q-05: excellent needs the past shortcomings fixed', () => {
    expect(highestGrade(year({ shortcomingsFixed: false }), scale)).toBe('GOOD');
  });
  it('Q-05: one task late rules out "good"; "complete" allows 20% late (2 of 10), not 3 of 10', () => {
    expect(highestGrade(year({ late: 1 }), scale)).toBe('COMPLETE');
    expect(highestGrade(year({ late: 2 }), scale)).toBe('COMPLETE');
    expect(highestGrade(year({ late: 3 }), scale)).toBe('NOT_COMPLETE');
  });
  it('Q-05: a task left undone, or a disqualifying case, is "Không hoàn thành" whatever the score', () => {
    expect(highestGrade(year({ done: 9 }), scale)).toBe('NOT_COMPLETE');
    expect(highestGrade(year({ score: 100, disqualified: true }), scale)).toBe('NOT_COMPLETE');
  });
  it('Q-05: a proposed grade no better than the score allows passes; a better one fails, saying why', () => {
    expect(checkGrade(year({ score: 85 }), 'GOOD', '2025-12-20').status).toBe('pass');
    expect(checkGrade(year({ score: 85 }), 'COMPLETE', '2025-12-20').status).toBe('pass');
    const c = checkGrade(year({ score: 85 }), 'EXCELLENT', '2025-12-20');
    expect(c.status).toBe('fail');
    expect(c.message.vi).toContain('cần ít nhất 90 điểm (có 85)');
    expect(c.citation).toBe('Quy định 366-QĐ/TW, Điều 11');
  });
  it('Q-05: pending before a grade is proposed, naming the best allowed', () => {
    const c = checkGrade(year(), null, '2025-12-20');
    expect(c.status).toBe('pending');
    expect(c.details).toMatchObject({ highest: 'EXCELLENT' });
  });
  it('Q-05: excellent grades at most 20% of those graded good: 5 for 25 pass, 6 fail', () => {
    expect(checkExcellentShare({ excellent: 5, good: 25, outstanding: false }, '2025-12-20').status).toBe(
      'pass',
    );
    const c = checkExcellentShare({ excellent: 6, good: 25, outstanding: false }, '2025-12-20');
    expect(c.status).toBe('fail');
    expect(c.details).toMatchObject({ cap: 5, percent: 20 });
  });
  it('Q-05: an outstanding unit may reach 25%: 6 for 24 pass, 7 fail', () => {
    expect(checkExcellentShare({ excellent: 6, good: 24, outstanding: true }, '2025-12-20').status).toBe(
      'pass',
    );
    expect(checkExcellentShare({ excellent: 7, good: 24, outstanding: true }, '2025-12-20').status).toBe(
      'fail',
    );
    expect(excellentCap(24, true, scale)).toBe(6);
    expect(excellentCap(24, false, scale)).toBe(4);
  });
  it('Q-05: not judged before 30/08/2025 (124-QĐ/TW is not held)', () => {
    expect(checkGrade(year(), 'EXCELLENT', '2025-08-29').status).toBe('not-applicable');
    expect(checkGrade(year(), 'EXCELLENT', '2025-08-30').status).toBe('pass');
  });
});

describe('Q-07 awards for excellent years (06-HD/TW 2025 point 19.2)', () => {
  const excellent = (years: number[]) => years.map((y) => ({ year: y, grade: 'EXCELLENT' as const }));
  it('Q-07: an excellent year earns the grassroots committee’s certificate; a good year does not', () => {
    expect(checkMeritAward(excellent([2025]), 2025, 'grassroots', '2026-01-15').status).toBe('pass');
    expect(checkMeritAward([{ year: 2025, grade: 'GOOD' }], 2025, 'grassroots', '2026-01-15').status).toBe(
      'fail',
    );
  });
  it('Q-07: 5 excellent years in a row (2021–2025) earn the superior’s and the province’s awards', () => {
    const grades = excellent([2021, 2022, 2023, 2024, 2025]);
    expect(checkMeritAward(grades, 2025, 'superior', '2026-01-15').status).toBe('pass');
    expect(checkMeritAward(grades, 2025, 'provincial', '2026-01-15').citation).toBe(
      'Hướng dẫn 06-HD/TW 2025, điểm 19.2',
    );
  });
  it('Q-07: 4 excellent years after a good one do not', () => {
    const grades = [{ year: 2021, grade: 'GOOD' as const }, ...excellent([2022, 2023, 2024, 2025])];
    const c = checkMeritAward(grades, 2025, 'superior', '2026-01-15');
    expect(c.status).toBe('fail');
    expect(c.details).toMatchObject({ lower: [2021] });
  });
  it('Q-07: a year with no grade recorded is pending', () => {
    const c = checkMeritAward(excellent([2022, 2023, 2024, 2025]), 2025, 'provincial', '2026-01-15');
    expect(c.status).toBe('pending');
    expect(c.details).toMatchObject({ unknown: [2021] });
  });
  it('Q-07: not judged before the 294-QĐ/TW set (01/07/2025)', () => {
    expect(checkMeritAward(excellent([2024]), 2024, 'grassroots', '2025-06-30').status).toBe(
      'not-applicable',
    );
    expect(checkMeritAward(excellent([2024]), 2024, 'grassroots', '2025-07-01').status).toBe('pass');
  });
});
