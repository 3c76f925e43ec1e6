import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay } from '../date.js';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('L-00: Tết 1985 is 21 Jan in Vietnam (China, at UTC+8, had 20 Feb)', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
  });

  it('L-00: Tết 2007 is 17 Feb in Vietnam (China, at UTC+8, had 18 Feb)', () => {
    expect(lunarNewYear(2007)).toBe('2007-02-17');
  });

  it('L-00: Tết 2016–2030 falls on the published dates', () => {
    const published: Record<number, string> = {
      2016: '2016-02-08',
      2017: '2017-01-28',
      2018: '2018-02-16',
      2019: '2019-02-05',
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
      2029: '2029-02-13',
      2030: '2030-02-02',
    };
    for (const [year, date] of Object.entries(published)) expect(lunarNewYear(Number(year))).toBe(date);
  });

  it("L-00: Hùng Kings' day (10/3 lunar) 2022–2026 falls on the announced dates", () => {
    const hung = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });
    expect(hung(2022)).toBe('2022-04-10');
    expect(hung(2023)).toBe('2023-04-29');
    expect(hung(2024)).toBe('2024-04-18');
    expect(hung(2025)).toBe('2025-04-07');
    expect(hung(2026)).toBe('2026-04-26');
  });

  it('knows leap months: 2020 repeats month 4, 2023 month 2, 2025 month 6', () => {
    expect(solarToLunar('2020-05-23')).toEqual({ year: 2020, month: 4, day: 1, leap: true });
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('the day before Tết belongs to the 12th month of the previous lunar year', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  it('rejects lunar dates that do not exist (a leap month the year lacks, day 30 of a 29-day month)', () => {
    expect(() => lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2025, month: 13, day: 1, leap: false })).toThrow(RangeError);
  });

  it('Tết falls between 21 Jan and 20 Feb in every year 1901–2199', () => {
    for (let year = 1901; year <= 2199; year++) {
      const tet = lunarNewYear(year).slice(5);
      expect(tet >= '01-21' && tet <= '02-20', `${year}: ${tet}`).toBe(true);
    }
  });

  it('solar → lunar → solar round-trips for any day 1900–2199, and days advance one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_500, max: 83_900 }), (epochDay) => {
        const date = fromEpochDay(epochDay);
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar)).toBe(date);
        const next = solarToLunar(addDays(date, 1));
        if (next.day !== 1) expect(next).toEqual({ ...lunar, day: lunar.day + 1 });
        else expect(lunar.day === 29 || lunar.day === 30).toBe(true);
      }),
    );
  });
});
