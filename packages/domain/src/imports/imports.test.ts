import { describe, expect, it } from 'vitest';
import { checkCandidateImport, checkMemberImport, type ImportContext, readDateCell } from './index.js';

/** A row number as letters (2 → "B", 28 → "AB"): names hold no digits. */
const letters = (n: number): string =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

const context: ImportContext = {
  cells: [
    { id: 'cb-thon-dong', name: 'Chi bộ thôn Đông' },
    { id: 'cb-thon-doai', name: 'Chi bộ thôn Đoài' },
  ],
  villages: [{ id: 'thon-bac', name: 'Thôn Bắc' }],
  existing: [{ fullName: 'Nguyễn Văn Có', birthDate: '1980-01-01' }],
  today: '2026-11-26',
};

const member = (row: number, over: Record<string, string | null> = {}) => ({
  row,
  cells: {
    'Họ và tên': `Trần Văn ${letters(row)}`,
    'Giới tính': 'Nam',
    'Ngày sinh': '1990-01-02',
    'Chi bộ': 'Chi bộ thôn Đông',
    'Thôn nơi cư trú': 'Thôn Bắc',
    'Ngày quyết định kết nạp': '15/03/2020',
    'Ngày lễ kết nạp': '2020-04-01',
    'Ngày công nhận chính thức': '01/04/2021',
    STT: row - 1,
    ...over,
  },
});

describe('member import', () => {
  it('E-02: a member born in 2015 and admitted in 2023 (aged 8) is refused, with the age and the rule', () => {
    const result = checkMemberImport(
      [
        member(2, {
          'Ngày sinh': '01/06/2015',
          'Ngày quyết định kết nạp': '15/03/2023',
          'Ngày lễ kết nạp': '01/04/2023',
          'Ngày công nhận chính thức': null,
        }),
      ],
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Ngày quyết định kết nạp',
        message: expect.stringMatching(
          /^Ngày kết nạp 15\/03\/2023: người này mới 7 tuổi 9 tháng, chưa đủ 18 tuổi \(E-02, Quy định 24-QĐ\/TW/,
        ),
      }),
    ]);
  });

  it('E-02: 17 years 11 months at the admission decision fails; 18 years 0 months passes (whole months, E-03)', () => {
    const at = (birth: string) =>
      checkMemberImport(
        [
          member(2, {
            'Ngày sinh': birth,
            'Ngày quyết định kết nạp': '15/03/2024',
            'Ngày lễ kết nạp': '01/04/2024',
            'Ngày công nhận chính thức': null,
          }),
        ],
        context,
      );
    expect(at('30/04/2006').ok).toBe(false);
    expect(at('31/03/2006').ok).toBe(true);
  });

  it('E-04: over 60 at the decision is imported with a warning (lawful with a consent the file does not hold)', () => {
    const result = checkMemberImport(
      [
        member(2, {
          'Ngày sinh': '01/01/1960',
          'Ngày quyết định kết nạp': '15/03/2021',
          'Ngày lễ kết nạp': '01/04/2021',
          'Ngày công nhận chính thức': null,
        }),
      ],
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows[0]?.warnings).toEqual([expect.stringMatching(/quá 60 tuổi.*\(E-04\)/)]);
    // Within the window: no warning.
    expect(checkMemberImport([member(2)], context)).toMatchObject({ ok: true, rows: [{ warnings: [] }] });
  });

  it('shows every field as read in the preview, dates dd/MM/yyyy and codes in words', () => {
    const result = checkMemberImport([member(2, { 'Giới tính': 'nữ' })], context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows[0]?.fields).toEqual([
      { column: 'Họ và tên', value: 'Trần Văn B' },
      { column: 'Giới tính', value: 'Nữ' },
      { column: 'Ngày sinh', value: '02/01/1990' },
      { column: 'Chi bộ', value: 'Chi bộ thôn Đông' },
      { column: 'Thôn nơi cư trú', value: 'Thôn Bắc' },
      { column: 'Ngày quyết định kết nạp', value: '15/03/2020' },
      { column: 'Ngày lễ kết nạp', value: '01/04/2020' },
      { column: 'Ngày công nhận chính thức', value: '01/04/2021' },
    ]);
  });

  it('accepts a valid sheet, resolving cell and village by name without regard to case or diacritics', () => {
    const result = checkMemberImport(
      [member(2), member(3, { 'Chi bộ': 'chi bo thon doai', 'Giới tính': 'nữ' })],
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows[1]).toMatchObject({
      cellId: 'cb-thon-doai',
      gender: 'F',
      villageId: 'thon-bac',
      admittedOn: '2020-03-15',
    });
    expect(result.ignoredColumns).toEqual(['STT']);
  });

  it('refuses the whole file for one bad row, naming row, column, problem and fix', () => {
    const result = checkMemberImport(
      [member(2), member(3, { 'Ngày sinh': '31/02/1990', 'Chi bộ': 'Chi bộ Bắc' })],
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Ngày sinh', hint: expect.stringContaining('dd/MM/yyyy') }),
      expect.objectContaining({ row: 3, column: 'Chi bộ', message: 'Không có "Chi bộ Bắc" trong xã.' }),
    ]);
  });

  it('orders the dates: the ceremony not before the decision (L-03), official not before 12 months of probation (L-05)', () => {
    const result = checkMemberImport(
      [
        member(2, { 'Ngày lễ kết nạp': '2020-03-01' }),
        member(3, { 'Ngày công nhận chính thức': '2021-03-31' }),
      ],
      context,
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Ngày lễ kết nạp'],
      [3, 'Ngày công nhận chính thức'],
    ]);
    // Exactly 12 months is accepted (the boundary).
    expect(checkMemberImport([member(2, { 'Ngày công nhận chính thức': '2021-04-01' })], context).ok).toBe(
      true,
    );
  });

  it('says which required column is missing from the header (row 1), and what an empty required cell needs', () => {
    const noCell = checkMemberImport([{ row: 2, cells: { 'Họ và tên': 'A B' } }], context);
    expect(noCell.ok ? [] : noCell.errors.map((e) => [e.row, e.column])).toContainEqual([1, 'Chi bộ']);
    const empty = checkMemberImport([member(2, { 'Giới tính': null })], context);
    expect(empty.ok ? [] : empty.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Giới tính',
        message: 'Ô này bắt buộc nhưng đang để trống.',
      }),
    ]);
  });

  it('refuses duplicates within the file and people already on the books', () => {
    const result = checkMemberImport(
      [
        member(2),
        member(3, { 'Họ và tên': 'Trần Văn B'.normalize('NFD') }),
        member(4, { 'Họ và tên': 'nguyễn văn có', 'Ngày sinh': '01/01/1980' }),
      ],
      context,
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.message])).toEqual([
      [3, 'Trùng với dòng 2 (cùng họ tên và ngày sinh).'],
      [4, 'Người này (cùng họ tên và ngày sinh) đã có trong danh sách của xã.'],
    ]);
  });

  it('refuses a date after today', () => {
    const result = checkMemberImport([member(2, { 'Ngày công nhận chính thức': '2026-11-27' })], context);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['Ngày ở tương lai (sau hôm nay).']);
  });
});

