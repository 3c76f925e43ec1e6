import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import { migrationProvider } from './index.js';

const NAME = '0011-national-id-sensitive';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`migration ${NAME} on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await openWithDemo(dialect, '2026-11-26');
    });
    afterAll(async () => handle?.close());

    const read = async (id: string) => {
      const row = await handle.db
        .selectFrom('candidate as c')
        .leftJoin('candidate_sensitive as s', 's.candidate_id', 'c.id')
        .select(['c.profile', 's.data'])
        .where('c.id', '=', id)
        .executeTakeFirstOrThrow();
      return { profile: JSON.parse(row.profile), sensitive: row.data ? JSON.parse(row.data) : null };
    };

    it('moves the personal ID number from the basic profile to the sensitive record, keeping both records’ other fields; down moves it back', async () => {
      const names = Object.keys(await migrationProvider.getMigrations()).sort();
      const previous = names[names.indexOf(NAME) - 1] ?? '';
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      expect((await migrator.migrateTo(previous)).error).toBeUndefined();
      const [withSensitive, without] = await handle.db
        .selectFrom('candidate')
        .select('id')
        .orderBy('id')
        .limit(2)
        .execute();
      if (!withSensitive || !without) throw new Error('the demo has candidates');
      await handle.db
        .updateTable('candidate')
        .set({ profile: JSON.stringify({ education: 'upper-secondary', nationalId: '001203004567' }) })
        .where('id', 'in', [withSensitive.id, without.id])
        .execute();
      await handle.db
        .deleteFrom('candidate_sensitive')
        .where('candidate_id', 'in', [withSensitive.id, without.id])
        .execute();
      await handle.db
        .insertInto('candidate_sensitive')
        .values({
          candidate_id: withSensitive.id,
          data: JSON.stringify({ religion: 'Không' }),
          updated_at: 'x',
        })
        .execute();

      await migrateToLatest(handle.db);
      expect(await read(withSensitive.id)).toEqual({
        profile: { education: 'upper-secondary' },
        sensitive: { religion: 'Không', nationalId: '001203004567' },
      });
      expect(await read(without.id)).toEqual({
        profile: { education: 'upper-secondary' },
        sensitive: { nationalId: '001203004567' },
      });

      expect((await migrator.migrateTo(previous)).error).toBeUndefined();
      expect((await read(withSensitive.id)).profile).toEqual({
        education: 'upper-secondary',
        nationalId: '001203004567',
      });
      expect((await read(withSensitive.id)).sensitive).toEqual({ religion: 'Không' });
      await migrateToLatest(handle.db);
    });
  });
}
