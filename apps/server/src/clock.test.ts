import { describe, expect, it } from 'vitest';
import { vietnamToday } from './clock.js';

describe('today in Vietnam', () => {
  it('is already the next day at 17:00 UTC (UTC+7)', () => {
    expect(vietnamToday(new Date('2026-11-26T16:59:59Z'))).toBe('2026-11-26');
    expect(vietnamToday(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
  });
});
