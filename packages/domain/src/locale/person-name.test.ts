import { describe, expect, it } from 'vitest';
import { canonicalName, personName } from './person-name.js';

const schema = personName(120);
const refused = (raw: string) => {
  const r = schema.safeParse(raw);
  return r.success ? null : (r.error.issues[0]?.message ?? '');
};

describe('a person name has one canonical spelling and nothing hidden in it', () => {
  it('the NFC and the NFD spelling of "Nguyễn Thị Hà" become the same string', () => {
    const nfc = 'Nguyễn Thị Hà'.normalize('NFC');
    const nfd = 'Nguyễn Thị Hà'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(schema.parse(nfd)).toBe(nfc);
    expect(schema.parse(`  ${nfc.replace(' ', '   ')} `)).toBe(nfc);
    expect(canonicalName('Lê\u00a0\u00a0Văn\tAn')).toBe('Lê Văn An');
  });

  it('keeps the names people have: apostrophes, hyphens, other scripts with a mark or two', () => {
    for (const name of ["H'Hen Niê", 'Nguyễn Ngọc-Anh', 'Vừ A Dính', 'Đinh Y Ngọc'])
      expect(schema.parse(name)).toBe(name.normalize('NFC'));
  });

  it('refuses a name of zero-width characters only', () => {
    expect(refused('\u200b\u200c\u200d')).toBe('Cần họ và tên.');
  });

  it('refuses control characters, zero-width joiners and bidi overrides inside a name', () => {
    for (const raw of ['Lê Văn\u0007 An', 'Lê\u200bVăn An', 'Lê Văn \u202eAn', 'Lê \u2066Văn\u2069 An'])
      expect(refused(raw)).toMatch(/ký tự ẩn/);
    // A byte-order mark at an end is white space to trim: the stored name is clean.
    expect(schema.parse('\ufeffLê An')).toBe('Lê An');
  });

  it('refuses a lone surrogate', () => {
    expect(refused('Lê Văn \ud800An')).toBe('Họ và tên chứa ký tự không hợp lệ.');
    expect(refused('Lê Văn \udc00')).toBe('Họ và tên chứa ký tự không hợp lệ.');
  });

  it('refuses 100 combining marks on a letter; two are allowed', () => {
    expect(refused(`Lê A${'\u0301'.repeat(100)}n`)).toMatch(/quá nhiều dấu/);
    expect(refused('Lê Ắ\u0323n')).toBeNull();
  });

  it('refuses digits and symbols, and a name past the maximum', () => {
    expect(refused('Lê Văn 2')).toMatch(/chỉ gồm chữ cái/);
    expect(refused('<script>')).toMatch(/chỉ gồm chữ cái/);
    expect(refused('A'.repeat(121))).toBe('Họ và tên tối đa 120 ký tự.');
    expect(refused('A'.repeat(120))).toBeNull();
  });
});

describe('an account’s display name', () => {
  const display = personName(120, 'Nhập họ tên', 'display');
  it('may hold digits and brackets, and is canonicalised like a name', () => {
    expect(display.parse(' Bí thư Chi bộ thôn 3 (kiêm nhiệm) '.normalize('NFD'))).toBe(
      'Bí thư Chi bộ thôn 3 (kiêm nhiệm)',
    );
  });
  it('refuses hidden characters and symbols like a name does', () => {
    expect(display.safeParse('Văn phòng\u202e Đảng ủy').success).toBe(false);
    expect(display.safeParse('<b>Văn phòng</b>').success).toBe(false);
  });
});
