import { vietnamCalendar } from '@ketnap/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { isEmpty } from '../queries/org.js';
import { communeProgressRows } from '../queries/progress.js';
import { setAdmissionTarget, targetsInForce } from '../queries/targets.js';
import { testDialects } from '../testing/dialects.js';
import { DEMO_COMMUNE } from './commune.js';
import { generateDemo } from './generate.js';
import { loadDemo } from './load.js';

const TODAY = '2026-11-26';
const demo = () =>
  generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('demo data generation', () => {
  it('is deterministic: the same seed and day give the same rows', () => {
    expect(JSON.stringify(demo())).toBe(JSON.stringify(demo()));
  });

  it('a different seed gives different people', () => {
    const other = generateDemo({
      today: TODAY,
      seed: 7,
      addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n),
    });
    expect(other.members.map((m) => m.full_name)).not.toEqual(demo().members.map((m) => m.full_name));
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`demo commune on ${dialect.name}`, () => {
    let handle: Db | undefined;
    afterEach(async () => {
      await handle?.close();
      handle = undefined;
    });

    it('tells the 2023 story: 5 admitted of 7 by 30 June, 267 members in 8 cells, 2 in the primary school', async () => {
      handle = await dialect.open();
      expect(await isEmpty(handle.db)).toBe(true);
      await loadDemo(handle.db, demo());
      expect(await isEmpty(handle.db)).toBe(false);
      const rows = await communeProgressRows(handle.db, DEMO_COMMUNE.commune.id, 2023, '2023-06-30');
      expect(rows.communeTarget).toBe(7);
      expect(rows.cells).toHaveLength(8);
      expect(sum(rows.cells.map((c) => c.admitted))).toBe(5);
      expect(sum(rows.cells.map((c) => c.official + c.probationary))).toBe(267);
      expect(rows.cells.every((c) => (c.target ?? 0) >= 1)).toBe(true);
      expect(rows.cells.find((c) => c.id === 'cb-truong-tieu-hoc')?.admitted).toBe(2);
      expect(rows.cells.filter((c) => c.kind === 'rural')).toHaveLength(4);
      expect(rows.cells.filter((c) => c.kind === 'school')).toHaveLength(3);
      expect(rows.cells.filter((c) => c.kind === 'police')).toHaveLength(1);
      // By the year's end the commune met its target.
      const yearEnd = await communeProgressRows(handle.db, DEMO_COMMUNE.commune.id, 2023, '2023-12-31');
      expect(sum(yearEnd.cells.map((c) => c.admitted))).toBeGreaterThanOrEqual(7);
    });

    it('a failing row leaves nothing behind: the load is one transaction', async () => {
      handle = await dialect.open();
      const data = demo();
      const first = data.members[0];
      if (!first) throw new Error('demo has members');
      data.members.push({ ...first }); // duplicate primary key, near the end of the load
      await expect(loadDemo(handle.db, data)).rejects.toThrow();
      expect(await isEmpty(handle.db)).toBe(true);
    });

    it('a changed target keeps history: the newest one set by the day counts', async () => {
      handle = await dialect.open();
      await loadDemo(handle.db, demo());
      const id = DEMO_COMMUNE.commune.id;
      await setAdmissionTarget(handle.db, {
        id: 'tg-new',
        org_id: id,
        year: 2023,
        total: 9,
        resolution_ref: null,
        set_on: '2023-08-01',
      });
      expect((await targetsInForce(handle.db, [id], 2023, '2023-06-30'))[0]?.total).toBe(7);
      expect((await targetsInForce(handle.db, [id], 2023, '2023-09-01'))[0]?.total).toBe(9);
    });
  });
}
