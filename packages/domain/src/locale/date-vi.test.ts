import { describe, expect, it } from 'vitest';
import { formatDateVi, parseDateVi, parseDayParam } from './date-vi.js';

describe('Vietnamese dates (dd/MM/yyyy)', () => {
  it('formats an ISO date day first with two-digit day and month', () => {
    expect(formatDateVi('2023-06-30')).toBe('30/06/2023');
    expect(formatDateVi('2026-01-05')).toBe('05/01/2026');
  });

  it('parses what people type, with or without leading zeros, into an ISO date', () => {
    expect(parseDateVi('30/06/2023')).toBe('2023-06-30');
    expect(parseDateVi(' 5/1/2026 ')).toBe('2026-01-05');
  });

  it('returns null for a date that does not exist or is not dd/MM/yyyy', () => {
    expect(parseDateVi('29/02/2023')).toBeNull();
    expect(parseDateVi('31/04/2024')).toBeNull();
    expect(parseDateVi('2023-06-30')).toBeNull();
    expect(parseDateVi('06/30/23')).toBeNull();
    expect(parseDateVi('')).toBeNull();
  });

  it('round-trips: parse(format(d)) = d', () => {
    for (const d of ['2024-02-29', '1999-12-31', '2023-06-30']) expect(parseDateVi(formatDateVi(d))).toBe(d);
  });

  it('reads a day as YYYY-MM-DD or dd/MM/yyyy, and refuses anything else or a day that does not exist', () => {
    expect(parseDayParam('2023-06-30')).toBe('2023-06-30');
    expect(parseDayParam('30/06/2023')).toBe('2023-06-30');
    expect(parseDayParam(' 5/1/2026 ')).toBe('2026-01-05');
    expect(parseDayParam('31/02/2023')).toBeNull();
    expect(parseDayParam('2023-02-30')).toBeNull();
    expect(parseDayParam('30.06.2023')).toBeNull();
    expect(parseDayParam('06/30/2023')).toBeNull();
  });
});
