import { type Db, logReminder } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../context.js';
import { callerAs, TODAY } from './test-callers.js';

const OFFICE = 'acc-test-office';
const SECRETARY = 'acc-test-secretary';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`reminder settings and log on ${dialect.name}`, () => {
    let handle: Db;
    const as = (accountId: string, role: 'commune-admin' | 'cell-secretary', orgId: string) => {
      const session: SessionInfo = {
        sessionId: `s-${accountId}`,
        accountId,
        username: accountId,
        displayName: accountId,
        roles: [{ role, orgId }],
      };
      return callerAs(handle, session);
    };

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      // Two accounts homed at the demo commune: its office and a secretary.
      for (const id of [OFFICE, SECRETARY])
        await handle.db
          .insertInto('account')
          .values({
            id,
            username: id,
            display_name: id,
            password_hash: 'x',
            home_org_id: 'xa-yen-binh',
            disabled: 0,
            created_at: `${TODAY}T00:00:00.000Z`,
            version: 1,
          })
          .execute();
    });
    afterAll(async () => handle?.close());

    it('an account sets and removes its own digest address; a malformed one is refused in Vietnamese', async () => {
      const me = as(SECRETARY, 'cell-secretary', 'cb-thon-nam');
      expect(await me.reminders.setEmail({ email: 'bithu@example.vn' })).toEqual({
        email: 'bithu@example.vn',
      });
      expect((await me.reminders.feed()).email).toBe('bithu@example.vn');
      const bad = await me.reminders.setEmail({ email: 'không phải thư' }).catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(TRPCError);
      expect((bad as TRPCError).code).toBe('BAD_REQUEST');
      await me.reminders.setEmail({ email: null });
      expect((await me.reminders.feed()).email).toBe(null);
    });

    it('the office sees the commune’s digest log, failures included; a secretary may not', async () => {
      await logReminder(handle.db, {
        id: 'rl-1',
        day: TODAY,
        at: `${TODAY}T00:05:00.000Z`,
        account_id: SECRETARY,
        recipient: 'bithu@example.vn',
        status: 'failed',
        items: 3,
        error: 'EENVELOPE 550',
      });
      const log = await as(OFFICE, 'commune-admin', 'xa-yen-binh').reminders.log({
        communeId: 'xa-yen-binh',
      });
      expect(log).toEqual([
        expect.objectContaining({
          id: 'rl-1',
          status: 'failed',
          items: 3,
          error: 'EENVELOPE 550',
          recipient: 'bithu@example.vn',
        }),
      ]);
      const refused = await as(SECRETARY, 'cell-secretary', 'cb-thon-nam')
        .reminders.log({ communeId: 'xa-yen-binh' })
        .catch((e: unknown) => e);
      expect((refused as TRPCError).code).toBe('FORBIDDEN');
    });
  });
}
