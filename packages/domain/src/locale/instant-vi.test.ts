import { describe, expect, it } from 'vitest';
import { formatInstantVi } from './instant-vi.js';

describe('formatInstantVi', () => {
  it('shows a UTC instant on the Vietnamese wall clock (UTC+7), dd/MM/yyyy HH:mm', () => {
    expect(formatInstantVi('2026-11-26T02:05:00.000Z')).toBe('26/11/2026 09:05');
  });

  it('moves to the next day after 17:00 UTC', () => {
    expect(formatInstantVi('2026-12-31T17:30:00.000Z')).toBe('01/01/2027 00:30');
  });
});
