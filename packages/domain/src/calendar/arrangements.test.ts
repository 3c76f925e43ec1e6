import { describe, expect, it } from 'vitest';
import { vietnamCultureDay } from './announced.js';
import { arrangementEntries, assertCalendarData } from './arrangements.js';
import type { CalendarData } from './calendar-data.js';
import { createWorkingCalendar, vietnamCalendar } from './working-days.js';

const kindOn = (entries: { date: string; kind: string }[], date: string) =>
  entries.find((e) => e.date === date)?.kind;

describe('statutory holidays and compensatory days (Labour Code 2019 Art. 112)', () => {
  it('L-00: with no announcement, Tết is the last day of the lunar year and mùng 1–4 (2027: 5–9 Feb)', () => {
    const tet = arrangementEntries(2027, []).filter((e) => e.reason.en === 'Lunar New Year (Tết)');
    expect(tet.map((e) => e.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
  });

  it('L-00: 30 Apr 2022 (Saturday) and 1 May 2022 (Sunday) are made up on Monday 2 and Tuesday 3 May', () => {
    const days = vietnamCalendar.daysOff(2022);
    expect(kindOn(days, '2022-05-02')).toBe('compensatory');
    expect(kindOn(days, '2022-05-03')).toBe('compensatory');
    expect(vietnamCalendar.isWorkingDay('2022-05-03')).toBe(false);
    expect(vietnamCalendar.isWorkingDay('2022-05-04')).toBe(true);
  });

  it("L-00: Hùng Kings' day, 30/4 and 1/5 2023 (Sat, Sun, Mon) give 29 Apr–3 May off", () => {
    for (const day of ['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']) {
      expect(vietnamCalendar.isWorkingDay(day), day).toBe(false);
    }
    expect(vietnamCalendar.isWorkingDay('2023-05-04')).toBe(true);
  });

  it('L-00: Tết days on a weekend are made up after the last Tết day, not on it (2024: 13–14 Feb)', () => {
    const days = vietnamCalendar.daysOff(2024);
    expect(kindOn(days, '2024-02-13')).toBe('compensatory');
    expect(kindOn(days, '2024-02-14')).toBe('compensatory');
  });

  it('L-00: New Year on Sunday 1 Jan 2023 is made up on Monday 2 Jan', () => {
    expect(kindOn(vietnamCalendar.daysOff(2023), '2023-01-02')).toBe('compensatory');
  });

  it('L-00: from 2021, 2 September has an adjacent day off (default 1 Sep); before, only 2 Sep (Labour Code 2012)', () => {
    expect(kindOn(arrangementEntries(2027, []), '2027-09-01')).toBe('holiday');
    expect(kindOn(arrangementEntries(2020, []), '2020-09-01')).toBeUndefined();
    expect(arrangementEntries(2020, []).find((e) => e.date === '2020-09-02')?.source).toBe(
      'Bộ luật Lao động 2012, Điều 115',
    );
  });

  it('L-00: an announcement that picks other Tết days replaces the default ones (2021: 29 Chạp to mùng 3)', () => {
    const days = vietnamCalendar.daysOff(2021);
    expect(kindOn(days, '2021-02-10')).toBe('holiday');
    expect(kindOn(days, '2021-02-15')).toBe('compensatory');
    expect(kindOn(days, '2021-02-16')).toBe('compensatory');
    expect(vietnamCalendar.isWorkingDay('2021-02-17')).toBe(true);
  });

  it('L-00: a swap announced for one year may fall in the year before (31 Dec 2018 off for New Year 2019)', () => {
    expect(kindOn(vietnamCalendar.daysOff(2018), '2018-12-31')).toBe('swap-off');
    expect(kindOn(vietnamCalendar.daysOff(2019), '2019-01-05')).toBe('swap-work');
    expect(vietnamCalendar.isWorkingDay('2019-01-05')).toBe(true);
  });
});

describe('calendar data added by a deployment', () => {
  const localHoliday: CalendarData = {
    year: 2027,
    source: 'Quyết định của UBND xã (example)',
    confidence: 'high',
    holidays: [{ id: 'commune-day', dates: ['2027-03-06'], name: { vi: 'Ngày của xã', en: 'Commune day' } }],
    swaps: [{ off: '2027-03-05', work: '2027-03-13' }],
  };

  it('L-00: a holiday added as data is a day off and earns a compensatory day when on a weekend', () => {
    const calendar = createWorkingCalendar([localHoliday]);
    expect(kindOn(calendar.daysOff(2027), '2027-03-06')).toBe('holiday');
    expect(kindOn(calendar.daysOff(2027), '2027-03-08')).toBe('compensatory');
    expect(calendar.isWorkingDay('2027-03-05')).toBe(false);
    expect(calendar.isWorkingDay('2027-03-13')).toBe(true);
    expect(vietnamCalendar.isWorkingDay('2027-03-05')).toBe(true);
  });

  it('L-00: Vietnam Culture Day (24/11) is not a day off by default, and is once added as data', () => {
    expect(vietnamCalendar.isWorkingDay('2026-11-24')).toBe(true);
    const calendar = createWorkingCalendar([vietnamCultureDay(2026)]);
    expect(calendar.isWorkingDay('2026-11-24')).toBe(false);
    expect(calendar.daysOff(2026).find((d) => d.date === '2026-11-24')?.reason.vi).toBe(
      'Ngày Văn hóa Việt Nam',
    );
  });

  it('L-00: a record with replace: true drops the built-in records of its year (back to the statutory rules)', () => {
    const calendar = createWorkingCalendar([
      { year: 2025, source: 'correction', confidence: 'high', replace: true },
    ]);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(true);
    expect(calendar.isWorkingDay('2025-01-27')).toBe(true);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(false);
  });

  it('rejects malformed data when the calendar is created', () => {
    const base = { year: 2027, source: 'test', confidence: 'low' } as const;
    expect(() => assertCalendarData({ ...base, swaps: [{ off: '2027-03-06', work: '2027-03-13' }] })).toThrow(
      /not a weekday/,
    );
    expect(() => assertCalendarData({ ...base, swaps: [{ off: '2027-03-05', work: '2027-03-12' }] })).toThrow(
      /not a weekend day/,
    );
    expect(() => assertCalendarData({ ...base, holidays: [{ id: 'x', dates: ['2027-03-05'] }] })).toThrow(
      /no name/,
    );
    expect(() =>
      createWorkingCalendar([
        { ...base, extraDaysOff: [{ date: '2027-02-30', reason: { vi: '', en: '' } }] },
      ]),
    ).toThrow(RangeError);
  });
});
