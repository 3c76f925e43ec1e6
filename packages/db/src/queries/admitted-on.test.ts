import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { DEMO_COMMUNE } from '../demo/commune.js';
import { migrateToLatest } from '../migrate.js';
import { migrationProvider } from '../migrations/index.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import { appendCandidateEvent } from './candidates.js';
import { communeProgressRows } from './progress.js';
import { provinceRollupRows } from './rollup.js';

const TODAY = '2026-11-26';
const { province, commune } = DEMO_COMMUNE;

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`the admission day kept on the candidate, on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
    });
    afterAll(() => handle.close());

    /** Every candidate's admission day as the history says it (the latest decision; none: absent). */
    const fromHistory = async () =>
      new Map(
        (
          await handle.db
            .selectFrom('candidate_event')
            .select((eb) => ['candidate_id', eb.fn.max('occurred_on').as('on')])
            .where('kind', '=', 'admission-decision')
            .groupBy('candidate_id')
            .execute()
        ).map((r) => [r.candidate_id, String(r.on)]),
      );
    const kept = async () =>
      new Map(
        (
          await handle.db
            .selectFrom('candidate')
            .select(['id', 'admitted_on'])
            .where('admitted_on', 'is not', null)
            .execute()
        ).map((r) => [r.id, String(r.admitted_on)]),
      );

    it('loading the demo through appendCandidateEvent keeps every decided candidate’s day, and only theirs', async () => {
      const history = await fromHistory();
      expect(history.size).toBeGreaterThan(5);
      expect(await kept()).toEqual(history);
    });

    it('a decision appended in a transaction counts in the province roll-up as in the commune’s own progress', async () => {
      const count = async () => ({
        province: (await provinceRollupRows(handle.db, province.id, 2026, TODAY)).parts.find(
          (p) => p.id === commune.id,
        )?.admitted,
        commune: (await communeProgressRows(handle.db, commune.id, 2026, TODAY)).cells.reduce(
          (a, c) => a + c.admitted,
          0,
        ),
      });
      const before = await count();
      expect(before.province).toBe(before.commune);
      const open = await handle.db
        .selectFrom('candidate')
        .select('id')
        .where('admitted_on', 'is', null)
        .where('stage', '=', 'pool')
        .executeTakeFirstOrThrow();
      await handle.db.transaction().execute(async (trx) => {
        await appendCandidateEvent(trx, {
          id: 'ev-admitted-on-test',
          candidateId: open.id,
          kind: 'admission-decision',
          occurredOn: TODAY,
          recordedAt: '2026-11-26T03:00:00.000Z',
        });
      });
      const after = await count();
      expect(after).toEqual({ province: (before.province ?? 0) + 1, commune: before.commune + 1 });
    });

    it('migration 0007 fills the day from the history: down to 0006 and up again gives the same column', async () => {
      const before = await kept();
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      const down = await migrator.migrateTo('0006-villages');
      expect(down.error).toBeUndefined();
      const columns = (await handle.db.introspection.getTables()).find(
        (t) => t.name === 'candidate',
      )?.columns;
      expect(columns?.map((c) => c.name)).not.toContain('admitted_on');
      await migrateToLatest(handle.db);
      expect(await kept()).toEqual(before);
      expect(await kept()).toEqual(await fromHistory());
    });
  });
}
