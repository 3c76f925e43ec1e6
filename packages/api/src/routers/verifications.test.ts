import type { Db } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  callerAs,
  dossierSteps,
  recordSteps,
  refusal,
  sessionOf,
  TODAY,
  twoOfficialMembers,
} from './test-callers.js';

type Role = 'commune-admin' | 'cell-secretary' | 'viewer';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`verification requests on ${dialect.name}`, () => {
    let handle: Db;
    let office: Caller;
    let secretary: Caller;
    let otherSecretary: Caller;
    let viewer: Caller;
    const as = (role: Role, orgId: string) => callerAs(handle, sessionOf(role, orgId));

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
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
      const steps = dossierSteps(await twoOfficialMembers(office, 'cb-thon-nam'));
      const version = await recordSteps(secretary, id, steps);
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
