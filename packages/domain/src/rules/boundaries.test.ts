// Both sides of the boundaries of the rules `evaluateCase` judges that the rule files' own tests leave on one side,
// each on a step that has been recorded (what a rule says before its step is the contract of contract.test.ts).
import { describe, expect, it } from 'vitest';
import { makeCase, withCandidate } from '../../test/case.js';
import { vietnamCalendar } from '../calendar/index.js';
import type { Case } from './case-schema.js';
import { evaluateCase } from './evaluate-case.js';

const status = (c: Case, rule: string, stage?: string) =>
  evaluateCase(c).checks.find((k) => k.rule === rule && (stage === undefined || k.details.stage === stage))
    ?.status;
const deadline = (c: Case, rule: string) => evaluateCase(c).deadlines.find((d) => d.rule === rule);

/** Admitted: vote 01/09/2025, decision 01/10, received 06/10, ceremony 20/10/2025; probation ends 20/10/2026. */
const probation = (over: Partial<Case> = {}) =>
  makeCase({
    asOf: '2027-03-01',
    cellVote: { date: '2025-09-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
    decision: { date: '2025-10-01', receivedOn: '2025-10-06', extendedWorkingDays: 0 },
    ceremony: { date: '2025-10-20' },
    ...over,
  });
const PROBATION_ENDS = '2026-10-20';
/** An official member since 2015 who has worked with the candidate since 2020 (as in `makeCase`). */
const SOLID = {
  kind: 'member' as const,
  officialSince: '2015-01-01',
  together: [{ from: '2020-01-01', to: null, relation: 'work' as const }],
  replacement: false,
};
const recognitionVote = (date: string, inFavour = 14) => ({
  date,
  officialMembers: 20,
  notCounted: 0,
  inFavour,
});

describe('T-02 the vote, counted on the denominator', () => {
  it('T-02: with 2 members not counted, 12 of 18 carries and 11 of 18 does not', () => {
    const vote = (inFavour: number) =>
      makeCase({ cellVote: { date: '2025-11-10', officialMembers: 20, notCounted: 2, inFavour } });
    expect(status(vote(12), 'T-02', 'admission')).toBe('pass');
    expect(status(vote(11), 'T-02', 'admission')).toBe('fail');
  });
  it('T-02: the recognition vote of 14 of 20 carries, 13 of 20 does not', () => {
    expect(
      status(probation({ recognitionVote: recognitionVote('2026-10-21', 14) }), 'T-02', 'recognition'),
    ).toBe('pass');
    expect(
      status(probation({ recognitionVote: recognitionVote('2026-10-21', 13) }), 'T-02', 'recognition'),
    ).toBe('fail');
  });
});

describe('I-05 and I-06 at their edges', () => {
  const twoMonths = {
    kind: 'member' as const,
    officialSince: '2010-01-01',
    together: [{ from: '2025-09-10', to: null, relation: 'work' as const }],
  };
  it('I-05: 2 months of co-work suffice for a replacement introducer, not for an ordinary one (I-03)', () => {
    const c = (replacement: boolean) => makeCase({ introducers: [SOLID, { ...twoMonths, replacement }] });
    expect(status(c(true), 'I-05')).toBe('pass');
    expect(status(c(true), 'I-03')).toBe('pass');
    expect(status(c(false), 'I-03')).toBe('fail');
  });
  it('I-06: a union resolution adopted on the day of the cell vote counts; the day after does not', () => {
    const youth = (resolutionDate: string) =>
      withCandidate(
        { birthDate: '2000-01-01', youthUnionMember: true },
        {
          unit: { youthUnionPresent: true, tradeUnionPresent: false },
          introducers: [SOLID, { kind: 'youth-union', resolutionDate }],
        },
      );
    expect(status(youth('2025-11-10'), 'I-06')).toBe('pass');
    expect(status(youth('2025-11-11'), 'I-06')).toBe('fail');
  });
});

describe('L-06/L-12 the dates of a recognised member', () => {
  const recognised = (decidedOn: string | null) =>
    probation({
      recognitionVote: recognitionVote('2026-10-21'),
      recognitionDecision: { date: decidedOn },
    });
  it('L-06: seniority runs from the admission decision’s date (01/10/2025), not the ceremony, once recognised', () => {
    expect(evaluateCase(recognised('2026-11-05')).dates.seniorityFrom).toBe('2025-10-01');
  });
  it('L-06: no seniority date before the recognition decision', () => {
    expect(evaluateCase(recognised(null)).dates.seniorityFrom).toBeNull();
  });
  it('L-12: official from the day probation ends, however late the recognition decision', () => {
    expect(evaluateCase(recognised('2027-02-26')).dates.officialFrom).toBe(PROBATION_ENDS);
    expect(evaluateCase(recognised('2026-11-05')).dates.officialFrom).toBe(PROBATION_ENDS);
  });
  it('L-12: no official date before the recognition decision', () => {
    expect(evaluateCase(recognised(null)).dates).toMatchObject({
      probationEnds: PROBATION_ENDS,
      officialFrom: null,
    });
  });
});

describe('L-10 and L-11 on both sides of their due days', () => {
  const l10 = vietnamCalendar.addWorkingDays(PROBATION_ENDS, 30);
  it('L-10: a recognition vote on the 30th working day after probation ends is met; the next working day missed', () => {
    expect(deadline(probation({ recognitionVote: recognitionVote(l10) }), 'L-10')).toMatchObject({
      rule: 'L-10',
      due: l10,
      status: 'met',
    });
    const late = vietnamCalendar.nextWorkingDay(l10);
    expect(deadline(probation({ recognitionVote: recognitionVote(late) }), 'L-10')?.status).toBe('missed');
  });
  it('L-10: without a vote, open through the due day and overdue after', () => {
    expect(deadline(probation({ asOf: l10 }), 'L-10')?.status).toBe('open');
    expect(deadline(probation({ asOf: vietnamCalendar.nextWorkingDay(l10) }), 'L-10')?.status).toBe(
      'overdue',
    );
  });
  it('L-11: the recognition decision on the 30th working day after the carried vote is met; the next day missed', () => {
    const voteOn = '2026-10-21';
    const due = vietnamCalendar.addWorkingDays(voteOn, 30);
    const decided = (date: string) =>
      deadline(
        probation({ recognitionVote: recognitionVote(voteOn), recognitionDecision: { date } }),
        'L-11',
      );
    expect(decided(due)).toMatchObject({ rule: 'L-11', due, status: 'met' });
    expect(decided(vietnamCalendar.nextWorkingDay(due))?.status).toBe('missed');
  });
  it('L-11: no clock after a recognition vote that did not carry', () => {
    expect(deadline(probation({ recognitionVote: recognitionVote('2026-10-21', 13) }), 'L-11')).toMatchObject(
      { rule: 'L-11', due: null, status: 'not-applicable' },
    );
  });
});

describe('L-20..L-22 re-admission at their edges', () => {
  type Former = NonNullable<Case['candidate']['formerMember']>;
  const former = (f: Partial<Former>) =>
    withCandidate(
      {
        formerMember: {
          leftOn: '2015-01-01',
          reason: 'struck-off',
          recordExpungedOn: null,
          readmittedBefore: false,
          ...f,
        },
      },
      { consents: { provincialStandingCommittee: '2025-11-01' } },
    );
  it('L-20: a minor conviction: exactly 60 months after expungement (10/11/2020) passes, a day less fails', () => {
    expect(status(former({ reason: 'convicted-minor', recordExpungedOn: '2020-11-10' }), 'L-20')).toBe(
      'pass',
    );
    expect(status(former({ reason: 'convicted-minor', recordExpungedOn: '2020-11-11' }), 'L-20')).toBe(
      'fail',
    );
  });
  it('L-21: resigning for exceptional family hardship does not bar re-admission; resigning otherwise does', () => {
    expect(status(former({ reason: 'resigned-family-hardship' }), 'L-21')).toBe('pass');
    expect(status(former({ reason: 'resigned' }), 'L-21')).toBe('fail');
  });
  it('L-21: a minor conviction does not bar re-admission; a serious one does', () => {
    expect(status(former({ reason: 'convicted-minor', recordExpungedOn: '2016-01-01' }), 'L-21')).toBe(
      'pass',
    );
    expect(status(former({ reason: 'convicted-serious' }), 'L-21')).toBe('fail');
  });
  it('L-22: never re-admitted before passes; once before fails', () => {
    expect(status(former({ readmittedBefore: false }), 'L-22')).toBe('pass');
    expect(status(former({ readmittedBefore: true }), 'L-22')).toBe('fail');
  });
});

describe('E-13 and E-06 at their edges', () => {
  it('E-13: a Youth Union member of 30 years 11 months on the youth route passes; not a member fails', () => {
    const youth = (youthUnionMember: boolean) =>
      withCandidate(
        { birthDate: '1994-12-01', youthUnionMember },
        {
          unit: { youthUnionPresent: true, tradeUnionPresent: false },
          introducers: [SOLID, { kind: 'youth-union', resolutionDate: '2025-11-01' }],
        },
      );
    expect(status(youth(true), 'E-13')).toBe('pass');
    expect(status(youth(false), 'E-13')).toBe('fail');
  });
  it('E-13: at 31 years the youth rule does not apply, member or not', () => {
    expect(
      status(
        withCandidate(
          { birthDate: '1994-11-01', youthUnionMember: false },
          {
            unit: { youthUnionPresent: true, tradeUnionPresent: false },
          },
        ),
        'E-13',
      ),
    ).toBe('not-applicable');
  });
  it('E-06: in a hardship area primary school passes and literate only fails', () => {
    expect(status(withCandidate({ education: 'primary', hardshipArea: true }), 'E-06')).toBe('pass');
    expect(status(withCandidate({ education: 'literate', hardshipArea: true }), 'E-06')).toBe('fail');
  });
});
