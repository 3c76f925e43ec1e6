import { describe, expect, it } from 'vitest';
import { checkOf, judge, makeCase } from '../../test/case.js';
import { createWorkingCalendar, vietnamCalendar } from '../calendar/index.js';
import type { Case } from './case-schema.js';

const deadline = (c: Case, rule: string) => judge(c).deadlines.find((d) => d.rule === rule);
const vote = (date: string, inFavour = 18) => ({ date, officialMembers: 20, notCounted: 0, inFavour });

describe('L-05/L-06/L-12 dates (worked example: decision 25/08/2024, ceremony 15/09/2024)', () => {
  const recognised = makeCase({
    asOf: '2025-10-30',
    cellVote: vote('2024-07-01'),
    certificate: { issuedOn: '2024-01-01' },
    decision: { date: '2024-08-25', receivedOn: '2024-08-27', extendedWorkingDays: 0 },
    ceremony: { date: '2024-09-15' },
    recognitionVote: vote('2025-09-20'),
    recognitionDecision: { date: '2025-10-15' },
  });
  it('L-06/L-12: seniority from 2024-08-25, official from 2025-09-15', () => {
    expect(judge(recognised).dates).toEqual({
      probationEnds: '2025-09-15',
      officialFrom: '2025-09-15',
      seniorityFrom: '2024-08-25',
    });
  });
  it('L-05: probation ends 12 months after the ceremony; not yet official before the recognition decision', () => {
    const probation = { ...recognised, recognitionDecision: { date: null } };
    expect(judge(probation).dates).toEqual({
      probationEnds: '2025-09-15',
      officialFrom: null,
      seniorityFrom: null,
    });
  });
  it('L-05: a ceremony on 29/02/2024 ends probation on 28/02/2025', () => {
    const leap = makeCase({
      asOf: '2025-10-30',
      cellVote: vote('2024-01-15'),
      certificate: { issuedOn: '2024-01-01' },
      decision: { date: '2024-02-01', receivedOn: '2024-02-05', extendedWorkingDays: 0 },
      ceremony: { date: '2024-02-29' },
    });
    expect(judge(leap).dates.probationEnds).toBe('2025-02-28');
  });
});

describe('L-01 decision within 60 working days of the cell vote (+ extension ≤ 30)', () => {
  const VOTE = '2025-11-10';
  const due = vietnamCalendar.addWorkingDays(VOTE, 60);
  const withDecision = (date: string | null, asOf = '2026-03-31', extendedWorkingDays = 0) =>
    makeCase({ asOf, decision: { date, receivedOn: null, extendedWorkingDays } });
  it('L-01: a decision on the 60th working day is met; the next day is missed', () => {
    expect(deadline(withDecision(due), 'L-01')).toMatchObject({
      rule: 'L-01',
      step: 'decision',
      due,
      status: 'met',
    });
    expect(deadline(withDecision(vietnamCalendar.nextWorkingDay(due)), 'L-01')?.status).toBe('missed');
  });
  it('L-01: open while asOf is on or before the due day, overdue after', () => {
    expect(deadline(withDecision(null, due), 'L-01')?.status).toBe('open');
    expect(deadline(withDecision(null, vietnamCalendar.nextWorkingDay(due)), 'L-01')?.status).toBe('overdue');
  });
  it('L-01: an extension of 30 working days moves the due day; more than 30 is capped and fails', () => {
    expect(deadline(withDecision(null, '2025-11-20', 30), 'L-01')?.due).toBe(
      vietnamCalendar.addWorkingDays(VOTE, 90),
    );
    const over = withDecision(null, '2025-11-20', 31);
    expect(deadline(over, 'L-01')?.due).toBe(vietnamCalendar.addWorkingDays(VOTE, 90));
    expect(checkOf(judge(over), 'L-01')?.status).toBe('fail');
    expect(checkOf(judge(withDecision('2025-12-01', '2025-12-01', 30)), 'L-01')?.status).toBe('pass');
  });
  it('L-01: not applicable when the cell vote did not carry', () => {
    const failed = makeCase({ cellVote: vote(VOTE, 13) });
    expect(deadline(failed, 'L-01')).toMatchObject({ rule: 'L-01', due: null, status: 'not-applicable' });
  });
  it('L-01: the decision is pending before it is signed', () => {
    expect(checkOf(judge(makeCase()), 'L-01')).toMatchObject({ step: 'decision', status: 'pending' });
  });
});

