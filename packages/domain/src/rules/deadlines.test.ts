import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test/case.js';
import { vietnamCalendar } from '../calendar/index.js';
import type { Case } from './case-schema.js';
import { evaluateCase } from './evaluate-case.js';

const deadline = (c: Case, rule: string) => evaluateCase(c).deadlines.find((d) => d.rule === rule);

describe('L-05/L-06/L-12 dates (worked example: decision 25/08/2024, ceremony 15/09/2024)', () => {
  const recognised = makeCase({
    asOf: '2025-10-30',
    cellVote: { date: '2024-07-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
    certificate: { issuedOn: '2024-01-01' },
    decision: { date: '2024-08-25', receivedOn: '2024-08-27', extendedWorkingDays: 0 },
    ceremony: { date: '2024-09-15' },
    recognitionVote: { date: '2025-09-20', officialMembers: 20, notCounted: 0, inFavour: 18 },
    recognitionDecision: { date: '2025-10-15' },
  });
  it('L-06/L-12: seniority from 2024-08-25, official from 2025-09-15', () => {
    expect(evaluateCase(recognised).dates).toEqual({
      probationEnds: '2025-09-15',
      officialFrom: '2025-09-15',
      seniorityFrom: '2024-08-25',
    });
  });
  it('L-05: probation ends 12 months after the ceremony; not yet official before the recognition decision', () => {
    const probation = { ...recognised, recognitionDecision: { date: null } };
    expect(evaluateCase(probation).dates).toEqual({
      probationEnds: '2025-09-15',
      officialFrom: null,
      seniorityFrom: null,
    });
  });
  it('L-05: a ceremony on 29/02/2024 ends probation on 28/02/2025', () => {
    expect(evaluateCase({ ...recognised, ceremony: { date: '2024-02-29' } }).dates.probationEnds).toBe(
      '2025-02-28',
    );
  });
});

describe('L-01 decision within 60 working days of the cell vote (+ extension ≤ 30)', () => {
  const VOTE = '2025-11-10';
  const due = vietnamCalendar.addWorkingDays(VOTE, 60);
  const withDecision = (date: string | null, asOf = '2025-11-20', extendedWorkingDays = 0) =>
    makeCase({ asOf, decision: { date, receivedOn: null, extendedWorkingDays } });
  it('L-01: a decision on the 60th working day is met; the next day is missed', () => {
    expect(deadline(withDecision(due), 'L-01')).toEqual({ rule: 'L-01', due, status: 'met' });
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
    expect(evaluateCase(over).checks.find((k) => k.rule === 'L-01')?.status).toBe('fail');
    expect(
      evaluateCase(withDecision(null, '2025-11-20', 30)).checks.find((k) => k.rule === 'L-01')?.status,
    ).toBe('pass');
  });
  it('L-01: not applicable when the cell vote did not carry', () => {
    const failed = makeCase({ cellVote: { date: VOTE, officialMembers: 20, notCounted: 0, inFavour: 13 } });
    expect(deadline(failed, 'L-01')).toEqual({ rule: 'L-01', due: null, status: 'not-applicable' });
  });
});

describe('L-03, L-10, L-11 on working days', () => {
  it('L-03: ceremony within 30 working days of receiving the decision (received Mon 06/10/2025 → due Mon 17/11/2025)', () => {
    const c = (ceremony: string | null) =>
      makeCase({
        asOf: '2025-11-20',
        cellVote: { date: '2025-09-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
        decision: { date: '2025-10-01', receivedOn: '2025-10-06', extendedWorkingDays: 0 },
        ceremony: { date: ceremony },
      });
    expect(deadline(c('2025-11-17'), 'L-03')).toEqual({ rule: 'L-03', due: '2025-11-17', status: 'met' });
    expect(deadline(c('2025-11-18'), 'L-03')?.status).toBe('missed');
    expect(deadline(c(null), 'L-03')?.status).toBe('overdue');
  });
  it('L-10: the recognition vote is due 30 working days after probation ends; L-11 30 working days after that vote', () => {
    const c = makeCase({
      asOf: '2026-12-01',
      cellVote: { date: '2025-09-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
      decision: { date: '2025-10-01', receivedOn: '2025-10-06', extendedWorkingDays: 0 },
      ceremony: { date: '2025-10-20' },
      recognitionVote: { date: '2026-10-21', officialMembers: 20, notCounted: 0, inFavour: 14 },
      recognitionDecision: { date: null },
    });
    expect(deadline(c, 'L-10')).toEqual({
      rule: 'L-10',
      due: vietnamCalendar.addWorkingDays('2026-10-20', 30),
      status: 'met',
    });
    const l11 = vietnamCalendar.addWorkingDays('2026-10-21', 30);
    expect(deadline(c, 'L-11')).toEqual({
      rule: 'L-11',
      due: l11,
      status: '2026-12-01' <= l11 ? 'open' : 'overdue',
    });
  });
  it('L-03/L-10/L-11: not applicable before their clocks start', () => {
    const a = evaluateCase(makeCase());
    expect(
      a.deadlines
        .filter((d) => d.rule !== 'E-08' && d.rule !== 'L-01')
        .every((d) => d.status === 'not-applicable' && d.due === null),
    ).toBe(true);
  });
});
