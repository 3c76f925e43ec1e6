import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  checkDuesExemption,
  leavingSlipDeadline,
  seniorityMonths,
  seniorityReached,
  transferDeadlines,
} from './membership.js';

describe('M-01 official transfer: procedure within 60 working days, letter presented within 30', () => {
  // From Mon 03/11/2025, 60 working days end Tue 27/01/2026: 01/01 and the swapped 02/01 are off, Sat 10/01 works.
  const from = '2025-11-03';
  const facts = (
    startedOn: string | null,
    introducedOn: string | null = null,
    presentedOn: string | null = null,
  ) => ({
    from,
    startedOn,
    introducedOn,
    presentedOn,
  });
  it('M-01: the procedure made on the 60th working day is in time', () => {
    expect(transferDeadlines(facts('2026-01-27'), '2026-02-10').start).toMatchObject({
      rule: 'M-01',
      due: '2026-01-27',
      status: 'met',
    });
  });
  it('M-01: the procedure made the next working day is late', () => {
    expect(transferDeadlines(facts('2026-01-28'), '2026-02-10').start.status).toBe('missed');
  });
  it('M-01: not made yet: open on the due day, overdue the day after', () => {
    expect(transferDeadlines(facts(null), '2026-01-27').start.status).toBe('open');
    expect(transferDeadlines(facts(null), '2026-01-28').start.status).toBe('overdue');
  });
  it('M-01: the letter presented on the 30th working day after the introduction (06/10 → 17/11/2025) is in time; the 18th is late', () => {
    const letter = (presentedOn: string) =>
      transferDeadlines(
        { from: '2025-09-01', startedOn: '2025-09-20', introducedOn: '2025-10-06', presentedOn },
        '2025-12-01',
      ).presentLetter;
    expect(letter('2025-11-17')).toMatchObject({ rule: 'M-01', due: '2025-11-17', status: 'met' });
    expect(letter('2025-11-18').status).toBe('missed');
  });
  it('M-01: a clock that has not started is not applicable', () => {
    const d = transferDeadlines(
      { from: null, startedOn: null, introducedOn: null, presentedOn: null },
      '2026-01-01',
    );
    expect(d.start).toMatchObject({ rule: 'M-01', due: null, status: 'not-applicable' });
    expect(d.presentLetter.status).toBe('not-applicable');
  });
});

describe('M-07 appeal against a discipline decision within 30 days of receiving it', () => {
  it('M-07: an appeal on the 30th day after receipt (01/03 → 31/03/2026) is in time', () => {
    expect(
      appealDeadline({ receivedOn: '2026-03-01', appealedOn: '2026-03-31' }, '2026-04-10'),
    ).toMatchObject({ rule: 'M-07', due: '2026-03-31', status: 'met' });
  });
  it('M-07: an appeal on the 31st day is late', () => {
    expect(appealDeadline({ receivedOn: '2026-03-01', appealedOn: '2026-04-01' }, '2026-04-10').status).toBe(
      'missed',
    );
  });
  it('M-07: counted in calendar days, weekends and Tết included', () => {
    expect(appealDeadline({ receivedOn: '2026-02-10', appealedOn: null }, '2026-03-12')).toMatchObject({
      rule: 'M-07',
      due: '2026-03-12',
      status: 'open',
    });
    expect(appealDeadline({ receivedOn: '2026-02-10', appealedOn: null }, '2026-03-13').status).toBe(
      'overdue',
    );
  });
  it('M-07: a decision received before 01/07/2025 is not judged (296-QĐ/TW is held from the 294-QĐ/TW set on)', () => {
    expect(appealDeadline({ receivedOn: '2025-06-30', appealedOn: null }, '2025-08-01').status).toBe(
      'not-applicable',
    );
    expect(appealDeadline({ receivedOn: '2025-07-01', appealedOn: null }, '2025-08-01').due).toBe(
      '2025-07-31',
    );
  });
});

