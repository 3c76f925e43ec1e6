import { rollUpCommune } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { loadGenerated } from '../gen/load.js';
import { NATION } from '../gen/plan.js';
import { testDialects } from '../testing/dialects.js';
import { communeProgressRows } from './progress.js';
import { communesOf } from './reports.js';
import { nationRollupRows, provinceRollupRows } from './rollup.js';
import { targetsInForce } from './targets.js';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`grouped roll-ups on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await dialect.open();
      // One generated commune: 60-odd cells, five years of decisions, targets changing each January.
      await loadGenerated(handle, { scale: 'commune', snapshots: false });
    });
    afterAll(async () => handle?.close());

    it("a province's grouped roll-up equals the sum of each commune's own progress rows, every year and day", async () => {
      for (const year of NATION.years)
        for (const asOf of [`${year}-03-31`, `${year}-09-30`, `${year + 1}-01-10`]) {
          const grouped = await provinceRollupRows(handle.db, 'p01', year, asOf);
          const oneByOne = await Promise.all(
            (await communesOf(handle.db, 'p01')).map(async (c) => {
              const rows = await communeProgressRows(handle.db, c.id, year, asOf);
              const t = rollUpCommune(rows.cells, rows.communeTarget);
              return { id: c.id, target: t.target, admitted: t.admitted };
            }),
          );
          expect(grouped.parts, `${year} ${asOf}`).toEqual(oneByOne.sort((a, b) => a.id.localeCompare(b.id)));
          expect(grouped.ownTarget).toBe(
            (await targetsInForce(handle.db, ['p01'], year, asOf))[0]?.total ?? null,
          );
        }
    });

    it("the nation's roll-up gives each province its own target and the admissions of its communes", async () => {
      const year = 2024;
      const nation = await nationRollupRows(handle.db, year, '2024-12-31');
      const province = await provinceRollupRows(handle.db, 'p01', year, '2024-12-31');
      expect(nation).toEqual([
        {
          id: 'p01',
          target: province.ownTarget,
          admitted: province.parts.reduce((a, p) => a + p.admitted, 0),
        },
      ]);
      expect(nation[0]?.admitted).toBeGreaterThan(0);
    });

    it('before a year starts nothing is admitted, and a day before any target gives null targets', async () => {
      const early = await provinceRollupRows(handle.db, 'p01', 2021, '2021-01-01');
      expect(early.ownTarget).toBeNull();
      expect(early.parts.every((p) => p.admitted === 0 && p.target === null)).toBe(true);
    });
  });
}
