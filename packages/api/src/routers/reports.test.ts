import { type Db, writeCandidateSensitive } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

/** A row number as letters (2 → "B", 28 → "AB"): names hold no digits. */
const letters = (n: number): string =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

const TODAY = '2026-11-26';
const adminCaller = createCallerFactory(adminRouter);
const session = (role: 'commune-admin' | 'cell-secretary' | 'viewer', orgId: string) => ({
  sessionId: `s-${role}`,
  accountId: `acc-${role}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});

const rowsIn = async (handle: Db, table: 'member' | 'candidate' | 'audit_log' | 'candidate_event') =>
  Number(
    (
      await handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A members' sheet as the HTTP shell hands it over: row numbers and cells by header. */
const memberRow = (row: number, over: Record<string, string | null> = {}) => ({
  row,
  cells: {
    'Họ và tên': `Đinh Văn Nhập ${letters(row)}`,
    'Giới tính': 'Nam',
    'Ngày sinh': '1985-07-01',
    'Chi bộ': 'Chi bộ thôn Nam',
    'Thôn nơi cư trú': 'Xóm Đồng Mới',
    'Ngày quyết định kết nạp': '10/05/2010',
    'Ngày lễ kết nạp': '2010-06-01',
    'Ngày công nhận chính thức': '01/06/2011',
    ...over,
  },
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`reports and imports on ${dialect.name}`, () => {
    let handle: Db;
    let admin: ReturnType<typeof adminCaller>;
    let viewer: ReturnType<typeof adminCaller>;
    let secretary: ReturnType<typeof adminCaller>;

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      const ctx = (s: ReturnType<typeof session>) =>
        createContext({
          db: handle.db,
          today: () => TODAY,
          now: () => new Date('2026-11-26T02:00:00Z'),
          session: s,
        });
      admin = adminCaller(ctx(session('commune-admin', 'xa-yen-binh')));
      viewer = adminCaller(ctx(session('viewer', 'prov-phu-tho')));
      secretary = adminCaller(ctx(session('cell-secretary', 'cb-thon-dong')));
    });
    afterAll(async () => handle?.close());

    it('results against target per cell on 30/06/2023: 5 of 7, the primary school 2 of 2, cells in Vietnamese order', async () => {
      const r = await viewer.reports.results({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(r.commune).toMatchObject({ admitted: 5, target: 7, members: 267, percent: 71 });
      expect(r.cells).toHaveLength(8);
      expect(r.cells.find((c) => c.name === 'Chi bộ Trường Tiểu học')).toMatchObject({
        admitted: 2,
        target: 2,
      });
      expect(r.cells.reduce((n, c) => n + c.admitted, 0)).toBe(5);
      expect(r.cells.reduce((n, c) => n + c.women, 0)).toBe(r.commune.women);
      expect(r.cells[0]?.name).toBe('Chi bộ Công an xã');
    });

    it('a year report never runs past 31 December: asOf today on 2023 counts the whole year (8)', async () => {
      const r = await admin.reports.results({ commune: 'yen-binh', year: 2023 });
      expect(r.asOf).toBe('2023-12-31');
      expect(r.commune.admitted).toBe(8);
    });

    it('composition of 2023: every breakdown adds up to 8, the sensitive read is audited by field name', async () => {
      const before = await rowsIn(handle, 'audit_log');
      const c = await admin.reports.composition({ commune: 'yen-binh', year: 2023 });
      expect(c.total).toBe(8);
      for (const b of c.breakdowns) expect(b.groups.reduce((n, g) => n + g.count, 0)).toBe(8);
      expect(c.suppressed).toBe(false);
      const entry = await handle.db
        .selectFrom('audit_log')
        .select(['action', 'payload', 'target_id'])
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(await rowsIn(handle, 'audit_log')).toBe(before + 1);
      expect(entry).toMatchObject({ action: 'commune.read-sensitive', target_id: 'xa-yen-binh' });
      expect(JSON.parse(entry.payload)).toEqual({ fields: ['ethnicity', 'religion'] });
      // Only counts leave: no candidate id, and no date but the report's own day.
      const text = JSON.stringify(c);
      expect(text).not.toContain('qc-');
      expect([...new Set(text.match(/\d{4}-\d{2}-\d{2}/g))]).toEqual([c.asOf]);
    });

    it('a viewer gets no ethnicity or religion breakdown at all (not even large groups), and no sensitive read is audited in their name; the commune office sees them', async () => {
      const admitted = await handle.db
        .selectFrom('candidate_event as e')
        .innerJoin('candidate as c', 'c.id', 'e.candidate_id')
        .select('c.id')
        .where('e.kind', '=', 'admission-decision')
        .where('e.occurred_on', '>=', '2023-01-01')
        .where('e.occurred_on', '<=', '2023-12-31')
        .orderBy('c.id')
        .executeTakeFirstOrThrow();
      await writeCandidateSensitive(handle.db, admitted.id, { ethnicity: 'Tày', religion: 'Không' }, 'x');
      const auditBefore = await rowsIn(handle, 'audit_log');
      // Two days a viewer could compare: neither answer holds a count of either sensitive dimension.
      for (const asOf of ['2023-06-29', '2023-06-30', '2023-12-31']) {
        const seen = await viewer.reports.composition({ commune: 'yen-binh', year: 2023, asOf });
        for (const dimension of ['ethnicity', 'religion'])
          expect(seen.breakdowns.find((b) => b.dimension === dimension)).toMatchObject({
            withheld: true,
            groups: [],
          });
        expect(seen.achieved.ethnicMinority).toBeNull();
        expect(seen.achieved.religious).toBeNull();
        expect(seen.suppressed).toBe(true);
        expect(JSON.stringify(seen)).not.toMatch(/"Kinh"|"Tày"/);
      }
      expect(await rowsIn(handle, 'audit_log')).toBe(auditBefore);
      const office = await admin.reports.composition({ commune: 'yen-binh', year: 2023 });
      const ethnicity = office.breakdowns.find((b) => b.dimension === 'ethnicity');
      expect(ethnicity?.groups.map((g) => [g.label.vi, g.count])).toEqual([
        ['Kinh', 7],
        ['Tày', 1],
      ]);
      expect(office.achieved.ethnicMinority).toBe(1);
    });

    it('villages: xóm Đồng Mới has no members, thôn Bắc no cell of its own (covered by thôn Đông)', async () => {
      const v = await viewer.reports.villages({ commune: 'yen-binh', asOf: '2023-06-30' });
      expect(v.villages.filter((x) => x.withoutMembers).map((x) => x.name)).toEqual(['Xóm Đồng Mới']);
      expect(v.villages.filter((x) => x.withoutOwnCell).map((x) => x.name)).toEqual([
        'Thôn Bắc',
        'Xóm Đồng Mới',
      ]);
      expect(v.villages.find((x) => x.name === 'Thôn Bắc')?.cellName).toBe('Chi bộ thôn Đông');
      expect(v.villages.reduce((n, x) => n + x.members, 0)).toBe(267);
    });

    it('the registers list basic fields only, in Vietnamese order', async () => {
      const m = await viewer.reports.members({ commune: 'yen-binh', asOf: '2023-06-30' });
      expect(m.rows).toHaveLength(267);
      expect(Object.keys(m.rows[0] ?? {}).sort()).toEqual(
        [
          'admittedOn',
          'birthDate',
          'cellName',
          'fullName',
          'gender',
          'joinedOn',
          'officialOn',
          'villageName',
        ].sort(),
      );
      const c = await viewer.reports.candidates({ commune: 'yen-binh' });
      expect(c.rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(c)).not.toMatch(/ethnicity|religion|nationalId/);
    });

    it('a cell secretary may not read the commune reports', async () => {
      await expect(secretary.reports.results({ commune: 'yen-binh', year: 2023 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('an import with one bad row writes NOTHING and lists the row errors in Vietnamese', async () => {
      const [members, audit] = [await rowsIn(handle, 'member'), await rowsIn(handle, 'audit_log')];
      const answer = await admin.imports.members({
        commune: 'yen-binh',
        dryRun: false,
        rows: [memberRow(2), memberRow(3, { 'Ngày lễ kết nạp': '32/13/2010' }), memberRow(4)],
      });
      expect(answer).toMatchObject({
        ok: false,
        errorCount: 1,
        errors: [{ row: 3, column: 'Ngày lễ kết nạp', message: 'Ngày không có thật hoặc sai định dạng.' }],
      });
      expect(await rowsIn(handle, 'member')).toBe(members);
      expect(await rowsIn(handle, 'audit_log')).toBe(audit);
    });

    it('E-02: the import refuses a member admitted at 8 and writes nothing; the preview shows every field as read', async () => {
      const members = await rowsIn(handle, 'member');
      const child = await admin.imports.members({
        commune: 'yen-binh',
        dryRun: false,
        rows: [
          memberRow(2, {
            'Ngày sinh': '01/06/2015',
            'Ngày quyết định kết nạp': '15/03/2023',
            'Ngày lễ kết nạp': '01/04/2023',
            'Ngày công nhận chính thức': null,
          }),
        ],
      });
      expect(child).toMatchObject({
        ok: false,
        errors: [
          {
            row: 2,
            column: 'Ngày quyết định kết nạp',
            message: expect.stringContaining('chưa đủ 18 tuổi (E-02'),
          },
        ],
      });
      expect(await rowsIn(handle, 'member')).toBe(members);
      const preview = await admin.imports.members({
        commune: 'yen-binh',
        dryRun: true,
        rows: [memberRow(2)],
      });
      expect(preview.ok && preview.preview[0]?.fields).toEqual(
        expect.arrayContaining([
          { column: 'Ngày sinh', value: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/) },
        ]),
      );
      expect(preview.ok && preview.preview[0]?.warnings).toEqual([]);
    });

    it('a dry run previews and writes nothing; the real run writes every row with its audit entry, in one go', async () => {
      const rows = [memberRow(2), memberRow(3)];
      const [members, audit] = [await rowsIn(handle, 'member'), await rowsIn(handle, 'audit_log')];
      const preview = await admin.imports.members({ commune: 'yen-binh', dryRun: true, rows });
      expect(preview).toMatchObject({ ok: true, dryRun: true, count: 2, written: 0 });
      expect(await rowsIn(handle, 'member')).toBe(members);
      const done = await admin.imports.members({ commune: 'yen-binh', dryRun: false, rows });
      expect(done).toMatchObject({ ok: true, written: 2 });
      expect(await rowsIn(handle, 'member')).toBe(members + 2);
      expect(await rowsIn(handle, 'audit_log')).toBe(audit + 3); // one per member, one for the import
      const v = await viewer.reports.villages({ commune: 'yen-binh', asOf: TODAY });
      expect(v.villages.find((x) => x.name === 'Xóm Đồng Mới')?.members).toBe(2);
      // The same file again: both rows are now duplicates of people on the books.
      const again = await admin.imports.members({ commune: 'yen-binh', dryRun: false, rows });
      expect(again.ok ? [] : again.errors.map((e) => e.row)).toEqual([2, 3]);
    });

    it('candidates import through the pipeline’s schema: pool entry event, stage cache, sensitive fields apart', async () => {
      const [candidates, events] = [
        await rowsIn(handle, 'candidate'),
        await rowsIn(handle, 'candidate_event'),
      ];
      const done = await admin.imports.candidates({
        commune: 'yen-binh',
        dryRun: false,
        rows: [
          {
            row: 2,
            cells: {
              'Họ và tên': 'Hà Thị Nguồn',
              'Giới tính': 'Nữ',
              'Ngày sinh': '02/02/2002',
              'Chi bộ': 'Chi bộ thôn Đoài',
              'Ngày đưa vào nguồn phát triển': '2026-03-01',
              'Trình độ giáo dục phổ thông': 'Đại học',
              'Tôn giáo': 'Không',
            },
          },
        ],
      });
      expect(done).toMatchObject({ ok: true, written: 1 });
      expect(await rowsIn(handle, 'candidate')).toBe(candidates + 1);
      expect(await rowsIn(handle, 'candidate_event')).toBe(events + 1);
      const row = await handle.db
        .selectFrom('candidate')
        .select(['id', 'stage', 'profile'])
        .where('full_name', '=', 'Hà Thị Nguồn')
        .executeTakeFirstOrThrow();
      expect(row.stage).toBe('pool');
      expect(JSON.parse(row.profile)).toEqual({ education: 'university' });
      const sensitive = await handle.db
        .selectFrom('candidate_sensitive')
        .select('data')
        .where('candidate_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(sensitive.data)).toEqual({ religion: 'Không' });
    });

    it('imports are the commune office’s: a viewer is refused before anything is read', async () => {
      const error = await viewer.imports
        .members({ commune: 'yen-binh', dryRun: true, rows: [memberRow(2)] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('FORBIDDEN');
    });
  });
}
