import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { defaultBoardDay, type PublicBoard, vietnamCalendar } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardInput, publicBoard } from '../board.js';
import { createContext } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const adminCaller = createCallerFactory(adminRouter);

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`routers on ${dialect.name}`, () => {
    let handle: Db;
    let admin: ReturnType<typeof adminCaller>;

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
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

    /** The board as the JSON route reads it (its day defaulted as the route does); a refusal is thrown as its error. */
    const board = async (input: { commune: string; year: number; asOf?: string }): Promise<PublicBoard> => {
      const result = await publicBoard(handle.db, {
        ...input,
        asOf: input.asOf ?? defaultBoardDay(input.year, TODAY),
      });
      if (!result.ok) throw result.error;
      return result.value;
    };

    it('the public board for 2023 as of 30 June 2023: 5 admitted of 7, 267 members, 8 cells', async () => {
      const answer = await board({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(answer.commune).toEqual({
        slug: 'yen-binh',
        name: 'Xã Yên Bình',
        members: 267,
        cells: 8,
        target: 7,
        admitted: 5,
        // The plan's source targets (1 or 2 a cell) summed, and the certificates of 2023 by 30 June.
        sourceTarget: 12,
        introduced: 3,
      });
      expect(answer.asOf).toBe('2023-06-30');
      expect(answer.cells).toHaveLength(8);
      expect(answer.cells.every((c) => (c.target ?? 0) >= 1)).toBe(true);
      expect(answer.cells.find((c) => c.name === 'Chi bộ Trường Tiểu học')).toEqual({
        name: 'Chi bộ Trường Tiểu học',
        kind: 'school',
        target: 2,
        admitted: 2,
        sourceTarget: 2,
        introduced: 1,
      });
    });

    it('the public board names no person and no internal id: only allow-listed fields', async () => {
      const answer = await board({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(Object.keys(answer).sort()).toEqual([
        'asOf',
        'cells',
        'commune',
        'composition',
        'forecast',
        'trend',
        'updatedAt',
        'year',
      ]);
      for (const cell of answer.cells)
        expect(Object.keys(cell).sort()).toEqual([
          'admitted',
          'introduced',
          'kind',
          'name',
          'sourceTarget',
          'target',
        ]);
      const text = JSON.stringify(answer);
      const someone = (await handle.db.selectFrom('member').select('full_name').executeTakeFirstOrThrow())
        .full_name;
      expect(text).not.toContain(someone);
    });

    it('asOf defaults to today', async () => {
      const answer = await board({ commune: 'yen-binh', year: 2026 });
      expect(answer.asOf).toBe(TODAY);
      expect(answer.commune.target).toBe(9);
    });

    it('an unknown commune or a year without a plan is an error value with a Vietnamese message', async () => {
      await expect(board({ commune: 'khong-co', year: 2023 })).rejects.toMatchObject({
        code: 'BOARD.COMMUNE_NOT_FOUND',
        message: { vi: expect.stringContaining('Không tìm thấy xã') },
      });
      await expect(board({ commune: 'yen-binh', year: 1999 })).rejects.toMatchObject({
        code: 'BOARD.YEAR_NOT_FOUND',
        // The stored name already says "Xã": not "Xã Xã Yên Bình".
        message: { vi: 'Xã Yên Bình chưa có kế hoạch năm 1999.' },
      });
    });

    it('a malformed date or a year out of bounds is refused by the board input, before any query', () => {
      expect(boardInput.safeParse({ commune: 'yen-binh', year: '2023', asOf: '2023-02-30' }).success).toBe(
        false,
      );
      expect(boardInput.safeParse({ commune: 'yen-binh', year: '1929' }).success).toBe(false);
      expect(boardInput.safeParse({ commune: 'yen-binh', year: '2023' }).data?.year).toBe(2023);
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
