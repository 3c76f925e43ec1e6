import { describe, expect, it } from 'vitest';
import { payloadWords, targetWords } from './entry-words.js';

describe('an audit entry in words', () => {
  it('names the target by its kind and name, or its id when the reader is given no name', () => {
    expect(targetWords('candidate', 'qc-00041', 'Vũ Công Cường', 'vi')).toBe('Quần chúng: Vũ Công Cường');
    expect(targetWords('candidate', 'qc-00041', null, 'vi')).toBe('Quần chúng: qc-00041');
    expect(targetWords('account', 'acc-vanphong', 'Văn phòng Đảng ủy Xã Yên Bình', 'en')).toBe(
      'Account: Văn phòng Đảng ủy Xã Yên Bình',
    );
  });

  it('reads a payload as words, not JSON: field names by their labels, ids left out', () => {
    expect(payloadWords({ eventId: 'ev-1', fields: ['religion', 'ethnicity'] }, 'vi')).toBe(
      'Trường: Tôn giáo, Dân tộc',
    );
    expect(payloadWords({ year: 2026, units: ['xa-yen-binh'] }, 'en')).toBe(
      'Year: 2026 · Units: xa-yen-binh',
    );
    expect(payloadWords({}, 'vi')).toBe('');
  });
});
