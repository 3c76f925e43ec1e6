import { describe, expect, it } from 'vitest';
import { withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';
import { evaluateCase } from './evaluate-case.js';

const statuses = (c: Case) =>
  Object.fromEntries(
    evaluateCase(c)
      .checks.filter((k) => k.rule.match(/^E-0[567]$/))
      .map((k) => [k.rule, k.status]),
  );

describe('E-05/E-06/E-07 education', () => {
  it('E-05: a lower-secondary diploma passes', () => {
    expect(statuses(withCandidate({ education: 'lower-secondary' }))).toEqual({
      'E-05': 'pass',
      'E-06': 'not-applicable',
      'E-07': 'not-applicable',
    });
  });
  it('E-05: primary school only fails outside hardship areas', () => {
    expect(statuses(withCandidate({ education: 'primary' }))['E-05']).toBe('fail');
  });
  it('E-05: pending while education is not recorded', () => {
    expect(statuses(withCandidate({ education: null }))['E-05']).toBe('pending');
  });
  it('E-06: primary school passes in a hardship area', () => {
    expect(statuses(withCandidate({ education: 'primary', hardshipArea: true }))).toEqual({
      'E-05': 'not-applicable',
      'E-06': 'pass',
      'E-07': 'not-applicable',
    });
  });
  it('E-06: literate only fails in a hardship area for someone who is not a community elder', () => {
    expect(statuses(withCandidate({ education: 'literate', hardshipArea: true }))['E-06']).toBe('fail');
  });
  it('E-07: a literate community elder is pending until the provincial consent', () => {
    expect(statuses(withCandidate({ education: 'literate', communityElder: true }))['E-07']).toBe('pending');
  });
  it('E-07: a literate community elder passes with consent dated before the decision', () => {
    const c = withCandidate(
      { education: 'literate', communityElder: true },
      {
        consents: { provincialStandingCommittee: '2025-11-15' },
        decision: { date: '2025-11-20', receivedOn: null, extendedWorkingDays: 0 },
      },
    );
    expect(statuses(c)['E-07']).toBe('pass');
  });
  it('E-07: a decision signed without prior consent fails', () => {
    const c = withCandidate(
      { education: 'literate', communityElder: true },
      { decision: { date: '2025-11-20', receivedOn: null, extendedWorkingDays: 0 } },
    );
    expect(statuses(c)['E-07']).toBe('fail');
  });
  it('E-07: an illiterate community elder fails', () => {
    expect(statuses(withCandidate({ education: 'none', communityElder: true }))['E-07']).toBe('fail');
  });
});

describe('E-05 versions: "or equivalent" (2016) versus the THCS diploma itself (2021 on)', () => {
  const vocational = (voteDate: string) =>
    withCandidate(
      { education: 'vocational' },
      { asOf: voteDate, cellVote: { date: voteDate, officialMembers: 20, notCounted: 0, inFavour: 18 } },
    );
  it('E-05: a vocational qualification passes as "equivalent" under 29-QĐ/TW (vote 29/07/2021)', () => {
    const a = evaluateCase(vocational('2021-07-29'));
    expect(a.ruleSet).toBe('29-QD/TW');
    expect(a.checks.find((k) => k.rule === 'E-05')?.status).toBe('pass');
  });
  it('E-05: the same case is pending under 24-QĐ/TW (vote 30/07/2021): the THCS diploma must be shown', () => {
    const a = evaluateCase(vocational('2021-07-30'));
    expect(a.ruleSet).toBe('24-QD/TW');
    expect(a.checks.find((k) => k.rule === 'E-05')?.status).toBe('pending');
  });
});
