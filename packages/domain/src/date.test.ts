import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, fromEpochDay, isIsoDate, toEpochDay } from './date.js';

describe('calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it('addMonths keeps the day and clamps to the end of a shorter month (29 Feb + 12 months = 28 Feb)', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-09-15', 12)).toBe('2025-09-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('knows weekdays (1 Jan 2026 was a Thursday)', () => {
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('epoch days round-trip for any day between 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (n) => {
        const d = fromEpochDay(n);
        expect(isIsoDate(d)).toBe(true);
        expect(toEpochDay(d)).toBe(n);
        expect(addDays(d, 1) > d).toBe(true);
      }),
    );
  });
});
