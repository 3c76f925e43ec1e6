import { describe, expect, it } from 'vitest';
import { vietnamDayClock, vietnamToday } from './clock.js';

describe('today in Vietnam', () => {
  it('is already the next day at 17:00 UTC (UTC+7)', () => {
    expect(vietnamToday(new Date('2026-11-26T16:59:59Z'))).toBe('2026-11-26');
    expect(vietnamToday(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
  });

  it('the day clock switches at midnight Vietnam time, either way, whatever it returned before', () => {
    let t = Date.parse('2026-12-31T23:59:59+07:00');
    const today = vietnamDayClock(() => t);
    expect(today()).toBe('2026-12-31');
    t = Date.parse('2027-01-01T00:00:00+07:00');
    expect(today()).toBe('2027-01-01');
    t = Date.parse('2027-01-01T23:59:59.999+07:00');
    expect(today()).toBe('2027-01-01');
    t = Date.parse('2026-12-31T23:59:59.999+07:00');
    expect(today()).toBe('2026-12-31');
  });
});
