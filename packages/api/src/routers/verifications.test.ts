import type { Db } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { type RecordStepInput, vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const caller = createCallerFactory(adminRouter);
type Role = 'commune-admin' | 'cell-secretary' | 'viewer';
const session = (role: Role, orgId: string): SessionInfo => ({
  sessionId: `s-${role}-${orgId}`,
  accountId: `acc-${role}-${orgId}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});

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
  describe.skipIf(!dialect.available)(`verification requests on ${dialect.name}`, () => {
    let handle: Db;
    let office: ReturnType<typeof caller>;
    let secretary: ReturnType<typeof caller>;
    let otherSecretary: ReturnType<typeof caller>;
    let viewer: ReturnType<typeof caller>;
    const as = (role: Role, orgId: string) =>
      caller(createContext({ db: handle.db, today: () => TODAY, session: session(role, orgId) }));

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      office = as('commune-admin', 'xa-yen-binh');
      secretary = as('cell-secretary', 'cb-thon-nam');
      otherSecretary = as('cell-secretary', 'cb-thon-dong');
      viewer = as('viewer', 'xa-yen-binh');
    });
    afterAll(async () => handle?.close());

    /** A candidate of Chi bộ thôn Nam with everything the cell vote needs but the verification answer. */
    async function candidate(fullName = 'Nguyễn Thị Thẩm') {
      const { id } = await secretary.candidates.create({
        cellId: 'cb-thon-nam',
        fullName,
        gender: 'F',
        birthDate: '1990-04-15',
        enteredPoolOn: '2021-01-04',
        profile: { education: 'upper-secondary', youthUnionMember: false },
      });
      const members = await office.pipeline.members({ orgId: 'cb-thon-nam' });
      const [a, b] = members.filter((m) => m.status === 'official');
      if (!a || !b) throw new Error('the demo cell has official members');
      const together = [{ from: '2020-01-01', to: null, relation: 'residence' as const }];
      const steps: RecordStepInput['event'][] = [
        { kind: 'helper-assigned', on: '2026-01-10', memberId: a.id, together },
        { kind: 'certificate', on: '2026-03-01' },
        { kind: 'application', on: '2026-04-01' },
        { kind: 'background-declared', on: '2026-04-02' },
        { kind: 'verification-requested', on: '2026-04-10' },
        { kind: 'verification-answered', on: '2026-06-10' },
        { kind: 'introduction', on: '2026-06-15', introducer: { kind: 'member', memberId: a.id, together } },
        { kind: 'introduction', on: '2026-06-15', introducer: { kind: 'member', memberId: b.id, together } },
      ];
      let version = 1;
      for (const event of steps) {
        const r = await secretary.pipeline.record({ candidateId: id, version, event });
        if (!r.ok) throw new Error(`${event.kind}: ${r.reasons.map((x) => x.rule).join(',')}`);
        version = r.version;
      }
      return { id, version };
    }
    const send = (candidateId: string, over: Record<string, unknown> = {}) =>
      secretary.verifications.add({
        candidateId,
        relation: 'candidate',
        personName: 'Nguyễn Thị Thẩm',
        organisation: 'Đảng ủy xã Hòa Bình',
        place: 'xã Hòa Bình, tỉnh Phú Thọ',
        sentOn: '2026-11-02',
        ...over,
      } as Parameters<typeof secretary.verifications.add>[0]);
    const vote = {
      kind: 'cell-vote' as const,
      on: '2026-11-25',
      officialMembers: 40,
      notCounted: 0,
      inFavour: 30,
    };

    it('V-05: the cell vote is refused while a request is open, and carries once it is answered', async () => {
      const { id, version } = await candidate();
      const sent = await send(id);
      const refused = await secretary.pipeline.record({ candidateId: id, version, event: vote });
      expect(refused).toMatchObject({ ok: false, code: 'PIPELINE.STEP_REFUSED' });
      expect(refused.ok ? [] : refused.reasons.map((r) => r.rule)).toEqual(['V-05']);
      await secretary.verifications.answer({
        candidateId: id,
        verificationId: sent.id,
        answeredOn: '2026-11-20',
        answer: 'clear',
      });
      expect(await secretary.pipeline.record({ candidateId: id, version, event: vote })).toMatchObject({
        ok: true,
        stage: 'cell-resolved',
      });
    });

    it('V-02, V-07: the list shows each request with its due day (15 working days), the checks, and audits the read', async () => {
      const { id } = await candidate('Trần Văn Danh Sách');
      await send(id, { personName: 'Trần Văn Danh Sách', sentOn: '2026-11-02' });
      await send(id, {
        relation: 'father',
        personName: 'Trần Văn Cha',
        sentOn: undefined,
        organisation: '',
        place: '',
        exemptReason: 'Mẹ đẻ là đảng viên, lý lịch rõ ràng (V-04)',
      });
      const list = await secretary.verifications.list({ candidateId: id });
      expect(list.workingDays).toBe(15);
      expect(
        list.requests.map((r) => [r.relation, r.sentOn, r.deadline?.due ?? null, r.deadline?.status ?? null]),
      ).toEqual([
        ['candidate', '2026-11-02', '2026-11-23', 'overdue'],
        ['father', null, null, null],
      ]);
      expect(list.checks.map((c) => [c.rule, c.status])).toEqual([
        ['V-02', 'pass'],
        ['V-05', 'pending'],
      ]);
      const last = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(last.action).toBe('candidate.read-sensitive');
      expect(last.target_id).toBe(id);
      expect(last.payload).not.toContain('Trần Văn Cha');
    });

    it('V-02: one request per person: a second for the candidate is refused and nothing is added', async () => {
      const { id } = await candidate('Lê Thị Một Lần');
      await send(id, { personName: 'Lê Thị Một Lần' });
      expect(await refusal(send(id, { personName: 'Lê Thị Một Lần', sentOn: '2026-11-03' }))).toMatchObject({
        code: 'CONFLICT',
        cause: 'VERIFICATION.DUPLICATE',
      });
      expect((await office.verifications.list({ candidateId: id })).requests).toHaveLength(1);
    });

    it('bad input is refused in Vietnamese: no day sent nor exemption, a future day, an answer before the request', async () => {
      const { id } = await candidate('Phạm Văn Sai Ngày');
      expect((await refusal(send(id, { sentOn: undefined }))).code).toBe('BAD_REQUEST');
      expect(await refusal(send(id, { sentOn: '2026-11-27' }))).toMatchObject({
        cause: 'VERIFICATION.BAD_DATE',
        message: expect.stringContaining('chưa đến'),
      });
      const { id: requestId } = await send(id, { personName: 'Phạm Văn Sai Ngày' });
      expect(
        await refusal(
          secretary.verifications.answer({
            candidateId: id,
            verificationId: requestId,
            answeredOn: '2026-11-01',
            answer: 'clear',
          }),
        ),
      ).toMatchObject({ cause: 'VERIFICATION.BAD_DATE', message: expect.stringContaining('trước ngày gửi') });
      await secretary.verifications.answer({
        candidateId: id,
        verificationId: requestId,
        answeredOn: '2026-11-24',
        answer: 'concerns',
      });
      expect(
        await refusal(
          secretary.verifications.answer({
            candidateId: id,
            verificationId: requestId,
            answeredOn: '2026-11-25',
            answer: 'clear',
          }),
        ),
      ).toMatchObject({ cause: 'VERIFICATION.CLOSED' });
    });

    it('scope: another cell’s secretary and a viewer cannot list or add; a request id of another candidate is not found', async () => {
      const { id } = await candidate('Hoàng Thị Phạm Vi');
      const { id: requestId } = await send(id, { personName: 'Hoàng Thị Phạm Vi' });
      expect((await refusal(otherSecretary.verifications.list({ candidateId: id }))).code).toBe('FORBIDDEN');
      expect((await refusal(viewer.verifications.list({ candidateId: id }))).code).toBe('FORBIDDEN');
      expect(
        (
          await refusal(
            otherSecretary.verifications.add({
              candidateId: id,
              relation: 'spouse',
              personName: 'Ai Đó',
              organisation: 'Đảng ủy xã X',
              place: 'X',
              sentOn: '2026-11-02',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      // The other cell's own candidate, with this cell's request id: the access check passes, the request is not theirs.
      const { id: theirs } = await otherSecretary.candidates.create({
        cellId: 'cb-thon-dong',
        fullName: 'Đỗ Văn Khác',
        gender: 'M',
        birthDate: '1991-05-05',
        enteredPoolOn: '2022-01-04',
      });
      expect(
        await refusal(
          otherSecretary.verifications.answer({
            candidateId: theirs,
            verificationId: requestId,
            answeredOn: '2026-11-20',
            answer: 'clear',
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', cause: 'VERIFICATION.NOT_FOUND' });
      expect((await office.verifications.list({ candidateId: id })).requests[0]?.answeredOn).toBe(null);
    });
  });
}