describe('M-08/D-H5 the notification slip and the file go up within 30 working days of drafting the slip', () => {
  // Drafted Mon 03/11/2025: the 30th working day after is Mon 15/12/2025.
  it('M-08: a death slip sent on the 30th working day is in time', () => {
    expect(
      leavingSlipDeadline({ kind: 'death', slipOn: '2025-11-03', sentOn: '2025-12-15' }, '2025-12-20'),
    ).toMatchObject({ rule: 'M-08', due: '2025-12-15', status: 'met' });
  });
  it('M-08: sent the next day, it is late', () => {
    expect(
      leavingSlipDeadline({ kind: 'death', slipOn: '2025-11-03', sentOn: '2025-12-16' }, '2025-12-20').status,
    ).toBe('missed');
  });
  it('D-H5: a leaving slip not sent is open through the due day, overdue after', () => {
    const d = (asOf: string) =>
      leavingSlipDeadline({ kind: 'left', slipOn: '2025-11-03', sentOn: null }, asOf);
    expect(d('2025-12-15')).toMatchObject({ rule: 'D-H5', due: '2025-12-15', status: 'open' });
    expect(d('2025-12-16').status).toBe('overdue');
  });
  it('D-H5: no slip drafted yet: not applicable', () => {
    expect(leavingSlipDeadline({ kind: 'left', slipOn: null, sentOn: null }, '2025-12-16')).toMatchObject({
      rule: 'D-H5',
      due: null,
      status: 'not-applicable',
    });
  });
});

describe('M-11 dues exemption from 50 full years of party seniority (01-QĐ/TW 2026, from 01/02/2026)', () => {
  const s = { seniorityFrom: '1976-02-03' };
  it('M-11: 49 years 11 months of seniority is not exempt', () => {
    const c = checkDuesExemption(s, '2026-02-02');
    expect(c.status).toBe('not-applicable');
    expect(c.details).toMatchObject({ seniorityMonths: 599, exempt: false, exemptFrom: '2026-02-03' });
    expect(c.message.vi).toContain('49 năm 11 tháng');
    expect(c.message.vi).toContain('03/02/2026');
  });
  it('M-11: 50 years exempts from dues', () => {
    const c = checkDuesExemption(s, '2026-02-03');
    expect(c.status).toBe('pass');
    expect(c.details).toMatchObject({ seniorityMonths: 600, exempt: true });
    expect(c.citation).toBe('Quy định 01-QĐ/TW 2026');
  });
  it('M-11: months outside the Party are deducted: 12 months of interruption move the exemption a year', () => {
    expect(checkDuesExemption({ ...s, interruptedMonths: 12 }, '2026-02-03').status).toBe('not-applicable');
    expect(checkDuesExemption({ ...s, interruptedMonths: 12 }, '2027-02-03').status).toBe('pass');
  });
  it('M-11: not judged before 01/02/2026, judged from that day', () => {
    expect(checkDuesExemption({ seniorityFrom: '1960-01-01' }, '2026-01-31').details).toMatchObject({
      appliesFrom: '2026-02-01',
    });
    expect(checkDuesExemption({ seniorityFrom: '1960-01-01' }, '2026-01-31').status).toBe('not-applicable');
    expect(checkDuesExemption({ seniorityFrom: '1960-01-01' }, '2026-02-01').status).toBe('pass');
  });
  it('M-11: pending without a seniority date', () => {
    expect(checkDuesExemption({ seniorityFrom: null }, '2026-03-01').status).toBe('pending');
  });
});

describe('party seniority in whole months (L-06)', () => {
  it('counts whole months with month ends clamped: 31/01 → 28/02 is one month, 27/02 is none', () => {
    expect(seniorityMonths({ seniorityFrom: '2025-01-31' }, '2025-02-28')).toBe(1);
    expect(seniorityMonths({ seniorityFrom: '2025-01-31' }, '2025-02-27')).toBe(0);
    expect(seniorityReached({ seniorityFrom: '2024-02-29' }, 1)).toBe('2025-02-28');
  });
  it('seniorityReached and seniorityMonths agree: on the day of n years the member has 12n months', () => {
    for (const from of ['1970-01-31', '1976-02-29', '1990-12-15'])
      for (const years of [1, 30, 50])
        expect(
          seniorityMonths({ seniorityFrom: from }, seniorityReached({ seniorityFrom: from }, years)),
        ).toBe(years * 12);
  });
});