describe('candidate import (the pipeline’s createCandidateInput)', () => {
  const candidate = (row: number, over: Record<string, string | null> = {}) => ({
    row,
    cells: {
      'Họ và tên': `Lê Thị ${letters(row)}`,
      'Giới tính': 'Nữ',
      'Ngày sinh': '2001-05-05',
      'Chi bộ': 'Chi bộ thôn Đông',
      'Ngày đưa vào nguồn phát triển': '01/02/2026',
      'Trình độ giáo dục phổ thông': 'Tốt nghiệp THPT',
      'Nghề nghiệp hiện nay': 'Nông dân',
      'Đoàn viên Đoàn TNCS Hồ Chí Minh': 'Có',
      'Dân tộc': 'Tày',
      ...over,
    },
  });

  it('turns words into the record: education level, Youth Union yes/no, sensitive fields apart', () => {
    const result = checkCandidateImport([candidate(2)], context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows[0]).toMatchObject({
      cellId: 'cb-thon-dong',
      gender: 'F',
      enteredPoolOn: '2026-02-01',
      profile: { education: 'upper-secondary', youthUnionMember: true, occupation: 'Nông dân' },
      sensitive: { ethnicity: 'Tày' },
    });
  });

  it('names the column of a bad education level, ID number or yes/no', () => {
    const result = checkCandidateImport(
      [
        candidate(2, {
          'Trình độ giáo dục phổ thông': 'Lớp 12',
          'Số định danh cá nhân': '123',
          'Đoàn viên Đoàn TNCS Hồ Chí Minh': 'x',
        }),
      ],
      context,
    );
    expect(result.ok ? [] : result.errors.map((e) => e.column).sort()).toEqual(
      ['Trình độ giáo dục phổ thông', 'Số định danh cá nhân', 'Đoàn viên Đoàn TNCS Hồ Chí Minh'].sort(),
    );
  });
});

describe('date cells', () => {
  it('reads an Excel date (as YYYY-MM-DD) and dd/MM/yyyy text; keeps anything else for the error', () => {
    expect(readDateCell('2023-06-30')).toBe('2023-06-30');
    expect(readDateCell('30/6/2023')).toBe('2023-06-30');
    expect(readDateCell('30.06.2023')).toBe('30.06.2023');
    expect(readDateCell(null)).toBeUndefined();
  });
});
