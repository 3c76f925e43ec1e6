import { describe, expect, it } from 'vitest';
import { judge, statusesOf, withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';

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
  return statusesOf(judge(c), (k) => k.rule.startsWith('L-2'));
};
const decidedOn = (date: string) => ({
  asOf: '2025-12-10',
  decision: { date, receivedOn: null, extendedWorkingDays: 0 },
});

describe('L-20/L-21/L-22 re-admission', () => {
  it('L-20: exactly 36 months after leaving (10/11/2022 → vote 10/11/2025) passes', () => {
    expect(former({})['L-20']).toBe('pass');
  });
  it('L-20: 35 months and 30 days after leaving fails at the cell vote', () => {
    expect(former({ leftOn: '2022-11-11' })['L-20']).toBe('fail');
  });
  it('L-20: before the vote, a wait not yet over is pending with the end of the wait as earliest', () => {
    const c = withCandidate(
      {
        formerMember: {
          leftOn: '2023-01-15',
          reason: 'struck-off',
          recordExpungedOn: null,
          readmittedBefore: false,
        },
      },
      { asOf: '2025-11-05', cellVote: null },
    );
    const l20 = judge(c).checks.find((k) => k.rule === 'L-20' && k.step === 'cell-vote');
    expect(l20).toMatchObject({ status: 'pending', details: { earliest: '2026-01-15' } });
  });
  it('L-20: before the vote, on the day the 36 months end, the wait passes', () => {
    const c = withCandidate(
      {
        formerMember: {
          leftOn: '2022-11-05',
          reason: 'struck-off',
          recordExpungedOn: null,
          readmittedBefore: false,
        },
      },
      { asOf: '2025-11-05', cellVote: null },
    );
    expect(statusesOf(judge(c), (k) => k.rule === 'L-20')['L-20']).toBe('pass');
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
  it('L-20: the consent is judged at the decision: pending without it, fail when the decision came first', () => {
    const waited = former({}, { consents: { provincialStandingCommittee: null } });
    expect(waited).toMatchObject({ 'L-20': 'pass', 'L-20@decision': 'pending' });
    expect(
      former({}, { consents: { provincialStandingCommittee: null }, ...decidedOn('2025-12-01') })[
        'L-20@decision'
      ],
    ).toBe('fail');
  });
  it('L-20: consent dated the day before the decision passes; on the decision day fails', () => {
    const on = (consent: string) =>
      former({}, { consents: { provincialStandingCommittee: consent }, ...decidedOn('2025-12-01') })[
        'L-20@decision'
      ];
    expect(on('2025-11-30')).toBe('pass');
    expect(on('2025-12-01')).toBe('fail');
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
  it('L-21/L-22: fail even before the vote, as nothing can cure them', () => {
    const early = { asOf: '2025-11-05', cellVote: null };
    expect(former({ leftOn: '2000-01-01', reason: 'abandoned' }, early)['L-21']).toBe('fail');
    expect(former({ readmittedBefore: true }, early)['L-22']).toBe('fail');
  });
  it('L-20..L-22: not applicable to someone never a member', () => {
    const a = judge(withCandidate({ formerMember: null }));
    expect(a.checks.filter((k) => k.rule.startsWith('L-2')).every((k) => k.status === 'not-applicable')).toBe(
      true,
    );
  });
});
