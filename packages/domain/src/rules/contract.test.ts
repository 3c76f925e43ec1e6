// The semantics of case-format.md ("Semantics every implementation must share") where today's engine disagrees: a
// condition a later fact can cure is pending before its step, impossible inputs are refused, steps out of the lawful
// order are judged and fail the rule they break. Written to the contract, not to today's answers: the tests that fail
// here are reconciled by the parallel work on the engine's semantics (see the commit that adds this file).
import { describe, expect, it } from 'vitest';
import { makeCase, withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';
import { evaluateCase } from './evaluate-case.js';
import { parseCase } from './parse-case.js';

const check = (c: Case, rule: string) => evaluateCase(c).checks.find((k) => k.rule === rule);
const failing = (c: Case) =>
  evaluateCase(c)
    .checks.filter((k) => k.status === 'fail')
    .map((k) => k.rule);
/** Before the cell has voted: judged on asOf 20/11/2025. */
const beforeVote = { cellVote: null, asOf: '2025-11-20' } satisfies Partial<Case>;
const issuePaths = (json: unknown) => {
  const parsed = parseCase(json);
  return parsed.ok ? [] : parsed.issues.map((i) => i.path);
};

describe('before its step, a condition a later fact can satisfy is pending, never fail', () => {
  it('E-02: 17 years 10 months before the cell vote is pending, earliest the month of the 18th birthday', () => {
    const c = check(withCandidate({ birthDate: '2008-01-15' }, beforeVote), 'E-02');
    expect(c?.status).toBe('pending');
    expect(c?.details.earliest).toBe('2026-01-01');
  });
  it('E-08: an expired certificate before the cell vote is pending (the class can be retaken)', () => {
    expect(check(makeCase({ ...beforeVote, certificate: { issuedOn: '2020-01-01' } }), 'E-08')?.status).toBe(
      'pending',
    );
  });
  it('L-20: 22 months after leaving, before the cell vote, is pending with the first day it can pass', () => {
    const c = check(
      withCandidate(
        {
          formerMember: {
            leftOn: '2024-01-01',
            reason: 'struck-off',
            recordExpungedOn: null,
            readmittedBefore: false,
          },
        },
        beforeVote,
      ),
      'L-20',
    );
    expect(c?.status).toBe('pending');
    expect(c?.details.earliest).toBe('2027-01-01');
  });
  it('L-21: a reason that bars re-admission fails even before the cell vote (nothing can cure it)', () => {
    const c = withCandidate(
      {
        formerMember: {
          leftOn: '2015-01-01',
          reason: 'abandoned',
          recordExpungedOn: null,
          readmittedBefore: false,
        },
      },
      beforeVote,
    );
    expect(check(c, 'L-21')?.status).toBe('fail');
  });
});

describe('impossible inputs are refused, naming the field', () => {
  it('E-02: a birth on the day of the cell vote is refused', () => {
    const c = withCandidate({ birthDate: '2025-11-10' });
    expect(issuePaths(c)).toContain('candidate.birthDate');
  });
  it('E-02: a birth the day before the cell vote is accepted as input (and fails the age window)', () => {
    // The cell vote is the only step recorded: no certificate, introducers with no periods together yet.
    const c = withCandidate(
      { birthDate: '2025-11-09' },
      {
        certificate: null,
        introducers: [
          { kind: 'member', officialSince: '2015-01-01', together: [], replacement: false },
          { kind: 'member', officialSince: '2018-05-01', together: [], replacement: false },
        ],
      },
    );
    expect(parseCase(c).ok).toBe(true);
    expect(check(c, 'E-02')?.status).toBe('fail');
  });
  it('T-02: a cell vote dated after asOf is refused', () => {
    expect(issuePaths(makeCase({ asOf: '2025-11-09' }))).toContain('cellVote.date');
    expect(parseCase(makeCase({ asOf: '2025-11-10' })).ok).toBe(true);
  });
  it('L-20: a former membership that ended after the cell vote is refused', () => {
    const left = (leftOn: string) =>
      withCandidate({
        formerMember: { leftOn, reason: 'struck-off', recordExpungedOn: null, readmittedBefore: false },
      });
    expect(issuePaths(left('2025-11-11'))).toContain('candidate.formerMember.leftOn');
  });
});

describe('steps out of the lawful order are judged, not refused, and fail the rule they break', () => {
  it('L-01: an admission decision dated before the cell vote fails', () => {
    const c = makeCase({ decision: { date: '2025-11-01', receivedOn: null, extendedWorkingDays: 0 } });
    expect(parseCase(c).ok).toBe(true);
    expect(failing(c).some((rule) => rule === 'L-01' || rule === 'T-02')).toBe(true);
  });
  it('L-03: a ceremony before the cell received the decision fails L-03', () => {
    const c = makeCase({
      asOf: '2026-01-30',
      decision: { date: '2025-12-01', receivedOn: '2025-12-10', extendedWorkingDays: 0 },
      ceremony: { date: '2025-12-05' },
    });
    expect(failing(c)).toContain('L-03');
  });
  it('L-05: a recognition vote before probation ends fails, and no official date follows', () => {
    const c = makeCase({
      asOf: '2027-01-30',
      decision: { date: '2025-12-01', receivedOn: '2025-12-02', extendedWorkingDays: 0 },
      ceremony: { date: '2025-12-05' },
      recognitionVote: { date: '2026-11-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
      recognitionDecision: { date: '2026-12-20' },
    });
    expect(failing(c).some((rule) => rule === 'L-05' || rule === 'L-10')).toBe(true);
    expect(evaluateCase(c).dates).toMatchObject({ officialFrom: null, seniorityFrom: null });
  });
  it('L-12: a recognition decision after a failed recognition vote gives no official or seniority date', () => {
    const c = makeCase({
      asOf: '2027-01-30',
      decision: { date: '2025-12-01', receivedOn: '2025-12-02', extendedWorkingDays: 0 },
      ceremony: { date: '2025-12-05' },
      recognitionVote: { date: '2026-12-10', officialMembers: 20, notCounted: 0, inFavour: 10 },
      recognitionDecision: { date: '2026-12-20' },
    });
    expect(failing(c)).toContain('T-02');
    expect(evaluateCase(c).dates).toMatchObject({
      probationEnds: '2026-12-05',
      officialFrom: null,
      seniorityFrom: null,
    });
  });
});
