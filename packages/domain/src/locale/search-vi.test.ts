import { describe, expect, it } from 'vitest';
import { foldVi, matchesSearch } from './search-vi.js';

describe('Vietnamese search', () => {
  it('"nguyen" finds "Nguyễn"', () => {
    expect(matchesSearch('Nguyễn Văn An', 'nguyen')).toBe(true);
  });

  it('"dang" finds "Đặng": đ folds to d, in either case', () => {
    expect(matchesSearch('Đặng Thị Ánh', 'dang')).toBe(true);
    expect(matchesSearch('Chi bộ Trường Tiểu học Đồng Văn', 'dong van')).toBe(true);
    expect(foldVi('ĐẶNG đặng')).toBe('dang dang');
  });

  it('folds every tone and vowel mark (ơ, ư, ê, ô, ă, â and the five tones)', () => {
    expect(foldVi('Ở Ữ Ề Ộ Ẳ Ấ ý')).toBe('o u e o a a y');
  });

  it('needs every word of the query, in any order, and an empty query matches everything', () => {
    expect(matchesSearch('Nguyễn Văn An', 'an nguyen')).toBe(true);
    expect(matchesSearch('Nguyễn Văn An', 'nguyen binh')).toBe(false);
    expect(matchesSearch('Nguyễn Văn An', '   ')).toBe(true);
  });

  it('a query with marks still matches (typing "Nguyễn" is as good as "nguyen")', () => {
    expect(matchesSearch('nguyen van an', 'Nguyễn')).toBe(true);
  });
});
