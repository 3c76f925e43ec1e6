import { describe, expect, it } from 'vitest';
import { visibleCells } from './visible-cells.js';

const cells = [
  { name: 'Chi bộ thôn Đông', kind: 'rural' as const },
  { name: 'Chi bộ Công an xã', kind: 'police' as const },
  { name: 'Chi bộ thôn Dương Xá', kind: 'rural' as const },
  { name: 'Chi bộ Trường Tiểu học', kind: 'school' as const },
  { name: 'Chi bộ thôn An Lạc', kind: 'rural' as const },
];

const names = (list: { name: string }[]) => list.map((c) => c.name);

describe('visible cells', () => {
  it('sorts by name in Vietnamese order (D before Đ), with no filter', () => {
    expect(names(visibleCells(cells, '', 'vi'))).toEqual([
      'Chi bộ Công an xã',
      'Chi bộ thôn An Lạc',
      'Chi bộ thôn Dương Xá',
      'Chi bộ thôn Đông',
      'Chi bộ Trường Tiểu học',
    ]);
  });

  it('filters without diacritics: "dong" finds "Đông", "truong" finds "Trường"', () => {
    expect(names(visibleCells(cells, 'dong', 'vi'))).toEqual(['Chi bộ thôn Đông']);
    expect(names(visibleCells(cells, 'truong', 'vi'))).toEqual(['Chi bộ Trường Tiểu học']);
  });

  it("matches the kind in the reader's language", () => {
    expect(names(visibleCells(cells, 'cong an', 'vi'))).toEqual(['Chi bộ Công an xã']);
    expect(names(visibleCells(cells, 'police', 'en'))).toEqual(['Chi bộ Công an xã']);
    expect(visibleCells(cells, 'nong thon', 'vi')).toHaveLength(3);
  });

  it('does not reorder the list it was given', () => {
    const copy = [...cells];
    visibleCells(cells, '', 'vi');
    expect(cells).toEqual(copy);
  });
});
