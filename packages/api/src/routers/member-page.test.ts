import type { Db } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { compareVi } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBERS_PAGE_SIZE } from '../use-cases/list-members.js';
import { type Caller, callerAs, sessionOf, TODAY } from './test-callers.js';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(
    `pipeline.memberPage: the members screen a page at a time, on ${dialect.name}`,
    () => {
      let handle: Db;
      let office: Caller;
      let secretary: Caller;

      beforeAll(async () => {
        handle = await openWithDemo(dialect, TODAY);
        // This file's sessions are named by their role alone.
        office = callerAs(handle, sessionOf('commune-admin', 'xa-yen-binh', 'commune-admin'));
        secretary = callerAs(handle, sessionOf('cell-secretary', 'cb-thon-nam', 'cell-secretary'));
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
