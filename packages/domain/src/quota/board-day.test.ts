import { describe, expect, it } from 'vitest';
import { defaultBoardDay, defaultPlanYear } from './board-day.js';

describe('the year and day a board opens on', () => {
  it('stays on the current year until it ends, even once next year has a target (04/12/2026 with 2027 planned)', () => {
    expect(defaultPlanYear([2023, 2024, 2025, 2026, 2027], '2026-12-04')).toBe(2026);
    expect(defaultPlanYear([2023, 2026, 2027], '2026-12-31')).toBe(2026);
    expect(defaultPlanYear([2023, 2026, 2027], '2027-01-01')).toBe(2027);
  });

  it('without a plan for the current year: the latest before it, else the first planned, else none', () => {
    expect(defaultPlanYear([2023, 2025], '2026-03-01')).toBe(2025);
    expect(defaultPlanYear([2028, 2027], '2026-03-01')).toBe(2027);
    expect(defaultPlanYear([], '2026-03-01')).toBeUndefined();
  });

  it('a past year is counted to its 31/12; the current and future years to today', () => {
    expect(defaultBoardDay(2023, '2026-12-04')).toBe('2023-12-31');
    expect(defaultBoardDay(2026, '2026-12-04')).toBe('2026-12-04');
    expect(defaultBoardDay(2026, '2026-12-31')).toBe('2026-12-31');
    expect(defaultBoardDay(2027, '2026-12-04')).toBe('2026-12-04');
  });
});
