import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../date.js';
import { vietnamCultureDay } from './announced.js';
import { createWorkingCalendar, vietnamCalendar } from './working-days.js';

const { isWorkingDay, daysOff } = vietnamCalendar;

/** Every day from `first` to `last`, both included. */
function span(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The announced break (weekends included) is whole, and the day before and the day after are working days. */
function expectBreak(first: IsoDate, last: IsoDate) {
  for (const day of span(first, last)) expect(isWorkingDay(day), `${day} is a day off`).toBe(false);
  expect(isWorkingDay(addDays(first, -1)), `${addDays(first, -1)} is worked`).toBe(true);
  expect(isWorkingDay(addDays(last, 1)), `${addDays(last, 1)} is worked`).toBe(true);
}

describe('announced arrangements for public servants', () => {
  it('L-00: Tết 2024 (8–14 Feb) has no working day', () => expectBreak('2024-02-08', '2024-02-14'));
  it('L-00: 30/4–1/5 2024 is off 27/4–1/5, Mon 29/4 worked back on Sat 4/5', () => {
    expectBreak('2024-04-27', '2024-05-01');
    expect(isWorkingDay('2024-05-04')).toBe(true);
  });
  it('L-00: National Day 2024 is off 31/8–3/9 (2 and 3 September)', () =>
    expectBreak('2024-08-31', '2024-09-03'));

  it('L-00: Tết 2025 (25 Jan–2 Feb) has no working day', () => {
    expectBreak('2025-01-25', '2025-02-02');
  });
  it("L-00: Hùng Kings' day 2025 is Mon 7 Apr (5–7 Apr off)", () => expectBreak('2025-04-05', '2025-04-07'));
  it('L-00: 30/4–1/5 2025 is off 30/4–4/5, Fri 2/5 worked back on Sat 26/4', () => {
    expectBreak('2025-04-30', '2025-05-04');
    expect(isWorkingDay('2025-04-26')).toBe(true);
  });
  it('L-00: National Day 2025 is off 30/8–2/9 (1 and 2 September)', () =>
    expectBreak('2025-08-30', '2025-09-02'));

  it('L-00: New Year 2026 is off 1–4 Jan, Fri 2 Jan worked back on Sat 10 Jan', () => {
    expectBreak('2026-01-01', '2026-01-04');
    expect(isWorkingDay('2026-01-10')).toBe(true);
  });
  it('L-00: Tết 2026 (14–22 Feb) has no working day', () => {
    expectBreak('2026-02-14', '2026-02-22');
  });
  it("L-00: Hùng Kings' day 2026 falls on Sunday 26 Apr, so Monday 27 Apr is off", () => {
    expect(daysOff(2026).find((d) => d.date === '2026-04-27')?.kind).toBe('compensatory');
    expectBreak('2026-04-25', '2026-04-27');
  });
  it('L-00: National Day 2026 is off 29/8–2/9', () => expectBreak('2026-08-29', '2026-09-02'));

  it('L-00: 2026 has 249 working days (261 weekdays, less 13 weekdays off, plus 1 make-up Saturday)', () => {
    expect(vietnamCalendar.countWorkingDays('2025-12-31', '2026-12-31')).toBe(249);
  });

  it('every day off of 2024–2026 names its source; rule-derived days cite the Labour Code', () => {
    for (const year of [2024, 2025, 2026]) {
      for (const entry of daysOff(year)) expect(entry.source.length).toBeGreaterThan(0);
      expect(daysOff(year).find((d) => d.date === `${year}-01-01`)?.source).toBe(
        'Bộ luật Lao động 2019, Điều 112',
      );
    }
    expect(daysOff(2024).find((d) => d.date === '2024-02-08')?.source).toContain('8662/VPCP-KGVX');
  });
});

describe('isAnnounced: which years follow an announcement, which only the statutory defaults', () => {
  it('L-00: 2017–2026 are announced; 2016 and 2027 are not (the defaults stand in)', () => {
    expect(vietnamCalendar.isAnnounced(2017)).toBe(true);
    expect(vietnamCalendar.isAnnounced(2026)).toBe(true);
    expect(vietnamCalendar.isAnnounced(2016)).toBe(false);
    expect(vietnamCalendar.isAnnounced(2027)).toBe(false);
  });
  it('L-00: a record giving a year’s Tết announces it; one adding a local holiday does not', () => {
    const tet2027 = {
      year: 2027,
      source: 'test',
      confidence: 'high' as const,
      holidays: [
        { id: 'tet' as const, dates: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'] },
      ],
    };
    expect(createWorkingCalendar([tet2027]).isAnnounced(2027)).toBe(true);
    expect(createWorkingCalendar([vietnamCultureDay(2027)]).isAnnounced(2027)).toBe(false);
  });
});
