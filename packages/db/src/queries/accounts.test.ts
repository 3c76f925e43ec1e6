import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { loadDemoAccounts } from '../demo/accounts.js';
import { DEMO_COMMUNE } from '../demo/commune.js';
import { migrateToLatest } from '../migrate.js';
import { migrationProvider } from '../migrations/index.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import {
  accountById,
  openDemoAccounts,
  setAccountDisabled,
  setOneTimePassword,
  setOwnPassword,
} from './accounts.js';

const TODAY = '2026-11-26';
const AT = '2026-11-26T01:00:00.000Z';
const { commune, province } = DEMO_COMMUNE;

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`account passwords on ${dialect.name}`, () => {
    let handle: Db;
    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      await loadDemoAccounts(handle.db, { passwordHash: 'scrypt$demo', at: AT });
    });
    afterAll(() => handle.close());

    it('the demo accounts are marked demo; the commune counts its enabled ones (the province viewer is not homed there)', async () => {
      const total = (await handle.db.selectFrom('account').select('demo').execute()).length;
      expect(await openDemoAccounts(handle.db, [commune.id])).toBe(total - 1);
      expect(await openDemoAccounts(handle.db, [province.id])).toBe(1);
      expect(await openDemoAccounts(handle.db, [])).toBe(0);
    });

    it('disabling one, or its own password, takes it off the count; a reset clears the mark and asks for a change', async () => {
      const before = await openDemoAccounts(handle.db, [commune.id]);
      const thondong = await accountById(handle.db, 'acc-bithu-thondong');
      expect(thondong).toMatchObject({ demo: 1, must_change_password: 0, password_expires_at: null });
      await setAccountDisabled(handle.db, {
        accountId: 'acc-bithu-thondong',
        disabled: true,
        expectedVersion: thondong?.version ?? 0,
      });
      await setOwnPassword(handle.db, { accountId: 'acc-bithu-thondoai', passwordHash: 'scrypt$own' });
      expect(await accountById(handle.db, 'acc-bithu-thondoai')).toMatchObject({
        demo: 0,
        must_change_password: 0,
        version: 2,
      });
      expect(await openDemoAccounts(handle.db, [commune.id])).toBe(before - 2);

      // A reset against an old version changes nothing; against the current one it sets the one-time password.
      const stale = { accountId: 'acc-bithu-thontrung', passwordHash: 'scrypt$otp', expiresAt: AT };
      expect(await setOneTimePassword(handle.db, { ...stale, expectedVersion: 7 })).toBe(false);
      expect(await accountById(handle.db, 'acc-bithu-thontrung')).toMatchObject({ demo: 1, version: 1 });
      expect(await setOneTimePassword(handle.db, { ...stale, expectedVersion: 1 })).toBe(true);
      expect(await accountById(handle.db, 'acc-bithu-thontrung')).toMatchObject({
        password_hash: 'scrypt$otp',
        demo: 0,
        must_change_password: 1,
        password_expires_at: AT,
        version: 2,
      });
      // The person's own password afterwards clears the must-change mark and the expiry.
      await setOwnPassword(handle.db, { accountId: 'acc-bithu-thontrung', passwordHash: 'scrypt$mine' });
      expect(await accountById(handle.db, 'acc-bithu-thontrung')).toMatchObject({
        must_change_password: 0,
        password_expires_at: null,
      });
    });

    it('migration 0009 adds the columns with 0, 0, null for the accounts there were; down removes them', async () => {
      const columns = async () =>
        (await handle.db.introspection.getTables())
          .find((t) => t.name === 'account')
          ?.columns.map((c) => c.name) ?? [];
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      expect((await migrator.migrateTo('0007-admitted-on')).error).toBeUndefined();
      expect(await columns()).not.toContain('must_change_password');
      await migrateToLatest(handle.db);
      expect(await columns()).toEqual(
        expect.arrayContaining(['must_change_password', 'demo', 'password_expires_at']),
      );
      const marks = await handle.db
        .selectFrom('account')
        .select(['must_change_password', 'demo', 'password_expires_at'])
        .distinct()
        .execute();
      expect(marks).toEqual([{ must_change_password: 0, demo: 0, password_expires_at: null }]);
    });
  });
}
