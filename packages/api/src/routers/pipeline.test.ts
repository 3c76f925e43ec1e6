import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { addMonths, type RecordStepInput, vietnamCalendar } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
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
  describe.skipIf(!dialect.available)(`pipeline API on ${dialect.name}`, () => {
    let handle: Db;
    let office: ReturnType<typeof caller>;
    let secretary: ReturnType<typeof caller>;
    const auditCount = async () =>
      Number(
        (
          await handle.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const eventCount = async (id: string) =>
      Number(
        (
          await handle.db
            .selectFrom('candidate_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('candidate_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      office = caller(
        createContext({
          db: handle.db,
          today: () => TODAY,
          session: session('commune-admin', 'xa-yen-binh'),
        }),
      );
      secretary = caller(
        createContext({
          db: handle.db,
          today: () => TODAY,
          session: session('cell-secretary', 'cb-thon-nam'),
        }),
      );
    });
    afterAll(async () => handle?.close());

    /** A new candidate in Chi bộ thôn Nam with a complete dossier up to the cell vote. */
    async function readyCandidate(certificateOn: string, birthDate = '1990-04-15') {
      const { id } = await secretary.candidates.create({
        cellId: 'cb-thon-nam',
        fullName: 'Nguyễn Thị Thử',
        gender: 'F',
        birthDate,
        enteredPoolOn: '2021-01-04',
        profile: { education: 'upper-secondary', youthUnionMember: false },
      });
      const members = await office.pipeline.members({ orgId: 'cb-thon-nam' });
      const [a, b] = members.filter((m) => m.status === 'official');
      if (!a || !b) throw new Error('the demo cell has official members');
      const together = [{ from: '2020-01-01', to: null, relation: 'residence' as const }];
      const steps: RecordStepInput['event'][] = [
        { kind: 'helper-assigned', on: '2026-01-10', memberId: a.id, together },
        { kind: 'certificate', on: certificateOn },
        { kind: 'application', on: '2026-04-01' },
        { kind: 'background-declared', on: '2026-04-02' },
        { kind: 'verification-requested', on: '2026-04-10' },
        { kind: 'verification-answered', on: '2026-06-10' },
        { kind: 'introduction', on: '2026-06-15', introducer: { kind: 'member', memberId: a.id, together } },
        { kind: 'introduction', on: '2026-06-15', introducer: { kind: 'member', memberId: b.id, together } },
      ];
      let version = 1;
      for (const event of steps.sort((x, y) => x.on.localeCompare(y.on))) {
        const r = await secretary.pipeline.record({ candidateId: id, version, event });
        if (!r.ok) throw new Error(`${event.kind}: ${r.reasons.map((x) => x.rule).join(',')}`);
        version = r.version;
      }
      return { id, version };
    }
    const vote = (on: string, inFavour = 30) => ({
      kind: 'cell-vote' as const,
      on,
      officialMembers: 40,
      notCounted: 0,
      inFavour,
    });

    it('a cell vote that the rules allow is recorded: event, cached stage and audit entry in one transaction', async () => {
      const { id, version } = await readyCandidate('2026-03-01');
      const audits = await auditCount();
      const r = await secretary.pipeline.record({ candidateId: id, version, event: vote('2026-11-20') });
      expect(r).toMatchObject({ ok: true, version: version + 1, stage: 'cell-resolved' });
      expect((await office.candidates.detail({ candidateId: id })).stage).toBe('cell-resolved');
      expect(await auditCount()).toBe(audits + 1);
    });

    it('E-08: cell vote with a 61-month-old certificate is refused and changes nothing but an audit entry', async () => {
      const voteOn = '2026-11-20';
      const { id, version } = await readyCandidate(addMonths(voteOn, -61));
      const before = await eventCount(id);
      const audits = await auditCount();
      const r = await secretary.pipeline.record({ candidateId: id, version, event: vote(voteOn) });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reasons.map((x) => x.rule)).toContain('E-08');
        expect(r.reasons.find((x) => x.rule === 'E-08')?.message.vi).toContain('hết hạn');
      }
      expect(await eventCount(id)).toBe(before);
      expect((await office.candidates.detail({ candidateId: id })).version).toBe(version);
      expect(await auditCount()).toBe(audits + 1);
      const last = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(last.action).toBe('candidate.step-refused');
    });

    it('E-02: a cell vote on a candidate under 18 is refused', async () => {
      const { id, version } = await readyCandidate('2026-03-01', '2009-01-10');
      const r = await secretary.pipeline.record({ candidateId: id, version, event: vote('2026-11-20') });
      expect(r.ok === false && r.reasons.map((x) => x.rule)).toContain('E-02');
    });

    it('T-02: a vote of 26 of 40 (below 2/3) is refused; T-07: a cell secretary may not record the decision', async () => {
      const { id, version } = await readyCandidate('2026-03-01');
      const low = await secretary.pipeline.record({
        candidateId: id,
        version,
        event: vote('2026-11-20', 26),
      });
      expect(low.ok === false && low.reasons.map((x) => x.rule)).toContain('T-02');
      const ok = await secretary.pipeline.record({ candidateId: id, version, event: vote('2026-11-20', 27) });
      expect(ok.ok).toBe(true);
      const decision = { kind: 'admission-decision' as const, on: '2026-11-25', number: '301-QĐ/ĐU' };
      const bySecretary = await secretary.pipeline.record({
        candidateId: id,
        version: version + 1,
        event: decision,
      });
      expect(bySecretary.ok === false && bySecretary.reasons.map((x) => x.rule)).toEqual(['T-07']);
      const byOffice = await office.pipeline.record({
        candidateId: id,
        version: version + 1,
        event: decision,
      });
      expect(byOffice).toMatchObject({ ok: true, stage: 'decided' });
    });

    it('a stale version is refused with a Vietnamese message and writes nothing', async () => {
      const { id, version } = await readyCandidate('2026-03-01');
      const audits = await auditCount();
      await expect(
        secretary.pipeline.record({
          candidateId: id,
          version: version - 1,
          event: { kind: 'union-comment', on: '2026-11-20' },
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'Hồ sơ đã được người khác cập nhật, vui lòng tải lại' + '.',
      });
      await expect(
        secretary.candidates.updateProfile({
          candidateId: id,
          version: version - 1,
          profile: { occupation: 'Giáo viên' },
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await auditCount()).toBe(audits);
    });

    it('a malformed step is refused before anything is read (zod, Vietnamese message)', async () => {
      await expect(
        secretary.pipeline.record({
          candidateId: 'qc-00039',
          version: 1,
          event: { kind: 'cell-vote', on: '2026-02-30', officialMembers: 3, notCounted: 0, inFavour: 3 },
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    });

    it('sensitive fields come only from the audited read; the detail never carries them', async () => {
      const detail = await secretary.candidates.detail({ candidateId: 'qc-00039' });
      expect(JSON.stringify(detail)).not.toContain('Kinh');
      const audits = await auditCount();
      const sensitive = await secretary.candidates.sensitive({ candidateId: 'qc-00039' });
      expect(sensitive.ethnicity).toBe('Kinh');
      expect(await auditCount()).toBe(audits + 1);
      const last = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(last.action).toBe('candidate.read-sensitive');
      expect(last.payload).toContain('ethnicity');
      expect(last.payload).not.toContain('Kinh');
    });

    it('a former membership declared by mistake can be taken off the record; the re-admission checks then no longer apply', async () => {
      const id = 'qc-00039';
      const l21 = async () =>
        (await secretary.candidates.checks({ candidateId: id })).checks.find((c) => c.rule === 'L-21')
          ?.status;
      const version = (await secretary.candidates.detail({ candidateId: id })).version;
      await secretary.candidates.updateProfile({
        candidateId: id,
        version,
        sensitive: {
          formerMember: {
            leftOn: '2015-03-02',
            reason: 'abandoned',
            recordExpungedOn: null,
            readmittedBefore: false,
          },
        },
      });
      expect(await l21()).toBe('fail');
      await expect(
        secretary.candidates.updateProfile({
          candidateId: id,
          version: version + 1,
          removeSensitive: ['fullName' as 'formerMember'],
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await secretary.candidates.updateProfile({
        candidateId: id,
        version: version + 1,
        removeSensitive: ['formerMember'],
      });
      const last = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect([last.action, JSON.parse(last.payload).fields]).toEqual([
        'candidate.update-profile',
        ['formerMember'],
      ]);
      const record = await secretary.candidates.sensitive({ candidateId: id });
      expect(record.formerMember).toBeUndefined();
      expect(record.ethnicity).toBe('Kinh');
      expect(await l21()).toBe('not-applicable');
    });

    it('the list filters by stage and cell, searches without diacritics ("nguyen" finds "Nguyễn") and sorts in Vietnamese', async () => {
      const all = await office.candidates.list({ orgId: 'xa-yen-binh' });
      expect(all.total).toBeGreaterThan(10);
      const names = all.rows.map((r) => r.fullName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
      const search = await office.candidates.list({ orgId: 'xa-yen-binh', search: 'nguyen' });
      expect(search.total).toBeGreaterThan(0);
      expect(search.rows.every((r) => r.fullName.includes('Nguyễn'))).toBe(true);
      const resolved = await office.candidates.list({ orgId: 'xa-yen-binh', stage: 'cell-resolved' });
      expect(resolved.rows.every((r) => r.stage === 'cell-resolved')).toBe(true);
      const own = await secretary.candidates.list({ orgId: 'cb-thon-nam' });
      expect(own.rows.every((r) => r.cellId === 'cb-thon-nam')).toBe(true);
      const due = await office.candidates.list({ orgId: 'xa-yen-binh', dueWithinWorkingDays: 5 });
      expect(due.rows.every((r) => r.workingDaysLeft !== null && r.workingDaysLeft <= 5)).toBe(true);
    });

    it('the list counts apart the matches who are already Party members (probationary), not "quần chúng"', async () => {
      const all = await office.candidates.list({ orgId: 'xa-yen-binh' });
      const probationary = await office.candidates.list({ orgId: 'xa-yen-binh', stage: 'probationary' });
      expect(probationary.total).toBeGreaterThan(0);
      expect(probationary.members).toBe(probationary.total);
      expect(all.members).toBeGreaterThanOrEqual(probationary.total);
      expect(all.members).toBeLessThan(all.total);
      const pool = await office.candidates.list({ orgId: 'xa-yen-binh', stage: 'pool' });
      expect(pool.members).toBe(0);
    });

    it('the dashboard on the demo: decisions and a ceremony due within the working week, one decision overdue, the expired certificate blocked', async () => {
      const board = await office.pipeline.dashboard({ orgId: 'xa-yen-binh' });
      expect(board.dueThisWeek.map((d) => [d.candidateId, d.rule])).toEqual(
        expect.arrayContaining([
          ['qc-00040', 'L-01'],
          ['qc-00043', 'L-03'],
        ]),
      );
      expect(board.overdue.map((d) => [d.candidateId, d.rule])).toEqual(
        expect.arrayContaining([
          ['qc-00041', 'L-01'],
          ['qc-00039', 'E-08'],
        ]),
      );
      expect(board.blocked.find((b) => b.candidateId === 'qc-00039')?.rules).toContain('E-08');
      expect(board.progress?.target).toBe(9);
    });

    it('candidate page reads: timeline, dossier checklist, checks with countdown, next actions by role, introducers', async () => {
      const timeline = await office.candidates.timeline({ candidateId: 'qc-00043' });
      expect(timeline.at(-1)?.kind).toBe('decision-received');
      const checklist = await office.candidates.checklist({ candidateId: 'qc-00043' });
      expect(checklist.find((i) => i.document === 'D-10')).toMatchObject({
        status: 'filed',
        formCode: '9-KNĐ',
      });
      const checks = await office.candidates.checks({ candidateId: 'qc-00043' });
      expect(checks.deadlines.find((d) => d.rule === 'L-03')).toMatchObject({
        status: 'open',
        workingDaysLeft: 3,
      });
      expect((await office.candidates.nextActions({ candidateId: 'qc-00041' })).map((a) => a.kind)).toContain(
        'admission-decision',
      );
      // qc-00039 has its (expired) certificate: a new one may be recorded, but it is not a next step.
      const next = await secretary.candidates.nextActions({ candidateId: 'qc-00039' });
      expect(next.find((a) => a.kind === 'certificate')?.again).toBe(true);
      expect(next.filter((a) => !a.again).map((a) => a.kind)).not.toContain('application');
      const introducers = await secretary.pipeline.introducers({ candidateId: 'qc-00039' });
      expect(introducers.some((m) => m.mayIntroduce)).toBe(true);
      expect(introducers.some((m) => !m.mayIntroduce)).toBe(true);
    });

    it('public board still answers target 7, admitted 5, 267 members, 8 cells for 2023', async () => {
      const overview = await office.org.overview({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' });
      expect(overview.commune).toMatchObject({ target: 7, admitted: 5, members: 267 });
      expect(overview.cells).toHaveLength(8);
    });
  });
}
