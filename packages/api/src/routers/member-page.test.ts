import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { compareVi, vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { MEMBERS_PAGE_SIZE } from '../use-cases/list-members.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const caller = createCallerFactory(adminRouter);
const session = (role: 'commune-admin' | 'cell-secretary', orgId: string): SessionInfo => ({
  sessionId: `s-${role}`,
  accountId: `acc-${role}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(
    `pipeline.memberPage: the members screen a page at a time, on ${dialect.name}`,
    () => {
      let handle: Db;
      let office: ReturnType<typeof caller>;
      let secretary: ReturnType<typeof caller>;

      beforeAll(async () => {
        handle = await dialect.open();
        await loadDemo(
          handle.db,
          generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
        );
        const as = (s: SessionInfo) =>
          caller(createContext({ db: handle.db, today: () => TODAY, session: s }));
        office = as(session('commune-admin', 'xa-yen-binh'));
        secretary = as(session('cell-secretary', 'cb-thon-nam'));
      });
      afterAll(async () => handle?.close());

      it("pages the commune's 276 members 50 at a time, in Vietnamese order, the pages together being the whole list", async () => {
        const whole = await office.pipeline.members({ orgId: 'xa-yen-binh' });
        const first = await office.pipeline.memberPage({ orgId: 'xa-yen-binh' });
        expect(first).toMatchObject({ total: 276, unitTotal: 276, page: 1, pageSize: MEMBERS_PAGE_SIZE });
        expect(first.rows).toHaveLength(MEMBERS_PAGE_SIZE);
        const pages = [first];
        for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++)
          pages.push(await office.pipeline.memberPage({ orgId: 'xa-yen-binh', page }));
        const rows = pages.flatMap((p) => p.rows);
        expect(rows).toEqual(whole);
        expect(pages.at(-1)?.rows).toHaveLength(276 - 5 * MEMBERS_PAGE_SIZE);
        const names = rows.map((r) => r.fullName);
        expect(names).toEqual([...names].sort(compareVi));
      });

      it('a page past the last answers no rows and the same totals', async () => {
        expect(await office.pipeline.memberPage({ orgId: 'xa-yen-binh', page: 7 })).toMatchObject({
          total: 276,
          rows: [],
        });
      });

      it('searches names without regard to diacritics, counting the matches and the unit apart', async () => {
        const whole = await office.pipeline.members({ orgId: 'xa-yen-binh' });
        // Independently of the domain's matcher: the name without its marks, Đ as D.
        const plain = (name: string) =>
          name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
        const expected = whole.filter((m) => plain(m.fullName).includes('nguyen'));
        expect(expected.length).toBeGreaterThan(0);
        const found = await office.pipeline.memberPage({ orgId: 'xa-yen-binh', search: 'nguyen' });
        expect(found).toMatchObject({ total: expected.length, unitTotal: 276 });
        expect(found.rows).toEqual(expected.slice(0, MEMBERS_PAGE_SIZE));
      });

      it("a cell secretary pages their own cell, and is refused another cell's members", async () => {
        const own = await secretary.pipeline.memberPage({ orgId: 'cb-thon-nam' });
        expect(own.total).toBe(own.unitTotal);
        expect(own.rows.every((r) => r.cellId === 'cb-thon-nam')).toBe(true);
        await expect(secretary.pipeline.memberPage({ orgId: 'cb-thon-dong' })).rejects.toBeInstanceOf(
          TRPCError,
        );
        await expect(secretary.pipeline.memberPage({ orgId: 'xa-yen-binh' })).rejects.toBeInstanceOf(
          TRPCError,
        );
      });

      it('refuses page 0 and a search over 100 characters, saying what to fix in Vietnamese', async () => {
        await expect(office.pipeline.memberPage({ orgId: 'xa-yen-binh', page: 0 })).rejects.toThrow(
          TRPCError,
        );
        await expect(
          office.pipeline.memberPage({ orgId: 'xa-yen-binh', search: 'a'.repeat(101) }),
        ).rejects.toThrow(/100 ký tự/);
      });
    },
  );
}
