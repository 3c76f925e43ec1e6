import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { vietnamCalendar } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicBoard } from '../board.js';
import { createContext } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const NEXT_DAY = '2026-11-27';
const adminCaller = createCallerFactory(adminRouter);
const session = (role: 'commune-admin' | 'cell-secretary' | 'viewer', orgId: string) => ({
  sessionId: `s-${role}`,
  accountId: `acc-${role}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`targets, progress and forecast on ${dialect.name}`, () => {
    let handle: Db;
    let admin: ReturnType<typeof adminCaller>;
    let secretary: ReturnType<typeof adminCaller>;
    let viewer: ReturnType<typeof adminCaller>;

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      const ctx = (s: ReturnType<typeof session> | null) =>
        createContext({
          db: handle.db,
          today: () => TODAY,
          now: () => new Date('2026-11-26T02:00:00Z'),
          session: s,
        });
      admin = adminCaller(ctx(session('commune-admin', 'xa-yen-binh')));
      secretary = adminCaller(ctx(session('cell-secretary', 'cb-thon-dong')));
      viewer = adminCaller(ctx(session('viewer', 'prov-phu-tho')));
    });
    afterAll(async () => handle?.close());

    it('the 2023 plan: 7 from the level above with its resolution, every cell at least 1, no warning', async () => {
      const plan = await admin.targets.get({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(plan.commune.target).toMatchObject({
        total: 7,
        resolutionRef: 'Nghị quyết số 05-NQ/ĐU ngày 10/01/2023',
      });
      expect(plan.cells).toHaveLength(8);
      expect(plan.cells.every((c) => (c.target?.total ?? 0) >= 1)).toBe(true);
      expect(plan.warnings).toEqual([]);
      expect(plan.proposals.byMembers.reduce((s, p) => s + p.target, 0)).toBe(8);
    });

    it('progress on 30/06/2023: 5 of 7 (71 %), Q1 2, half-year 5; grades follow the thresholds', async () => {
      const p = await viewer.progress.commune({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(p.commune).toMatchObject({ admitted: 5, target: 7, members: 267, percent: 71, parts: 8 });
      expect(p.commune.grade?.grade).toBe('COMPLETE');
      expect(p.checkpoints.map((c) => c.admitted)).toEqual([2, 5, null, null]);
      expect(p.cells.find((c) => c.name === 'Chi bộ Trường Tiểu học')).toMatchObject({
        admitted: 2,
        target: 2,
        percent: 100,
      });
      expect(p.cells.reduce((s, c) => s + c.admitted, 0)).toBe(p.commune.admitted);
      // Beside each admission target, the source target, and those introduced to the class (their certificates).
      expect(p.commune).toMatchObject({ sourceTarget: 12, introduced: 3 });
      expect(p.cells.find((c) => c.name === 'Chi bộ Trường Tiểu học')).toMatchObject({
        sourceTarget: 2,
        introduced: 1,
      });
      const year = await viewer.progress.commune({ commune: 'yen-binh', year: 2023, asOf: '2023-12-31' });
      expect(year.commune).toMatchObject({ admitted: 8, grade: { grade: 'GOOD' } });
    });

    it('the province adds up its communes', async () => {
      const p = await viewer.progress.province({ orgId: 'prov-phu-tho', year: 2023, asOf: '2023-06-30' });
      expect(p.province).toMatchObject({ admitted: 5, members: 267, parts: 1, partTargetSum: 7 });
    });

    it('the forecast of the current year: admitted ≤ low ≤ expected ≤ high ≤ optimistic, what-if moves votes', async () => {
      const f = await admin.progress.forecast({ commune: 'yen-binh', year: 2026 });
      for (const u of [...f.cells, f.commune]) {
        expect(u.admitted).toBeLessThanOrEqual(u.low);
        expect(u.low).toBeLessThanOrEqual(u.expected);
        expect(u.expected).toBeLessThanOrEqual(u.high);
        expect(u.high).toBeLessThanOrEqual(u.optimistic);
      }
      expect(f.cells.reduce((s, c) => s + c.optimistic, 0)).toBe(f.commune.optimistic);
      expect(f.candidates.every((c) => c.chance >= 0 && c.chance <= 1 && !('perturbed' in c))).toBe(true);
      // The candidate blocked by an expired certificate (E-08) needs the class again.
      expect(f.candidates.some((c) => c.notes.some((n) => n.code === 'FORECAST.CERTIFICATE_EXPIRES'))).toBe(
        true,
      );
      const late = await admin.progress.forecast({
        commune: 'yen-binh',
        year: 2026,
        whatIf: { classEndsOn: '2027-01-15' },
      });
      expect(late.commune.optimistic).toBeLessThanOrEqual(f.commune.optimistic);
    });

    it('the forecast of 2023 on 30/06/2023 is believable: about 7, not 37, and the cells without a way there are at risk', async () => {
      const f = await viewer.progress.forecast({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(f.commune).toMatchObject({ admitted: 5, target: 7 });
      expect(f.commune.expected).toBeGreaterThanOrEqual(6);
      expect(f.commune.expected).toBeLessThanOrEqual(9);
      // The year ended with 8 decisions (the demo's second half of 2023): inside the interval.
      expect(f.commune.low).toBeLessThanOrEqual(8);
      expect(f.commune.high).toBeGreaterThanOrEqual(8);
      // The kindergarten's cell, 0 of 1 with nobody far enough along to be admitted in 2023, is at risk.
      const kindergarten = f.cells.find((c) => c.name === 'Chi bộ Trường Mầm non');
      expect(kindergarten).toMatchObject({ admitted: 0, target: 1 });
      expect(kindergarten?.risk).not.toBeNull();
      // Cells that reached their target are not.
      expect(f.cells.find((c) => c.name === 'Chi bộ Trường Tiểu học')?.risk).toBeNull();
    });

    it('setting targets keeps history, warns (never blocks) and updates the public board in the same transaction', async () => {
      const before = await admin.targets.get({ commune: 'yen-binh', year: 2026 });
      const cells = before.cells.map((c) => ({
        cellId: c.cellId,
        total: c.target?.total ?? 0,
        subTargets: {},
      }));
      const first = cells[0];
      if (!first) throw new Error('no cell');
      first.total = 0;
      const result = await admin.targets.set({
        commune: 'yen-binh',
        plan: {
          year: 2026,
          setOn: TODAY,
          commune: {
            total: 12,
            resolutionRef: 'Nghị quyết số 09-NQ/ĐU',
            assignedBy: 'Ban Thường vụ Tỉnh ủy',
            subTargets: { female: 4 },
          },
          cells,
        },
      });
      // A new resolution re-issues every target under it (commune + 8 cells), so each row names its resolution.
      expect(result.changed).toBe(9);
      expect(result.warnings.map((w) => w.code).sort()).toEqual([
        'QUOTA.CELL_WITHOUT_TARGET',
        'QUOTA.SPLIT_BELOW_TARGET',
      ]);
      const after = await admin.targets.get({ commune: 'yen-binh', year: 2026 });
      expect(after.commune.target).toMatchObject({
        total: 12,
        subTargets: { female: 4 },
        assignedBy: 'Ban Thường vụ Tỉnh ủy',
      });
      expect(after.history.length).toBe(before.history.length + 9);
      const board = await publicBoard(handle.db, { commune: 'yen-binh', year: 2026, asOf: TODAY });
      expect(board.ok && board.value.commune.target).toBe(12);
      expect(board.ok && board.value.updatedAt).toBe('2026-11-26T02:00:00.000Z');
    });

    it('a plan saved with a future issue date is what the form reopens on, while the day before it is not in force', async () => {
      const plan = {
        year: 2027,
        setOn: '2027-01-12',
        commune: {
          total: 8,
          resolutionRef: 'Nghị quyết số 01-NQ/ĐU ngày 12/01/2027',
          assignedBy: 'Ban Thường vụ Huyện ủy',
          subTargets: {},
        },
        cells: [{ cellId: 'cb-thon-dong', total: 2, subTargets: {} }],
      };
      expect((await admin.targets.set({ commune: 'yen-binh', plan })).changed).toBe(2);
      const today = await admin.targets.get({ commune: 'yen-binh', year: 2027 });
      expect(today.commune.target).toBeNull();
      expect(today.commune.latest).toMatchObject({
        total: 8,
        setOn: '2027-01-12',
        resolutionRef: 'Nghị quyết số 01-NQ/ĐU ngày 12/01/2027',
        assignedBy: 'Ban Thường vụ Huyện ủy',
      });
      expect(today.cells.find((c) => c.cellId === 'cb-thon-dong')?.latest?.total).toBe(2);
      expect(today.history.map((h) => h.setOn)).toEqual(['2027-01-12', '2027-01-12']);
      const issued = await admin.targets.get({ commune: 'yen-binh', year: 2027, asOf: '2027-01-12' });
      expect(issued.commune.target?.total).toBe(8);
    });

    it('a source target saved beside the admission target shows in the plan, the warnings and on the board', async () => {
      const before = await admin.targets.get({ commune: 'yen-binh', year: 2026 });
      const short = before.cells.find((c) => (c.target?.total ?? 0) >= 1)?.cellId;
      const cells = before.cells.map((c) => ({
        cellId: c.cellId,
        total: c.target?.total ?? 0,
        // One cell plans to introduce fewer than it is to admit: warned (QUOTA.SOURCE_BELOW_TARGET).
        sourceTotal: (c.target?.total ?? 0) - (c.cellId === short ? 1 : 0),
        subTargets: c.target?.subTargets ?? {},
      }));
      const target = before.commune.target;
      if (!target) throw new Error('2026 has a plan');
      const result = await admin.targets.set({
        commune: 'yen-binh',
        plan: {
          year: 2026,
          // The day after the previous test's plan: two plans of one day would tie on the day (ids break the tie).
          setOn: NEXT_DAY,
          commune: {
            total: target.total,
            resolutionRef: target.resolutionRef,
            assignedBy: target.assignedBy,
            subTargets: target.subTargets,
          },
          cells,
        },
      });
      expect(result.changed).toBe(8);
      const after = await admin.targets.get({ commune: 'yen-binh', year: 2026, asOf: NEXT_DAY });
      expect(after.cells.map((c) => c.target?.sourceTotal)).toEqual(cells.map((c) => c.sourceTotal));
      expect(
        after.warnings
          .filter((w) => w.code === 'QUOTA.SOURCE_BELOW_TARGET')
          .map((w) => ('cellId' in w ? w.cellId : null)),
      ).toEqual([short]);
      const board = await publicBoard(handle.db, { commune: 'yen-binh', year: 2026, asOf: NEXT_DAY });
      expect(board.ok && board.value.commune.sourceTarget).toBe(cells.reduce((n, c) => n + c.sourceTotal, 0));
    });

    it('only a commune administrator may set targets; a cell secretary is refused and nothing changes', async () => {
      const plan = {
        year: 2026,
        setOn: TODAY,
        commune: { total: 1, resolutionRef: null, assignedBy: null, subTargets: {} },
        cells: [],
      };
      await expect(secretary.targets.set({ commune: 'yen-binh', plan })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(viewer.targets.set({ commune: 'yen-binh', plan })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect((await admin.targets.get({ commune: 'yen-binh', year: 2026 })).commune.target?.total).toBe(12);
    });

    it('a bad plan is refused with a Vietnamese message before anything is written', async () => {
      await expect(
        admin.targets.set({
          commune: 'yen-binh',
          plan: {
            year: 2026,
            setOn: '2026-02-30',
            commune: { total: -1, resolutionRef: null, assignedBy: null, subTargets: {} },
            cells: [],
          },
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    });
  });
}
