import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import { migrationProvider } from './index.js';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`migrations 0017 and 0018 on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await openWithDemo(dialect, '2026-11-26');
    });
    afterAll(async () => handle?.close());

    const sourceTotals = async () =>
      (
        await handle.db
          .selectFrom('admission_target')
          .select('source_total')
          .where('year', '=', 2023)
          .where('org_id', '!=', 'xa-yen-binh')
          .execute()
      ).map((r) => (r.source_total === null ? null : Number(r.source_total)));

    it('the demo plan of 2023 carries a source target of 1 or 2 for every cell', async () => {
      const totals = await sourceTotals();
      expect(totals).toHaveLength(8);
      expect(totals.every((t) => t === 1 || t === 2)).toBe(true);
    });

    it('down removes the source pool and class tables and the source target column; up brings them back, empty', async () => {
      const names = Object.keys(await migrationProvider.getMigrations()).sort();
      const before0017 = names[names.indexOf('0017-source-pool') - 1] ?? '';
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      expect((await migrator.migrateTo(before0017)).error).toBeUndefined();
      await expect(sql`select count(*) from source_proposal`.execute(handle.db)).rejects.toThrow();
      await expect(sql`select count(*) from awareness_class`.execute(handle.db)).rejects.toThrow();
      await expect(sql`select source_total from admission_target`.execute(handle.db)).rejects.toThrow();
      await migrateToLatest(handle.db);
      const n = await handle.db
        .selectFrom('awareness_class')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(0);
      // The column comes back empty: the source targets dropped with it are not invented again.
      expect(await sourceTotals()).toEqual(Array(8).fill(null));
    });
  });
}