describe('L-01/L-03/L-10/L-11: steps out of the lawful order are judged, not refused', () => {
  const decided = {
    asOf: '2026-12-31',
    cellVote: vote('2025-11-10'),
    decision: { date: '2025-12-01', receivedOn: '2025-12-03', extendedWorkingDays: 0 },
    ceremony: { date: '2025-12-20', superiorConsentOn: null },
  };
  const recognition = (voteOn: string, inFavour = 18, decisionOn: string | null = null) =>
    makeCase({
      ...decided,
      asOf: '2027-03-31',
      recognitionVote: vote(voteOn, inFavour),
      recognitionDecision: { date: decisionOn, extendedWorkingDays: 0 },
    });

  it('L-01: a decision before the cell vote fails, does not meet L-01 and gives no seniority', () => {
    const c = makeCase({
      ...decided,
      asOf: '2027-03-31',
      decision: { date: '2025-11-07', receivedOn: '2025-11-12', extendedWorkingDays: 0 },
      ceremony: { date: '2025-11-20', superiorConsentOn: null },
      recognitionVote: vote('2026-11-20'),
      recognitionDecision: { date: '2026-12-01', extendedWorkingDays: 0 },
    });
    const a = judge(c);
    expect(checkOf(a, 'L-01', 'decision')).toMatchObject({ status: 'fail', details: { outOfOrder: true } });
    expect(a.deadlines.find((d) => d.rule === 'L-01')?.status).toBe('overdue');
    expect(a.dates).toEqual({ probationEnds: null, officialFrom: null, seniorityFrom: null });
  });
  it('L-01: a decision on the day of the cell vote is in order', () => {
    const c = makeCase({
      ...decided,
      decision: { date: '2025-11-10', receivedOn: null, extendedWorkingDays: 0 },
    });
    expect(checkOf(judge(c), 'L-01', 'decision')?.status).toBe('pass');
  });
  it('L-01: a decision after a cell vote that did not carry fails', () => {
    const c = makeCase({ ...decided, cellVote: vote('2025-11-10', 13) });
    const a = judge(c);
    expect(checkOf(a, 'T-02', 'cell-vote')?.status).toBe('fail');
    expect(checkOf(a, 'L-01', 'decision')?.status).toBe('fail');
    expect(a.dates.probationEnds).toBeNull();
  });
  it('L-01: a decision with no cell vote on record fails', () => {
    const c = makeCase({ ...decided, cellVote: null });
    expect(checkOf(judge(c), 'L-01', 'decision')?.status).toBe('fail');
  });
  it('L-03: a ceremony before the decision was received fails and starts no probation', () => {
    const c = makeCase({ ...decided, ceremony: { date: '2025-12-02', superiorConsentOn: null } });
    const a = judge(c);
    expect(checkOf(a, 'L-03', 'ceremony')).toMatchObject({ status: 'fail', details: { outOfOrder: true } });
    expect(a.dates.probationEnds).toBeNull();
    expect(a.deadlines.find((d) => d.rule === 'L-03')?.status).toBe('overdue');
  });
  it('L-03: a ceremony on the day the decision was received is in order', () => {
    const c = makeCase({ ...decided, ceremony: { date: '2025-12-03', superiorConsentOn: null } });
    expect(checkOf(judge(c), 'L-03', 'ceremony')?.status).toBe('pass');
    expect(judge(c).dates.probationEnds).toBe('2026-12-03');
  });
  it('L-03: a ceremony with no receipt of the decision on record fails', () => {
    const c = makeCase({
      ...decided,
      decision: { date: '2025-12-01', receivedOn: null, extendedWorkingDays: 0 },
    });
    expect(checkOf(judge(c), 'L-03', 'ceremony')?.status).toBe('fail');
  });
  it('L-03: a ceremony before the decision fails', () => {
    const c = makeCase({ ...decided, ceremony: { date: '2025-11-28', superiorConsentOn: null } });
    expect(checkOf(judge(c), 'L-03', 'ceremony')?.status).toBe('fail');
  });
  it('L-03: a receipt dated before the decision fails even before the ceremony', () => {
    const c = makeCase({
      ...decided,
      decision: { date: '2025-12-01', receivedOn: '2025-11-30', extendedWorkingDays: 0 },
      ceremony: { date: null, superiorConsentOn: null },
    });
    expect(checkOf(judge(c), 'L-03', 'ceremony')?.status).toBe('fail');
  });
  it('L-10: a recognition vote before probation ends fails and gives no official date; on the last day of probation it is in order', () => {
    const early = judge(recognition('2026-12-19', 18, '2027-01-05'));
    expect(checkOf(early, 'L-10', 'recognition-vote')).toMatchObject({
      status: 'fail',
      details: { outOfOrder: true },
    });
    expect(early.dates.officialFrom).toBeNull();
    const onTime = judge(recognition('2026-12-20', 18, '2027-01-05'));
    expect(checkOf(onTime, 'L-10', 'recognition-vote')?.status).toBe('pass');
    expect(onTime.dates).toEqual({
      probationEnds: '2026-12-20',
      officialFrom: '2026-12-20',
      seniorityFrom: '2025-12-01',
    });
  });
  it('L-10: before the recognition vote it is pending with the end of probation as earliest', () => {
    const a = judge(makeCase({ ...decided, asOf: '2026-06-01' }));
    expect(checkOf(a, 'L-10', 'recognition-vote')).toMatchObject({
      status: 'pending',
      details: { earliest: '2026-12-20' },
    });
  });
  it('L-11: a recognition decision after a failed recognition vote fails and gives no official date', () => {
    const a = judge(recognition('2026-12-21', 13, '2027-01-05'));
    expect(checkOf(a, 'T-02', 'recognition-vote')?.status).toBe('fail');
    expect(checkOf(a, 'L-11', 'recognition-decision')).toMatchObject({
      status: 'fail',
      details: { outOfOrder: true },
    });
    expect(a.dates.officialFrom).toBeNull();
    expect(a.dates.seniorityFrom).toBeNull();
  });
  it('L-11: a recognition decision with no recognition vote fails', () => {
    const c = makeCase({ ...decided, asOf: '2027-03-31', recognitionDecision: { date: '2027-01-05' } });
    const a = judge(c);
    expect(checkOf(a, 'L-11', 'recognition-decision')?.status).toBe('fail');
    expect(a.dates.officialFrom).toBeNull();
  });
  it('L-11: a recognition decision before the recognition vote fails', () => {
    const a = judge(recognition('2027-01-05', 18, '2027-01-04'));
    expect(checkOf(a, 'L-11', 'recognition-decision')?.status).toBe('fail');
  });
  it('L-01, L-03, L-10, L-11 are each reported once, at their own step', () => {
    const a = judge(recognition('2026-12-21', 18, '2027-01-05'));
    const keys = a.checks.map((k) => `${k.rule}@${k.step}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(a.checks.filter((k) => k.rule === 'O-04').map((k) => k.step)).toEqual([
      'cell-vote',
      'recognition-vote',
    ]);
  });
});

describe('L-03 a late ceremony and the superior’s consent', () => {
  // Received Mon 06/10/2025: 30 working days end Mon 17/11/2025.
  const ceremonyOn = (date: string | null, superiorConsentOn: string | null = null) =>
    makeCase({
      asOf: '2025-11-30',
      cellVote: vote('2025-09-01'),
      decision: { date: '2025-10-01', receivedOn: '2025-10-06', extendedWorkingDays: 0 },
      ceremony: { date, superiorConsentOn },
    });
  it('L-03: ceremony within 30 working days of receiving the decision (received Mon 06/10/2025 → due Mon 17/11/2025)', () => {
    expect(deadline(ceremonyOn('2025-11-17'), 'L-03')).toMatchObject({
      rule: 'L-03',
      step: 'ceremony',
      due: '2025-11-17',
      status: 'met',
    });
    expect(deadline(ceremonyOn('2025-11-18'), 'L-03')?.status).toBe('missed');
    expect(deadline(ceremonyOn(null), 'L-03')?.status).toBe('overdue');
  });
  it('L-03: a ceremony the day after the due day without the superior’s consent fails; on the due day it passes', () => {
    expect(checkOf(judge(ceremonyOn('2025-11-18')), 'L-03', 'ceremony')).toMatchObject({
      status: 'fail',
      details: { late: true, outOfOrder: false },
    });
    expect(checkOf(judge(ceremonyOn('2025-11-17')), 'L-03', 'ceremony')?.status).toBe('pass');
  });
  it('L-03: a late ceremony with the superior’s consent dated on or before it passes (the deadline stays missed)', () => {
    const a = judge(ceremonyOn('2025-11-25', '2025-11-25'));
    expect(checkOf(a, 'L-03', 'ceremony')?.status).toBe('pass');
    expect(a.deadlines.find((d) => d.rule === 'L-03')?.status).toBe('missed');
    expect(a.dates.probationEnds).toBe('2026-11-25');
  });
  it('L-03: a consent dated after the late ceremony does not make it lawful', () => {
    expect(checkOf(judge(ceremonyOn('2025-11-25', '2025-11-26')), 'L-03', 'ceremony')?.status).toBe('fail');
  });
});

describe('L-10, L-11 on working days', () => {
  const probation = {
    asOf: '2026-12-01',
    cellVote: vote('2025-09-01'),
    decision: { date: '2025-10-01', receivedOn: '2025-10-06', extendedWorkingDays: 0 },
    ceremony: { date: '2025-10-20' },
    recognitionVote: vote('2026-10-21', 14),
  };
  it('L-10: the recognition vote is due 30 working days after probation ends; L-11 30 working days after that vote', () => {
    const c = makeCase({ ...probation, recognitionDecision: { date: null } });
    expect(deadline(c, 'L-10')).toMatchObject({
      rule: 'L-10',
      step: 'recognition-vote',
      due: vietnamCalendar.addWorkingDays('2026-10-20', 30),
      status: 'met',
    });
    const l11 = vietnamCalendar.addWorkingDays('2026-10-21', 30);
    expect(deadline(c, 'L-11')).toMatchObject({
      rule: 'L-11',
      step: 'recognition-decision',
      due: l11,
      status: '2026-12-01' <= l11 ? 'open' : 'overdue',
    });
  });
  it('L-11: a recognition decision within its recorded extension is met; the extension past 30 working days fails', () => {
    const base = vietnamCalendar.addWorkingDays('2026-10-21', 30);
    const late = vietnamCalendar.addWorkingDays('2026-10-21', 40);
    const at = (date: string, extendedWorkingDays: number) =>
      judge(
        makeCase({ ...probation, asOf: '2027-02-01', recognitionDecision: { date, extendedWorkingDays } }),
      );
    expect(at(late, 0).deadlines.find((d) => d.rule === 'L-11')).toMatchObject({
      due: base,
      status: 'missed',
    });
    const extended = at(late, 10);
    expect(extended.deadlines.find((d) => d.rule === 'L-11')).toMatchObject({ due: late, status: 'met' });
    expect(checkOf(extended, 'L-11', 'recognition-decision')?.status).toBe('pass');
    const capped = at(late, 31);
    expect(capped.deadlines.find((d) => d.rule === 'L-11')?.due).toBe(
      vietnamCalendar.addWorkingDays('2026-10-21', 60),
    );
    expect(checkOf(capped, 'L-11', 'recognition-decision')?.status).toBe('fail');
  });
  it('L-03/L-10/L-11: not applicable before their clocks start', () => {
    const a = judge(makeCase());
    expect(
      a.deadlines
        .filter((d) => d.rule !== 'E-08' && d.rule !== 'L-01')
        .every((d) => d.status === 'not-applicable' && d.due === null),
    ).toBe(true);
  });
});

describe('deadlines carry their rule set and citation, by the day their clock started', () => {
  it('L-01: a cell vote of 16/08/2021 is cited to 24-QĐ/TW and its E-08 validity to the 2016 guide, not the 2021 one', () => {
    const a = judge(
      makeCase({
        asOf: '2021-09-01',
        certificate: { issuedOn: '2021-01-10' },
        introducers: [],
        cellVote: vote('2021-08-16'),
      }),
    );
    expect(a.deadlines.find((d) => d.rule === 'L-01')).toMatchObject({
      ruleSet: '24-QD/TW',
      citation: 'Quy định 24-QĐ/TW, điểm 4.3.1',
    });
    expect(a.deadlines.find((d) => d.rule === 'E-08')).toMatchObject({
      ruleSet: '24-QD/TW',
      citation: 'Hướng dẫn 01-HD/TW 2016 (thời hạn giá trị của giấy tờ)',
    });
  });
  it('L-01: a clock not started is cited by the set in force on asOf', () => {
    const a = judge(makeCase({ asOf: '2025-11-20', cellVote: null }));
    expect(a.deadlines.find((d) => d.rule === 'L-01')).toMatchObject({
      status: 'not-applicable',
      ruleSet: '294-QD/TW',
      citation: 'Quy định 294-QĐ/TW, điểm 4.3.1',
    });
  });
});

describe('calendarBasis: working days across a year whose days off are not announced', () => {
  const votedOn = (date: string) =>
    makeCase({ asOf: date, certificate: { issuedOn: '2025-06-01' }, cellVote: vote(date) });
  it('L-01: 60 working days from a vote of 01/09/2026 stay in 2026: announced', () => {
    expect(deadline(votedOn('2026-09-01'), 'L-01')).toMatchObject({
      calendarBasis: 'announced',
      unannouncedYears: [],
    });
  });
  it('L-01: 60 working days from a vote of 10/11/2026 reach into 2027: statutory-default, naming 2027', () => {
    const d = deadline(votedOn('2026-11-10'), 'L-01');
    expect(d?.due?.startsWith('2027-')).toBe(true);
    expect(d).toMatchObject({ calendarBasis: 'statutory-default', unannouncedYears: [2027] });
  });
  it('L-01: a calendar holding an announced Tết for 2027 counts the same deadline as announced', () => {
    const calendar = createWorkingCalendar([
      {
        year: 2027,
        source: 'test',
        confidence: 'high',
        holidays: [
          { id: 'tet', dates: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'] },
        ],
      },
    ]);
    const d = judge(votedOn('2026-11-10'), { calendar }).deadlines.find((x) => x.rule === 'L-01');
    expect(d).toMatchObject({ calendarBasis: 'announced', unannouncedYears: [] });
  });
  it('E-08: a deadline in calendar months is announced whatever its year', () => {
    expect(deadline(votedOn('2026-11-10'), 'E-08')).toMatchObject({
      due: '2030-06-01',
      calendarBasis: 'announced',
    });
  });
});
