import { describe, expect, it } from 'vitest';
import { compareVi } from './collate-vi.js';

describe('Vietnamese sorting', () => {
  it('sorts D before Đ and treats ă, â, ô, ơ as letters after a and o', () => {
    const names = ['Đặng', 'Dương', 'Ông', 'Bình', 'Ân', 'Anh', 'Ăn', 'An', 'Ong'];
    expect([...names].sort(compareVi)).toEqual([
      'An',
      'Anh',
      'Ăn',
      'Ân',
      'Bình',
      'Dương',
      'Đặng',
      'Ong',
      'Ông',
    ]);
  });

  it('orders names that differ only by tone after the unmarked one', () => {
    expect(['Ánh', 'Anh'].sort(compareVi)).toEqual(['Anh', 'Ánh']);
  });
});
