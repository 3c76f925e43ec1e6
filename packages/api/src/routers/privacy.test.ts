import { type Db, insertOrgUnit, rebuildBoardSnapshot } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { foldVi, type RecordStepInput } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const caller = createCallerFactory(adminRouter);
type Caller = ReturnType<typeof caller>;
const session = (role: 'commune-admin' | 'cell-secretary' | 'viewer', orgId: string): SessionInfo => ({
  sessionId: `s-${role}-${orgId}`,
  accountId: `acc-${role}-${orgId}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});

/** Values that exist nowhere else: after an erasure none may be left anywhere in the database. */
const PERSON = {
  fullName: 'Hà Thị Riêng Tư',
  birthDate: '1993-08-17',
  nationalId: '001093555777',
  residence: 'Xóm Bí Mật',
  ethnicity: 'Sán Dìu',
  religion: 'Cao Đài',
  relative: 'Đinh Văn Thân Nhân',
  reason: 'Lý do gia đình riêng',
  serial: 'GCN-RIENG-42',
};
/** One more person, for the scan: values no other candidate of the test holds. */
const ALONE = {
  fullName: 'Vi Thị Duy Nhất',
  birthDate: '1991-02-13',
  nationalId: '001091444666',
  residence: 'Xóm Không Ai Biết',
  ethnicity: 'Pà Thẻn',
  religion: 'Tin Lành Riêng',
  relative: 'Lục Văn Người Thân',
  reason: 'Chuyện nhà không kể',
  serial: 'GCN-DUY-NHAT-7',
};
const needlesOf = (p: typeof PERSON) => [...Object.values(p), foldVi(p.fullName)];

/** The tRPC code and the business code of a refused call. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; cause?: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError)
      return {
        code: error.code,
        cause: (error.cause as { code?: string } | undefined)?.code,
        message: error.message,
      };
    throw error;
  }
  throw new Error('the call was not refused');
}

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`personal data rights on ${dialect.name}`, () => {
    let handle: Db;
    let office: Caller;
    let secretary: Caller;
    let viewer: Caller;
    let otherOffice: Caller;
    const officeOn = (today: string) =>
      caller(
        createContext({
          db: handle.db,
          today: () => today,
          now: () => new Date(`${today}T03:00:00Z`),
          session: session('commune-admin', 'xa-yen-binh'),
        }),
      );
    const lastAudit = () =>
      handle.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const auditCount = async () =>
      Number(
        (
          await handle.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    /** Every text of every table, for a scan: the rows as JSON. */
    const everything = async () => {
      const out: string[] = [];
      for (const t of await handle.db.introspection.getTables())
        out.push(
          JSON.stringify(
            await handle.db
              .selectFrom(t.name as 'candidate')
              .selectAll()
              .execute(),
          ),
        );
      return out.join('\n');
    };

    /**
     * A candidate of Chi bộ thôn Nam with a full person record (basic and sensitive fields), a helper, a certificate,
     * an application, then `close` (withdrawn or rejected) on `closedOn`.
     */
    async function closedCandidate(close: 'withdrawn' | 'rejected', closedOn: string, p = PERSON) {
      const { id } = await secretary.candidates.create({
        cellId: 'cb-thon-nam',
        fullName: p.fullName,
        gender: 'F',
        birthDate: p.birthDate,
        enteredPoolOn: '2019-03-04',
        profile: { residence: p.residence, education: 'upper-secondary' },
        sensitive: {
          nationalId: p.nationalId,
          ethnicity: p.ethnicity,
          religion: p.religion,
          family: [{ relation: 'Cha', fullName: p.relative, birthYear: 1965 }],
        },
      });
      // A verification request names the relative too: erasure must delete it.
      await secretary.verifications.add({
        candidateId: id,
        relation: 'father',
        personName: p.relative,
        organisation: 'Đảng ủy xã Nơi Khác',
        place: p.residence,
        sentOn: '2019-05-06',
      });
      const [helper] = (await office.pipeline.members({ orgId: 'cb-thon-nam' })).filter(
        (m) => m.status === 'official',
      );
      if (!helper) throw new Error('the demo cell has official members');
      const steps: RecordStepInput['event'][] = [
        { kind: 'helper-assigned', on: '2019-04-01', memberId: helper.id, together: [] },
        { kind: 'certificate', on: '2019-06-10', serial: p.serial },
        { kind: 'application', on: '2019-09-02' },
        close === 'withdrawn'
          ? { kind: 'withdrawn', on: closedOn, reason: p.reason }
          : { kind: 'rejected', on: closedOn, reason: p.reason },
      ];
      let version = 1;
      for (const event of steps) {
        const r = await secretary.pipeline.record({ candidateId: id, version, event });
        if (!r.ok) throw new Error(`${event.kind}: ${r.reasons.map((x) => x.rule).join(',')}`);
        version = r.version;
      }
      return { id, version };
    }

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      for (const unit of [
        {
          id: 'prov-khac',
          parent_id: null,
          level: 'province' as const,
          slug: 'tinh-khac',
          name: 'Tỉnh Khác',
        },
        {
          id: 'xa-khac',
          parent_id: 'prov-khac',
          level: 'commune' as const,
          slug: 'xa-khac',
          name: 'Xã Khác',
        },
      ])
        await insertOrgUnit(handle.db, { ...unit, kind: null, valid_from: '1997-01-01', valid_to: null });
      const as = (s: SessionInfo) => caller(createContext({ db: handle.db, today: () => TODAY, session: s }));
      office = officeOn(TODAY);
      secretary = as(session('cell-secretary', 'cb-thon-nam'));
      viewer = as(session('viewer', 'prov-phu-tho'));
      otherOffice = as(session('commune-admin', 'xa-khac'));
    });
    afterAll(async () => handle?.close());

    it('the export holds the row, the profile, the sensitive record, every step with its data and the audit, and is audited by field name', async () => {
      const { id } = await closedCandidate('withdrawn', '2023-05-02');
      const before = await auditCount();
      const doc = await office.privacy.export({ candidateId: id });
      expect(doc).toMatchObject({
        format: 'ketnap.personal-data-export',
        version: 1,
        commune: { id: 'xa-yen-binh' },
        subject: {
          candidateId: id,
          fullName: PERSON.fullName,
          birthDate: PERSON.birthDate,
          stage: { code: 'withdrawn' },
        },
        member: null,
      });
      expect(doc.sensitive.find((f) => f.key === 'nationalId')?.value).toBe(PERSON.nationalId);
      expect(doc.sensitive.map((f) => [f.key, f.label.vi])).toEqual([
        ['nationalId', 'Số định danh cá nhân'],
        ['ethnicity', 'Dân tộc'],
        ['religion', 'Tôn giáo'],
        ['family', 'Hoàn cảnh gia đình'],
      ]);
      expect(doc.sensitive.find((f) => f.key === 'family')?.value).toEqual([
        { relation: 'Cha', fullName: PERSON.relative, birthYear: 1965 },
      ]);
      expect(doc.events.map((e) => e.kind)).toEqual([
        'entered-pool',
        'helper-assigned',
        'certificate',
        'application',
        'withdrawn',
      ]);
      expect(doc.events.find((e) => e.kind === 'withdrawn')?.data).toEqual({ reason: PERSON.reason });
      expect(doc.audit.map((a) => a.action)).toEqual([
        'candidate.create',
        'verification.sent',
        'candidate.helper-assigned',
        'candidate.certificate',
        'candidate.application',
        'candidate.withdrawn',
      ]);
      expect(await auditCount()).toBe(before + 1);
      const entry = await lastAudit();
      expect(entry).toMatchObject({ action: 'privacy.export', target_type: 'candidate', target_id: id });
      expect(JSON.parse(entry.payload)).toEqual({
        format: 'json',
        fields: ['nationalId', 'ethnicity', 'religion', 'family'],
        events: 5,
      });
      for (const needle of needlesOf(PERSON)) expect(entry.payload).not.toContain(needle);
      // The next export lists the previous one: who exported it and when.
      const again = await office.privacy.export({ candidateId: id, format: 'html' });
      expect(again.audit.at(-1)).toMatchObject({ action: 'privacy.export', payload: { format: 'json' } });
    });

    it('an admitted person’s export carries the member record and the audit entries about that member', async () => {
      const admitted = await handle.db
        .selectFrom('candidate')
        .select('id')
        .where('stage', '=', 'official')
        .where('cell_id', '=', 'cb-thon-dong')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const doc = await office.privacy.export({ candidateId: admitted.id });
      expect(doc.member).not.toBeNull();
      expect(doc.member).toMatchObject({
        fullName: doc.subject.fullName,
        birthDate: doc.subject.birthDate,
        admittedOn: doc.subject.admittedOn,
      });
      expect(doc.events.some((e) => e.kind === 'admission-decision')).toBe(true);
    });

    it('only the commune’s administrators may export or erase: a cell secretary, a viewer and another commune’s office are refused by the access check', async () => {
      const { id, version } = await closedCandidate('rejected', '2020-01-06');
      for (const who of [secretary, viewer, otherOffice]) {
        expect((await refusal(who.privacy.export({ candidateId: id }))).code).toBe('FORBIDDEN');
        expect((await refusal(who.privacy.erase({ candidateId: id, version }))).code).toBe('FORBIDDEN');
      }
      expect((await office.candidates.detail({ candidateId: id })).fullName).toBe(PERSON.fullName);
    });

    it('erasure waits for the retention period: refused the day before the 60 months end (naming the first day), allowed on the day', async () => {
      const { id, version } = await closedCandidate('withdrawn', '2021-11-26');
      const early = await refusal(officeOn('2026-11-25').privacy.erase({ candidateId: id, version }));
      expect(early).toMatchObject({ code: 'CONFLICT', cause: 'PRIVACY.TOO_EARLY' });
      expect(early.message).toContain('từ ngày 26/11/2026');
      expect((await office.candidates.detail({ candidateId: id })).version).toBe(version);
      const done = await officeOn('2026-11-26').privacy.erase({ candidateId: id, version });
      expect(done).toEqual({ version: version + 1, erasedOn: '2026-11-26' });
    });

    it('an open or admitted candidate is never erased, and a stale version changes nothing', async () => {
      const open = await handle.db
        .selectFrom('candidate')
        .selectAll()
        .where('stage', '=', 'pool')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const admitted = await handle.db
        .selectFrom('candidate')
        .selectAll()
        .where('stage', '=', 'official')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      for (const row of [open, admitted]) {
        const r = await refusal(office.privacy.erase({ candidateId: row.id, version: Number(row.version) }));
        expect(r.cause).toBe('PRIVACY.NOT_CLOSED');
        expect(r.message).toContain('Chỉ xóa được hồ sơ của quần chúng không được kết nạp hoặc đã rút');
        expect(
          await handle.db.selectFrom('candidate').selectAll().where('id', '=', row.id).executeTakeFirst(),
        ).toEqual(row);
      }
      const { id, version } = await closedCandidate('rejected', '2020-02-03');
      expect((await refusal(office.privacy.erase({ candidateId: id, version: version - 1 }))).cause).toBe(
        'PIPELINE.STALE',
      );
      expect((await office.candidates.detail({ candidateId: id })).fullName).toBe(PERSON.fullName);
    });

    it('erasure leaves the counts as they were: board snapshot, results, forecast, the candidate register and the stage counts', async () => {
      const { id, version } = await closedCandidate('rejected', '2020-03-02');
      const year = 2026;
      const snapshot = async () =>
        (
          await handle.db
            .selectFrom('board_snapshot')
            .select('data')
            .where('commune_id', '=', 'xa-yen-binh')
            .where('year', '=', year)
            .executeTakeFirstOrThrow()
        ).data;
      await handle.db
        .transaction()
        .execute((trx) =>
          rebuildBoardSnapshot(trx, 'xa-yen-binh', year, { today: TODAY, at: '2026-11-26T03:00:00.000Z' }),
        );
      const counts = async () => {
        const register = await office.reports.candidates({ commune: 'yen-binh' });
        return {
          board: await snapshot(),
          results: await office.reports.results({ commune: 'yen-binh', year }),
          forecast: await office.progress.forecast({ commune: 'yen-binh', year }),
          registerRows: register.rows.length,
          byStage: register.rows.reduce<Record<string, number>>(
            (n, r) => Object.assign(n, { [r.stage.vi]: (n[r.stage.vi] ?? 0) + 1 }),
            {},
          ),
          rejected: (await office.candidates.list({ orgId: 'xa-yen-binh', stage: 'rejected' })).total,
        };
      };
      const before = await counts();
      await office.privacy.erase({ candidateId: id, version });
      // Rebuilt from the erased rows, the board says exactly what it said.
      await handle.db
        .transaction()
        .execute((trx) =>
          rebuildBoardSnapshot(trx, 'xa-yen-binh', year, { today: TODAY, at: '2026-11-26T03:00:00.000Z' }),
        );
      expect(await counts()).toEqual(before);
      // A past year, when the person was still open, rebuilds too: the forecast of those days reads the year of birth.
      await handle.db
        .transaction()
        .execute((trx) =>
          rebuildBoardSnapshot(trx, 'xa-yen-binh', 2019, { today: TODAY, at: '2026-11-26T03:00:00.000Z' }),
        );
      const erased = (await office.reports.candidates({ commune: 'yen-binh' })).rows.filter(
        (r) => r.fullName === '(đã xóa)',
      );
      expect(erased.length).toBeGreaterThan(0);
      for (const row of erased)
        expect(row).toMatchObject({ birthDate: null, gender: '', residence: null, education: null });
    });

    it('an erased dossier holds no personal value anywhere: row, profile, steps, sensitive record, audit; and the erasure is audited by name', async () => {
      const { id, version } = await closedCandidate('withdrawn', '2020-04-06', ALONE);
      await office.privacy.export({ candidateId: id });
      expect(await everything()).toContain(ALONE.ethnicity);
      await office.privacy.erase({ candidateId: id, version });
      const all = await everything();
      for (const needle of needlesOf(ALONE)) expect(all, needle).not.toContain(needle);
      const row = await handle.db
        .selectFrom('candidate')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        full_name: '(đã xóa)',
        name_folded: '',
        gender: '',
        birth_date: '1991-01-01',
        profile: '{}',
        stage: 'withdrawn',
        stage_since: '2020-04-06',
        erased_on: TODAY,
        version: version + 1,
      });
      const events = await handle.db
        .selectFrom('candidate_event')
        .select(['kind', 'occurred_on', 'data'])
        .where('candidate_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => [e.kind, e.occurred_on, e.data])).toEqual([
        ['entered-pool', '2019-03-04', '{}'],
        ['helper-assigned', '2019-04-01', '{}'],
        ['certificate', '2019-06-10', '{}'],
        ['application', '2019-09-02', '{}'],
        ['withdrawn', '2020-04-06', '{}'],
      ]);
      expect(
        await handle.db
          .selectFrom('candidate_sensitive')
          .selectAll()
          .where('candidate_id', '=', id)
          .execute(),
      ).toEqual([]);
      const entry = await lastAudit();
      expect(entry).toMatchObject({ action: 'privacy.erase', target_type: 'candidate', target_id: id });
      expect(JSON.parse(entry.payload)).toEqual({
        fields: ['residence', 'education', 'nationalId', 'ethnicity', 'religion', 'family'],
        events: 5,
      });
    });

    it('an erased candidate refuses steps, edits, a second export and a second erasure, in Vietnamese; it shows as "(đã xóa)"', async () => {
      const { id, version } = await closedCandidate('rejected', '2020-05-04');
      await office.privacy.erase({ candidateId: id, version });
      const v = version + 1;
      const audits = await auditCount();
      const refused = [
        await refusal(
          office.pipeline.record({ candidateId: id, version: v, event: { kind: 'application', on: TODAY } }),
        ),
        await refusal(
          office.candidates.updateProfile({ candidateId: id, version: v, profile: { residence: 'x' } }),
        ),
        await refusal(office.privacy.export({ candidateId: id })),
        await refusal(office.privacy.erase({ candidateId: id, version: v })),
        await refusal(office.candidates.checks({ candidateId: id })),
      ];
      for (const r of refused) {
        expect(r.cause).toBe('PRIVACY.ERASED');
        expect(r.message).toContain('Hồ sơ này đã được xóa ngày 26/11/2026');
      }
      expect(refused[0]?.message).toContain('không sửa hồ sơ hay ghi thêm bước được nữa');
      expect(refused[2]?.message).toContain('không còn dữ liệu cá nhân nào để xuất');
      expect(await auditCount()).toBe(audits);
      expect(await office.candidates.detail({ candidateId: id })).toMatchObject({
        fullName: '(đã xóa)',
        birthDate: null,
        profile: {},
        erasedOn: TODAY,
        stage: 'rejected',
      });
      const timeline = await office.candidates.timeline({ candidateId: id });
      expect(timeline.map((t) => [t.kind, t.on, t.event])).toEqual([
        ['entered-pool', '2019-03-04', null],
        ['helper-assigned', '2019-04-01', null],
        ['certificate', '2019-06-10', null],
        ['application', '2019-09-02', null],
        ['rejected', '2020-05-04', null],
      ]);
      const list = (params: { search?: string; includeClosed?: boolean }) =>
        office.candidates.list({ orgId: 'cb-thon-nam', ...params });
      expect((await list({})).rows.map((r) => r.id)).not.toContain(id);
      expect((await list({ includeClosed: true })).rows.find((r) => r.id === id)?.fullName).toBe('(đã xóa)');
      expect((await list({ includeClosed: true, search: 'Riêng Tư' })).rows.map((r) => r.id)).not.toContain(
        id,
      );
      expect((await list({ includeClosed: true, search: 'xoa' })).rows.map((r) => r.id)).not.toContain(id);
    });

    it('the retention period is the commune setting saved with targets.setSettings: 24 months allows a 2-year-old withdrawal', async () => {
      const { id, version } = await closedCandidate('withdrawn', '2024-11-26');
      expect((await refusal(office.privacy.erase({ candidateId: id, version }))).message).toContain(
        'hồ sơ được xóa từ ngày 26/11/2029',
      );
      await office.targets.setSettings({
        commune: 'yen-binh',
        year: 2026,
        settings: { retentionMonths: 24 },
      });
      expect((await office.targets.get({ commune: 'yen-binh', year: 2026 })).settings.retentionMonths).toBe(
        24,
      );
      const short = await refusal(
        office.targets.setSettings({ commune: 'yen-binh', year: 2026, settings: { retentionMonths: 6 } }),
      );
      expect(short.code).toBe('BAD_REQUEST');
      expect(await officeOn('2026-11-26').privacy.erase({ candidateId: id, version })).toMatchObject({
        erasedOn: TODAY,
      });
    });
  });
}
