import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';
import { publicRouter } from './public.js';

const TODAY = '2026-11-26';
const publicCaller = createCallerFactory(publicRouter);
const adminCaller = createCallerFactory(adminRouter);

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`routers on ${dialect.name}`, () => {
    let handle: Db;
    let pub: ReturnType<typeof publicCaller>;
    let admin: ReturnType<typeof adminCaller>;

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      pub = publicCaller(createContext({ db: handle.db, today: () => TODAY }));
      // The commune's administrator: the admin router requires a session (access.test.ts covers every role).
      const session = {
        sessionId: 's-test',
        accountId: 'acc-test',
        username: 'vanphong',
        displayName: 'Văn phòng Đảng ủy',
        roles: [{ role: 'commune-admin' as const, orgId: 'xa-yen-binh' }],
      };
      admin = adminCaller(createContext({ db: handle.db, today: () => TODAY, session }));
    });
    afterAll(async () => handle?.close());

    it('the public board for 2023 as of 30 June 2023: 5 admitted of 7, 267 members, 8 cells', async () => {
      const board = await pub.board({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(board.commune).toEqual({
        slug: 'yen-binh',
        name: 'Xã Yên Bình',
        members: 267,
        cells: 8,
        target: 7,
        admitted: 5,
      });
      expect(board.asOf).toBe('2023-06-30');
      expect(board.cells).toHaveLength(8);
      expect(board.cells.every((c) => (c.target ?? 0) >= 1)).toBe(true);
      expect(board.cells.find((c) => c.name === 'Chi bộ Trường Tiểu học')).toEqual({
        name: 'Chi bộ Trường Tiểu học',
        kind: 'school',
        target: 2,
        admitted: 2,
      });
    });

    it('the public board names no person and no internal id: only allow-listed fields', async () => {
      const board = await pub.board({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(Object.keys(board).sort()).toEqual([
        'asOf',
        'cells',
        'commune',
        'composition',
        'forecast',
        'trend',
        'updatedAt',
        'year',
      ]);
      for (const cell of board.cells)
        expect(Object.keys(cell).sort()).toEqual(['admitted', 'kind', 'name', 'target']);
      const text = JSON.stringify(board);
      const someone = (await handle.db.selectFrom('member').select('full_name').executeTakeFirstOrThrow())
        .full_name;
      expect(text).not.toContain(someone);
    });

    it('asOf defaults to today', async () => {
      const board = await pub.board({ commune: 'yen-binh', year: 2026 });
      expect(board.asOf).toBe(TODAY);
      expect(board.commune.target).toBe(9);
    });

    it('an unknown commune or a year without a plan is NOT_FOUND with a Vietnamese message', async () => {
      await expect(pub.board({ commune: 'khong-co', year: 2023 })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('Không tìm thấy xã'),
      });
      const error = await pub.board({ commune: 'yen-binh', year: 1999 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('NOT_FOUND');
    });

    it('a malformed date is refused before any query', async () => {
      await expect(pub.board({ commune: 'yen-binh', year: 2023, asOf: '2023-02-30' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    });

    it('the admin overview splits members into official and probationary for each cell', async () => {
      const overview = await admin.org.overview({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(overview.commune.members).toBe(267);
      expect(overview.commune.official + overview.commune.probationary).toBe(267);
      expect(overview.cells.reduce((s, c) => s + c.members, 0)).toBe(267);
      expect(overview.cells.every((c) => c.id.length > 0 && c.official + c.probationary === c.members)).toBe(
        true,
      );
    });

    it('lists communes with the years that have a plan', async () => {
      const communes = await admin.org.communes();
      expect(communes).toEqual([{ slug: 'yen-binh', name: 'Xã Yên Bình', years: [2023, 2024, 2025, 2026] }]);
    });
  });
}
