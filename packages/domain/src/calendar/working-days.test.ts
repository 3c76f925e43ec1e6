import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from '../date.js';
import { vietnamCalendar as calendar } from './working-days.js';

/** Any day 2015-01-01 .. 2030-12-31: the years the admission records live in, holidays included. */
const anyDate = fc
  .integer({ min: toEpochDay('2015-01-01'), max: toEpochDay('2030-12-31') })
  .map(fromEpochDay);

/** The n-th working day after `date` by walking day by day: the definition the tables must agree with. */
function walk(date: IsoDate, n: number): IsoDate {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

describe('working-day arithmetic (case-format: "within N working days of X")', () => {
  it('L-00: day X is not counted: 1 working day after Friday 6 Mar 2026 is Monday 9 Mar', () => {
    expect(calendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(calendar.nextWorkingDay('2026-03-06')).toBe('2026-03-09');
  });

  it('L-00: "within 5 working days of" Friday 13 Feb 2026 ends on Friday 27 Feb (Tết 14–22 Feb skipped)', () => {
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(calendar.countWorkingDays('2026-02-13', '2026-02-27')).toBe(5);
    expect(calendar.countWorkingDays('2026-02-13', '2026-02-22')).toBe(0);
  });

  it('L-00: a step on the due date is in time, the next working day is late (30 WD from 1 Apr 2025)', () => {
    const due = calendar.addWorkingDays('2025-04-01', 30);
    expect(due).toBe('2025-05-16');
    expect(calendar.countWorkingDays('2025-04-01', due)).toBe(30);
    expect(calendar.countWorkingDays('2025-04-01', calendar.nextWorkingDay(due))).toBe(31);
  });

  it('L-00: a make-up Saturday counts as a working day (Sat 26 Apr 2025 is the 1st working day after Fri 25 Apr)', () => {
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
  });

  it('L-01: 60 working days from a cell resolution on 15 Dec 2025 run past New Year and Tết 2026', () => {
    expect(calendar.addWorkingDays('2025-12-15', 60)).toBe(walk('2025-12-15', 60));
    expect(calendar.addWorkingDays('2025-12-15', 60)).toBe('2026-03-17');
  });

  it('n = 0 returns the date itself, even a day off; negative n counts back over days off', () => {
    expect(calendar.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
    expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-01-05', -3)).toBe('2025-12-29');
  });

  it('counting is half-open (from, to] and negative backwards', () => {
    expect(calendar.countWorkingDays('2026-03-09', '2026-03-09')).toBe(0);
    expect(calendar.countWorkingDays('2026-03-06', '2026-03-09')).toBe(1);
    expect(calendar.countWorkingDays('2026-03-09', '2026-03-06')).toBe(-1);
  });

  it('rejects non-integer counts, malformed dates and years outside 1901–2199', () => {
    expect(() => calendar.addWorkingDays('2026-03-06', 1.5)).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('1900-06-01')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2199-12-30', 5)).toThrow(RangeError);
    expect(() => calendar.daysOff(2200)).toThrow(RangeError);
  });

  it('property: counting after adding n ≥ 1 working days gives n back', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (date, n) => {
        expect(calendar.countWorkingDays(date, calendar.addWorkingDays(date, n))).toBe(n);
      }),
    );
  });

  it('property: adding n ≠ 0 working days (either way) never lands on a day off, and agrees with a day-by-day walk', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0),
        (date, n) => {
          const result = calendar.addWorkingDays(date, n);
          expect(calendar.isWorkingDay(result)).toBe(true);
          if (n > 0) expect(result).toBe(walk(date, n));
        },
      ),
    );
  });

  it('property: counting is additive, count(a, b) + count(b, c) = count(a, c)', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(calendar.countWorkingDays(a, b) + calendar.countWorkingDays(b, c)).toBe(
          calendar.countWorkingDays(a, c),
        );
      }),
    );
  });

  it('property: going back n working days from a working day and forward again returns to it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 300 }), (date, n) => {
        const day = calendar.isWorkingDay(date) ? date : calendar.nextWorkingDay(date);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(day, -n), n)).toBe(day);
      }),
    );
  });
});

describe('counting backwards', () => {
  it('L-00: counting backwards across days off only gives 0, not -0', () => {
    // Sunday back to Saturday: no working day in between.
    expect(Object.is(calendar.countWorkingDays('2026-11-29', '2026-11-28'), 0)).toBe(true);
  });
});
