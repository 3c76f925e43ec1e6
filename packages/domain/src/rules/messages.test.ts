import { describe, expect, it } from 'vitest';
import { makeCase, withCandidate } from '../../test/case.js';
import { checkAge } from './age.js';
import type { Case } from './case-schema.js';
import { judging } from './context.js';
import { checkIntroducers } from './introducers.js';
import { checkReadmission } from './readmission.js';
import type { RuleSet, RuleSetNumbers } from './rule-sets.js';
import type { Check } from './types.js';
import { checkVote } from './votes.js';

/** The case judged with its rule set's numbers changed: what a new regulation with other values would say. */
function judgedWith(c: Case, change: Partial<{ [K in keyof RuleSetNumbers]: RuleSetNumbers[K]['value'] }>) {
  const j = judging(c);
  const numbers = { ...j.ruleSet.numbers } as Record<string, { value: unknown }>;
  for (const [name, value] of Object.entries(change)) numbers[name] = { ...numbers[name], value };
  const ruleSet: RuleSet = { ...j.ruleSet, numbers: numbers as unknown as RuleSetNumbers };
  return { ...j, ruleSet, decisionRuleSet: ruleSet };
}
const vi = (checks: readonly Check[], rule: string) => checks.find((k) => k.rule === rule)?.message.vi ?? '';

describe('messages repeat the rule set’s numbers, never literals', () => {
  it('E-02: the age window in the message follows ageWindowMonths (17 to 65 years, 204 months)', () => {
    const j = judgedWith(withCandidate({ birthDate: '2008-06-01' }), {
      ageWindowMonths: { min: 17 * 12, max: 65 * 12 },
    });
    expect(checkAge(j).e02.status).toBe('pass');
    expect(checkAge(j).e02.message.vi).toContain('đủ 17 tuổi đến đủ 65 tuổi');
    const young = judgedWith(withCandidate({ birthDate: '2010-01-01' }), {
      ageWindowMonths: { min: 17 * 12, max: 65 * 12 },
    });
    expect(checkAge(young).e02.message.vi).toContain('chưa đủ 17 tuổi (204 tháng');
    const old = judgedWith(withCandidate({ birthDate: '1955-01-01' }), {
      ageWindowMonths: { min: 17 * 12, max: 65 * 12 },
    });
    expect(checkAge(old).e02.message.vi).toContain('quá 65 tuổi (780 tháng)');
    expect(checkAge(old).e04.message.vi).toContain('trên 65 tuổi');
  });
  it('E-13: the youth band in the message follows youthAgeMonths (15–35)', () => {
    const c = withCandidate(
      { birthDate: '1995-01-01', youthUnionMember: false },
      {
        unit: { youthUnionPresent: true, tradeUnionPresent: false },
        introducers: [{ kind: 'youth-union', resolutionDate: '2025-11-01' }],
      },
    );
    const j = judgedWith(c, { youthAgeMonths: { min: 15 * 12, max: 36 * 12 - 1 } });
    expect(vi(checkIntroducers(j), 'E-13')).toContain('(15–35)');
  });
  it('I-01/I-03/I-05: the introducers required and the months together follow the rule set (3 members, 18 months)', () => {
    const c = makeCase({
      introducers: [
        {
          kind: 'member',
          officialSince: '2010-01-01',
          together: [{ from: '2025-01-01', to: null, relation: 'work' }],
          replacement: false,
        },
        { kind: 'member', officialSince: '2010-01-01', together: [], replacement: true },
      ],
    });
    const j = judgedWith(c, {
      introducersRequired: { members: 3, membersBesideUnion: 1 },
      introducerTogetherMonths: 18,
    });
    const checks = checkIntroducers(j);
    expect(vi(checks, 'I-01')).toContain('cần ba đảng viên chính thức');
    expect(vi(checks, 'I-03')).toContain('đủ 18 tháng');
    expect(vi(checks, 'I-05')).toContain('không cần đủ 18 tháng');
  });
  it('L-20/L-22: the waits, the probation and the number of re-admissions follow the rule set', () => {
    const c = withCandidate({
      formerMember: {
        leftOn: '2015-01-01',
        reason: 'convicted-minor',
        recordExpungedOn: null,
        readmittedBefore: false,
      },
    });
    const j = judgedWith(c, {
      readmissionWaitMonths: { sinceLeaving: 48, sinceExpunged: 72 },
      probationMonths: 18,
      readmissionMaxTimes: 2,
    });
    const { vote } = checkReadmission(j);
    expect(vi(vote, 'L-20')).toContain('đủ 72 tháng sau khi xóa án tích');
    expect(vi(vote, 'L-22')).toContain('thời kỳ dự bị 18 tháng');
    const again = judgedWith(
      withCandidate({
        formerMember: {
          leftOn: '2015-01-01',
          reason: 'struck-off',
          recordExpungedOn: null,
          readmittedBefore: true,
        },
      }),
      { readmissionMaxTimes: 2 },
    );
    expect(vi(checkReadmission(again).vote, 'L-22')).toContain('kết nạp lại hai lần');
  });
  it('T-02: the share in the message follows voteThreshold (3/4)', () => {
    const j = judgedWith(makeCase(), { voteThreshold: { numerator: 3, denominator: 4 } });
    const [, t02] = checkVote(
      { date: '2025-11-10', officialMembers: 20, notCounted: 0, inFavour: 14 },
      'admission',
      j.ruleSet,
    );
    expect(t02?.status).toBe('fail');
    expect(t02?.message.vi).toContain('cần ít nhất 15 (3/4 tổng số');
  });
});
