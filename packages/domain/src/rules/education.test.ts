import { describe, expect, it } from 'vitest';
import { judge, statusesOf, withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';

const statuses = (c: Case) => statusesOf(judge(c), (k) => /^E-0[567]$/.test(k.rule));
const BEFORE_VOTE = { asOf: '2025-11-05', cellVote: null } as const;
const DECIDED_ON = (date: string) => ({
  asOf: '2025-11-25',
  decision: { date, receivedOn: null, extendedWorkingDays: 0 },
});

describe('E-05/E-06/E-07 education', () => {
  it('E-05: a lower-secondary diploma passes', () => {
    expect(statuses(withCandidate({ education: 'lower-secondary' }))).toEqual({
      'E-05': 'pass',
      'E-06': 'not-applicable',
      'E-07': 'not-applicable',
      'E-07@decision': 'not-applicable',
    });
  });
  it('E-05: primary school only at the cell vote fails outside hardship areas', () => {
    expect(statuses(withCandidate({ education: 'primary' }))['E-05']).toBe('fail');
  });
  it('E-05: primary school only before the vote is pending (a diploma can still come)', () => {
    expect(statuses(withCandidate({ education: 'primary' }, BEFORE_VOTE))['E-05']).toBe('pending');
  });
  it('E-05: pending while education is not recorded', () => {
    expect(statuses(withCandidate({ education: null }))['E-05']).toBe('pending');
  });
  it('E-06: primary school passes in a hardship area', () => {
    expect(statuses(withCandidate({ education: 'primary', hardshipArea: true }))).toEqual({
      'E-05': 'not-applicable',
      'E-06': 'pass',
      'E-07': 'not-applicable',
      'E-07@decision': 'not-applicable',
    });
  });
  it('E-06: literate only fails at the cell vote in a hardship area for someone who is not a community elder', () => {
    expect(statuses(withCandidate({ education: 'literate', hardshipArea: true }))['E-06']).toBe('fail');
  });
  it('E-06: literate only in a hardship area is pending before the vote', () => {
    expect(statuses(withCandidate({ education: 'literate', hardshipArea: true }, BEFORE_VOTE))['E-06']).toBe(
      'pending',
    );
  });
  it('E-07: a literate community elder passes at the vote and is pending at the decision until the provincial consent', () => {
    expect(statuses(withCandidate({ education: 'literate', communityElder: true }))).toMatchObject({
      'E-07': 'pass',
      'E-07@decision': 'pending',
    });
  });
  it('E-07: a literate community elder before the vote, without consent and decision, is pending like the over-60 case', () => {
    expect(
      statuses(withCandidate({ education: 'literate', communityElder: true }, BEFORE_VOTE))['E-07@decision'],
    ).toBe('pending');
  });
  it('E-07: a literate community elder passes with consent dated before the decision', () => {
    const c = withCandidate(
      { education: 'literate', communityElder: true },
      { ...DECIDED_ON('2025-11-20'), consents: { provincialStandingCommittee: '2025-11-19' } },
    );
    expect(statuses(c)['E-07@decision']).toBe('pass');
  });
  it('E-07: consent dated on the decision day is not prior: the decision fails', () => {
    const c = withCandidate(
      { education: 'literate', communityElder: true },
      { ...DECIDED_ON('2025-11-20'), consents: { provincialStandingCommittee: '2025-11-20' } },
    );
    expect(statuses(c)['E-07@decision']).toBe('fail');
  });
  it('E-07: a decision signed without prior consent fails', () => {
    const c = withCandidate({ education: 'literate', communityElder: true }, DECIDED_ON('2025-11-20'));
    expect(statuses(c)['E-07@decision']).toBe('fail');
  });
  it('E-07: an illiterate community elder fails at the cell vote, and is pending before it', () => {
    expect(statuses(withCandidate({ education: 'none', communityElder: true }))['E-07']).toBe('fail');
    expect(statuses(withCandidate({ education: 'none', communityElder: true }, BEFORE_VOTE))['E-07']).toBe(
      'pending',
    );
  });
  it('E-07: the consent is cited to the guide in force on the decision day', () => {
    const a = judge(withCandidate({ education: 'literate', communityElder: true }, DECIDED_ON('2025-11-20')));
    expect(a.checks.find((k) => k.rule === 'E-07' && k.step === 'decision')?.citation).toBe(
      'Hướng dẫn 06-HD/TW 2025, Mục 1',
    );
  });
});

describe('E-05 versions: "or equivalent" (2016) versus the THCS diploma itself (2021 on)', () => {
  const vocational = (voteDate: string) =>
    withCandidate(
      { education: 'vocational' },
      {
        asOf: voteDate,
        certificate: { issuedOn: '2021-01-10' },
        cellVote: { date: voteDate, officialMembers: 20, notCounted: 0, inFavour: 18 },
      },
    );
  it('E-05: a vocational qualification passes as "equivalent" under 29-QĐ/TW (vote 29/07/2021)', () => {
    const a = judge(vocational('2021-07-29'));
    expect(a.ruleSet).toBe('29-QD/TW');
    expect(a.checks.find((k) => k.rule === 'E-05')?.status).toBe('pass');
  });
  it('E-05: the same case is pending under 24-QĐ/TW (vote 30/07/2021): the THCS diploma must be shown', () => {
    const a = judge(vocational('2021-07-30'));
    expect(a.ruleSet).toBe('24-QD/TW');
    expect(a.checks.find((k) => k.rule === 'E-05')?.status).toBe('pending');
  });
});
