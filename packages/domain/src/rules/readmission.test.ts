import { describe, expect, it } from 'vitest';
import { withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';
import { evaluateCase } from './evaluate-case.js';

type Former = NonNullable<Case['candidate']['formerMember']>;
const former = (f: Partial<Former>, rest: Partial<Case> = {}) => {
  const c = withCandidate(
    {
      formerMember: {
        leftOn: '2022-11-10',
        reason: 'struck-off',
        recordExpungedOn: null,
        readmittedBefore: false,
        ...f,
      },
    },
    { consents: { provincialStandingCommittee: '2025-11-01' }, ...rest },
  );
  return Object.fromEntries(
    evaluateCase(c)
      .checks.filter((k) => k.rule.startsWith('L-2'))
      .map((k) => [k.rule, k.status]),
  );
};

describe('L-20/L-21/L-22 re-admission', () => {
  it('L-20: exactly 36 months after leaving (10/11/2022 → vote 10/11/2025) passes', () => {
    expect(former({})['L-20']).toBe('pass');
  });
  it('L-20: 35 months and 30 days after leaving fails', () => {
    expect(former({ leftOn: '2022-11-11' })['L-20']).toBe('fail');
  });
  it('L-20: a minor conviction needs 60 months since the record was expunged', () => {
    expect(
      former({ leftOn: '2015-01-01', reason: 'convicted-minor', recordExpungedOn: '2020-11-10' })['L-20'],
    ).toBe('pass');
    expect(
      former({ leftOn: '2015-01-01', reason: 'convicted-minor', recordExpungedOn: '2020-11-11' })['L-20'],
    ).toBe('fail');
    expect(former({ leftOn: '2015-01-01', reason: 'convicted-minor', recordExpungedOn: null })['L-20']).toBe(
      'pending',
    );
  });
  it('L-20: pending without the provincial consent, fail when the decision came first', () => {
    expect(former({}, { consents: { provincialStandingCommittee: null } })['L-20']).toBe('pending');
    expect(
      former(
        {},
        {
          consents: { provincialStandingCommittee: null },
          decision: { date: '2025-12-01', receivedOn: null, extendedWorkingDays: 0 },
        },
      )['L-20'],
    ).toBe('fail');
  });
  it.each(['abandoned', 'resigned', 'disunity', 'convicted-corruption', 'convicted-serious'] as const)(
    'L-21: leaving as "%s" bars re-admission for ever',
    (reason) => {
      expect(former({ leftOn: '2000-01-01', reason })['L-21']).toBe('fail');
    },
  );
  it.each(['struck-off', 'resigned-family-hardship', 'expelled', 'convicted-minor'] as const)(
    'L-21: leaving as "%s" does not bar it',
    (reason) => {
      expect(former({ reason })['L-21']).toBe('pass');
    },
  );
  it('L-22: someone re-admitted before cannot be re-admitted again', () => {
    expect(former({ readmittedBefore: true })['L-22']).toBe('fail');
    expect(former({ readmittedBefore: false })['L-22']).toBe('pass');
  });
  it('L-20..L-22: not applicable to someone never a member', () => {
    const a = evaluateCase(withCandidate({ formerMember: null }));
    expect(a.checks.filter((k) => k.rule.startsWith('L-2')).every((k) => k.status === 'not-applicable')).toBe(
      true,
    );
  });
});
