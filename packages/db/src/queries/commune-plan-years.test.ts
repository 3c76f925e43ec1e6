import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import { insertOrgUnit, listCommunes } from './org.js';
import { communePlanYears, targetYears } from './targets.js';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`communePlanYears on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await openWithDemo(dialect, '2026-11-26');
      // A commune with no plan at all still appears, with no year.
      await insertOrgUnit(handle.db, {
        id: 'xa-moi',
        parent_id: 'prov-phu-tho',
        level: 'commune',
        kind: null,
        slug: 'xa-moi',
        name: 'Xã Mới',
        valid_from: '2025-07-01',
        valid_to: null,
      });
    });
    afterAll(async () => handle?.close());

    it('gives, in one query, what asking each commune for its plan years gives', async () => {
      const grouped = await communePlanYears(handle.db);
      const oneByOne = await Promise.all(
        (await listCommunes(handle.db)).map(async (c) => ({
          id: c.id,
          slug: c.slug,
          name: c.name,
          years: await targetYears(handle.db, c.id),
        })),
      );
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect(grouped.sort(byId)).toEqual(oneByOne.sort(byId));
      expect(grouped.find((c) => c.id === 'xa-moi')?.years).toEqual([]);
      expect(grouped.find((c) => c.id === 'xa-yen-binh')?.years.length).toBeGreaterThan(1);
    });
  });
}
