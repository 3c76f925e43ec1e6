/**
 * Two holes a probe found from outside (issue 9): a step citing a member the caller cannot reach (finding 3), and
 * a viewer telling a former party member from the re-admission rules and events (finding 4).
 */
import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const caller = createCallerFactory(adminRouter);
const session = (role: SessionInfo['roles'][number]['role'], orgId: string): SessionInfo => ({
  sessionId: `s-${role}`,
  accountId: `acc-${role}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
const READMISSION = ['L-20', 'L-21', 'L-22'];

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`scope of cited members and redaction on ${dialect.name}`, () => {
    let handle: Db;
    let office: ReturnType<typeof caller>;
    let secretary: ReturnType<typeof caller>;
    let viewer: ReturnType<typeof caller>;
    let candidateId: string;
    const events = async () =>
      Number(
        (
          await handle.db
            .selectFrom('candidate_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('candidate_id', '=', candidateId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const version = async () => (await office.candidates.detail({ candidateId })).version;
    const memberOf = async (cellId: string) =>
      (await office.pipeline.members({ orgId: cellId })).find((m) => m.status === 'official')?.id ?? '';

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      const context = (s: SessionInfo) =>
        caller(createContext({ db: handle.db, today: () => TODAY, session: s }));
      office = context(session('commune-admin', 'xa-yen-binh'));
      secretary = context(session('cell-secretary', 'cb-thon-nam'));
      viewer = context(session('viewer', 'prov-phu-tho'));
      // A former member who left in 2015 (struck off), back in the pool of thôn Nam.
      ({ id: candidateId } = await secretary.candidates.create({
        cellId: 'cb-thon-nam',
        fullName: 'Trần Văn Cũ',
        gender: 'M',
        birthDate: '1985-02-01',
        enteredPoolOn: '2024-03-01',
        profile: { education: 'upper-secondary' },
        sensitive: { formerMember: { leftOn: '2015-06-01', reason: 'struck-off', readmittedBefore: false } },
      }));
    });
    afterAll(async () => handle?.close());

    it('a step citing a helper from another cell is refused by the access check and writes nothing', async () => {
      const sibling = await memberOf('cb-thon-dong');
      const before = await events();
      const step = { candidateId, version: await version() };
      expect(
        await codeOf(
          secretary.pipeline.record({
            ...step,
            event: { kind: 'helper-assigned', on: '2024-03-05', memberId: sibling },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await codeOf(
          secretary.pipeline.record({
            ...step,
            event: {
              kind: 'introduction',
              on: '2024-03-05',
              introducer: { kind: 'member', memberId: sibling, together: [] },
            },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(await events()).toBe(before);
    });

    it('a step citing a member that does not exist is refused as not found and writes nothing', async () => {
      const before = await events();
      expect(
        await codeOf(
          secretary.pipeline.record({
            candidateId,
            version: await version(),
            event: { kind: 'helper-assigned', on: '2024-03-05', memberId: 'dv-khong-co' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await events()).toBe(before);
    });

    it('a helper of the own cell is accepted; the commune office may cite any cell of its commune', async () => {
      const own = await memberOf('cb-thon-nam');
      const answer = await secretary.pipeline.record({
        candidateId,
        version: await version(),
        event: { kind: 'helper-assigned', on: '2024-03-05', memberId: own },
      });
      expect(answer.ok).toBe(true);
      expect(
        await codeOf(
          office.pipeline.record({
            candidateId,
            version: await version(),
            event: { kind: 'helper-assigned', on: '2024-03-06', memberId: await memberOf('cb-thon-dong') },
          }),
        ),
      ).toBe('ok');
    });

    it('the timeline names the helpers to the office and the own secretary, withholds their names from a viewer', async () => {
      const helpers = await office.pipeline.members({ orgId: 'cb-thon-nam' });
      const name = helpers.find((m) => m.status === 'official')?.fullName ?? '';
      const own = await secretary.candidates.timeline({ candidateId });
      expect(own.find((e) => e.kind === 'helper-assigned')?.particulars).toEqual([
        { label: { vi: 'Đảng viên giúp đỡ', en: 'Helper' }, value: { vi: name, en: name } },
      ]);
      expect((await office.candidates.file({ candidateId })).timeline).toEqual(
        await office.candidates.timeline({ candidateId }),
      );
      const seen = await viewer.candidates.timeline({ candidateId });
      const helper = seen.find((e) => e.kind === 'helper-assigned');
      expect(helper?.particulars[0]?.value.vi).toMatch(/^một đảng viên chính thức/);
      expect(JSON.stringify(seen)).not.toContain(name);
    });

    it('the timeline gives the admission decision its number', async () => {
      const timeline = await office.candidates.timeline({ candidateId: 'qc-00043' });
      const decision = timeline.find((e) => e.kind === 'admission-decision');
      expect(decision?.particulars[0]?.label.vi).toBe('Số quyết định');
      expect(decision?.particulars[0]?.value.vi).toMatch(/QĐ/);
    });

    it('a viewer sees no re-admission check, deadline or consent, for a former member as for anyone', async () => {
      await office.pipeline.record({
        candidateId,
        version: await version(),
        event: { kind: 'consent', on: '2024-04-01', reason: 'readmission', reference: '12-CV/TU' },
      });
      const checks = await viewer.candidates.checks({ candidateId });
      expect(checks.checks.map((c) => c.rule).filter((r) => READMISSION.includes(r))).toEqual([]);
      expect(checks.deadlines.map((d) => d.rule).filter((r) => READMISSION.includes(r))).toEqual([]);
      const timeline = await viewer.candidates.timeline({ candidateId });
      expect(timeline.map((e) => e.kind)).not.toContain('consent');
      expect(JSON.stringify(timeline)).not.toContain('readmission');
      const dashboard = await viewer.pipeline.dashboard({ orgId: 'xa-yen-binh' });
      expect(JSON.stringify(dashboard)).not.toMatch(/L-2[012]/);
      // The secretary, who may read sensitive fields, sees the checks' status but not why (that is the audited read).
      const own = await secretary.candidates.checks({ candidateId });
      const l21 = own.checks.find((c) => c.rule === 'L-21');
      expect(l21?.status).toBe('pass');
      expect(l21?.message.vi).toMatch(/xem chi tiết trong phần thông tin nhạy cảm/);
      expect((await secretary.candidates.timeline({ candidateId })).map((e) => e.kind)).toContain('consent');
    });

    it('a viewer never sees the personal ID number; the secretary reads it through the audited read', async () => {
      await secretary.candidates.updateProfile({
        candidateId,
        version: await version(),
        sensitive: { nationalId: '001085004321' },
      });
      const detail = await viewer.candidates.detail({ candidateId });
      expect(JSON.stringify(detail)).not.toContain('001085004321');
      expect(await codeOf(viewer.candidates.sensitive({ candidateId }))).toBe('FORBIDDEN');
      expect((await secretary.candidates.sensitive({ candidateId })).nationalId).toBe('001085004321');
    });
  });
}
