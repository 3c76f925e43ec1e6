import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercentVi } from './number-vi.js';

describe('Vietnamese numbers', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumberVi(1234)).toBe('1.234');
    expect(formatNumberVi(267)).toBe('267');
  });

  it('shows a ratio as a whole percent rounded down, so 100% means the target is met', () => {
    expect(formatPercentVi(5 / 7)).toBe('71%');
    expect(formatPercentVi(0.999)).toBe('99%');
    expect(formatPercentVi(0.29)).toBe('29%');
    expect(formatPercentVi(1)).toBe('100%');
    expect(formatPercentVi(9 / 7)).toBe('128%');
  });

  it('shows a missing ratio (nothing to divide by) as a dash', () => {
    expect(formatPercentVi(null)).toBe('—');
  });
});
