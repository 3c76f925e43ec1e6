import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/index.js';
import type { Check, Deadline } from '../rules/index.js';
import { caseAlerts, DASHBOARD_WORKING_DAYS, dashboardDueBy, dashboardProgress } from './dashboard.js';

// Thursday 26/11/2026: the coming working week runs to Thursday 03/12 (no holiday in between).
const TODAY = '2026-11-26';
const DUE_BY = dashboardDueBy(TODAY, vietnamCalendar);
const check = (rule: string, status: Check['status'], step: Check['step'] = 'cell-vote'): Check => ({
  rule,
  step,
  status,
  citation: '',
  message: { vi: '', en: '' },
  details: {},
});
/** A deadline of `rule` at the cell vote, counted on announced days off. */
const deadline = (rule: string, due: string | null, status: Deadline['status']): Deadline => ({
  rule,
  step: 'decision',
  due,
  status,
  ruleSet: '294-QD/TW',
  citation: '',
  calendarBasis: 'announced',
  unannouncedYears: [],
});
const listed = { step: 'decision', calendarBasis: 'announced', unannouncedYears: [] };
const alerts = (deadlines: Deadline[], checks: Check[] = [], stage = 'dossier') =>
  caseAlerts({ deadlines, checks }, stage, TODAY, DUE_BY, vietnamCalendar);

describe('the dashboard: what one open case puts on it', () => {
  it('the coming working week is today to the 5th working day after it, so a Thursday sees next Thursday', () => {
    expect(DASHBOARD_WORKING_DAYS).toBe(5);
    expect(DUE_BY).toBe('2026-12-03');
  });

  it('an open deadline due on the last day of the week is due this week; one due the day after is not', () => {
    const a = alerts([deadline('L-01', '2026-12-03', 'open'), deadline('L-03', '2026-12-04', 'open')]);
    expect(a.dueThisWeek).toEqual([{ rule: 'L-01', due: '2026-12-03', workingDaysLeft: 5, ...listed }]);
    expect(a.overdue).toEqual([]);
  });

  it('an overdue deadline is listed as overdue with negative working days; met, missed and unstarted ones are not', () => {
    const a = alerts([
      deadline('E-08', '2026-11-24', 'overdue'),
      deadline('L-01', '2026-11-27', 'met'),
      deadline('L-02', '2026-11-20', 'missed'),
      deadline('L-03', null, 'not-applicable'),
    ]);
    expect(a.overdue).toEqual([{ rule: 'E-08', due: '2026-11-24', workingDaysLeft: -2, ...listed }]);
    expect(a.dueThisWeek).toEqual([]);
  });

  it('a failing rule of the cell vote or the decision blocks a case before the decision; a recognition-vote rule does not block it yet', () => {
    const checks = [check('E-08', 'fail'), check('T-02', 'fail', 'recognition-vote'), check('E-02', 'pass')];
    expect(alerts([], checks, 'cell-resolved').blocking).toEqual(['E-08']);
    expect(alerts([], checks, 'pool').blocking).toEqual(['E-08']);
  });

  it('a pending check that already stops the vote (an expired certificate, blocksVote) blocks; another pending one does not', () => {
    const expired = { ...check('E-08', 'pending'), details: { blocksVote: true } };
    expect(alerts([], [expired, check('I-01', 'pending')], 'dossier').blocking).toEqual(['E-08']);
  });

  it('from the decision on, nothing blocks: the case is past what the checks could stop', () => {
    expect(alerts([], [check('E-08', 'fail')], 'decided').blocking).toEqual([]);
    expect(alerts([], [check('E-08', 'fail')], 'probationary').blocking).toEqual([]);
  });
});

describe('the dashboard: progress of the unit it is opened on', () => {
  const cells = [
    { id: 'cb-a', official: 30, probationary: 2, target: 2, admitted: 1 },
    { id: 'cb-b', official: 20, probationary: 0, target: null, admitted: 3 },
  ];
  it("a cell shows its own target and admissions; a cell without a target shows none, not the commune's", () => {
    expect(dashboardProgress('cell', cells, 9, ['cb-a'])).toEqual({ target: 2, admitted: 1 });
    expect(dashboardProgress('cell', cells, 9, ['cb-b'])).toEqual({ target: null, admitted: 3 });
  });

  it("a commune shows its own target (not the sum of the split) against every cell's admissions", () => {
    expect(dashboardProgress('commune', cells, 9, ['cb-a', 'cb-b'])).toEqual({ target: 9, admitted: 4 });
    expect(dashboardProgress('commune', cells, null, ['cb-a', 'cb-b'])).toEqual({
      target: null,
      admitted: 4,
    });
  });
});
