import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { DEMO_COMMUNE } from '../demo/commune.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import { memberCountsByCell } from './members.js';
import { villagesOf } from './villages.js';

const TODAY = '2026-11-26';
const { commune, cells, reportDate } = DEMO_COMMUNE;

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`villages on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
    });
    afterAll(() => handle.close());

    it('lists the demo villages with their covering cell: thôn Bắc merged into thôn Đông, xóm Đồng Mới empty', async () => {
      const villages = await villagesOf(handle.db, commune.id, reportDate);
      expect(villages.map((v) => v.name).sort()).toEqual(
        ['Thôn Bắc', 'Thôn Đoài', 'Thôn Đông', 'Thôn Nam', 'Thôn Trung', 'Xóm Đồng Mới'].sort(),
      );
      const bac = villages.find((v) => v.id === 'thon-bac');
      expect(bac).toMatchObject({ cellId: 'cb-thon-dong', ownCell: false });
      expect(bac?.members).toBeGreaterThan(0);
      expect(villages.find((v) => v.id === 'xom-dong-moi')).toMatchObject({ members: 0, ownCell: false });
      expect(villages.find((v) => v.id === 'thon-doai')).toMatchObject({
        cellName: 'Chi bộ thôn Đoài',
        ownCell: true,
      });
    });

    it('counts every member on the day exactly once: the villages add up to the commune', async () => {
      const villages = await villagesOf(handle.db, commune.id, reportDate);
      const byCell = await memberCountsByCell(
        handle.db,
        cells.map((c) => c.id),
        reportDate,
      );
      const total = byCell.reduce((n, c) => n + c.official + c.probationary, 0);
      expect(total).toBe(267);
      expect(villages.reduce((n, v) => n + v.members, 0)).toBe(total);
    });

    it('a village with no members on an early day still appears, with 0', async () => {
      const villages = await villagesOf(handle.db, commune.id, '1900-01-01');
      expect(villages).toHaveLength(6);
      expect(villages.every((v) => v.members === 0)).toBe(true);
    });
  });
}
