import { describe, expect, it } from 'vitest';
import { boardColumns, sortRows } from './arrange.js';

const rows = [
  { fullName: 'Đặng Thị Ánh', stage: 'dossier', nextDue: null },
  { fullName: 'Dương Văn Bình', stage: 'pool', nextDue: '2026-12-01' },
  { fullName: 'Nguyễn Văn An', stage: 'cell-resolved', nextDue: '2026-11-20' },
  { fullName: 'Nguyen Van Ba', stage: 'dossier', nextDue: '2026-12-15' },
  { fullName: 'Ân Thị Hoa', stage: 'pool', nextDue: null },
];
const names = (list: { fullName: string }[]) => list.map((r) => r.fullName);

describe('arranging the pipeline', () => {
  it('sorts names in Vietnamese order: A before Â, D before Đ', () => {
    expect(names(sortRows(rows, 'name'))).toEqual([
      'Ân Thị Hoa',
      'Dương Văn Bình',
      'Đặng Thị Ánh',
      'Nguyen Van Ba',
      'Nguyễn Văn An',
    ]);
  });

  it('sorts by next deadline, soonest first, and keeps those without one last in both directions', () => {
    expect(names(sortRows(rows, 'due'))).toEqual([
      'Nguyễn Văn An',
      'Dương Văn Bình',
      'Nguyen Van Ba',
      'Ân Thị Hoa',
      'Đặng Thị Ánh',
    ]);
    expect(names(sortRows(rows, 'due', true)).slice(0, 3)).toEqual([
      'Nguyen Van Ba',
      'Dương Văn Bình',
      'Nguyễn Văn An',
    ]);
    expect(names(sortRows(rows, 'due', true)).slice(3)).toEqual(['Ân Thị Hoa', 'Đặng Thị Ánh']);
  });

  it('sorts by stage in pipeline order, names breaking ties', () => {
    expect(sortRows(rows, 'stage').map((r) => r.stage)).toEqual([
      'pool',
      'pool',
      'dossier',
      'dossier',
      'cell-resolved',
    ]);
    expect(names(sortRows(rows, 'stage')).slice(0, 2)).toEqual(['Ân Thị Hoa', 'Dương Văn Bình']);
  });

  it('makes one board column per stage that has candidates, in pipeline order, soonest deadline on top', () => {
    const columns = boardColumns(rows);
    expect(columns.map((c) => c.stage)).toEqual(['pool', 'dossier', 'cell-resolved']);
    expect(names(columns[0]?.rows ?? [])).toEqual(['Dương Văn Bình', 'Ân Thị Hoa']);
    expect(names(columns[1]?.rows ?? [])).toEqual(['Nguyen Van Ba', 'Đặng Thị Ánh']);
  });

  it('leaves the rows it was given in their order', () => {
    const copy = [...rows];
    sortRows(rows, 'name');
    boardColumns(rows);
    expect(rows).toEqual(copy);
  });
});
