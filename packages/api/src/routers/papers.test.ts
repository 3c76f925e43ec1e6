import type { Db } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  callerAs,
  dossierSteps,
  recordSteps,
  sessionOf,
  TODAY,
  twoOfficialMembers,
} from './test-callers.js';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`the document register on ${dialect.name}`, () => {
    let handle: Db;
    let office: Caller;
    const secretaries: Record<string, Caller> = {};
    const register = () =>
      handle.db
        .selectFrom('paper_register')
        .select(['symbol', 'seq', 'number', 'kind', 'candidate_id', 'recorded_by'])
        .orderBy('symbol')
        .orderBy('seq')
        .execute();

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      office = callerAs(handle, sessionOf('commune-admin', 'xa-yen-binh', 'vanphong', 'vanphong'));
      for (const cell of ['cb-thon-nam', 'cb-thon-dong'])
        secretaries[cell] = callerAs(
          handle,
          sessionOf('cell-secretary', cell, `bithu-${cell}`, `bithu-${cell}`),
        );
    });
    afterAll(async () => handle?.close());

    /** A new candidate of `cell` with a dossier up to the cell vote, recorded by the cell's secretary. */
    async function readyCandidate(cell: string) {
      const secretary = secretaries[cell];
      if (!secretary) throw new Error(cell);
      const { id } = await secretary.candidates.create({
        cellId: cell,
        fullName: 'Nguyễn Thị Thử',
        gender: 'F',
        birthDate: '1990-04-15',
        enteredPoolOn: '2021-01-04',
        profile: { education: 'upper-secondary', youthUnionMember: false, residence: 'Xã Yên Bình' },
      });
      const steps = dossierSteps(await twoOfficialMembers(office, cell), { addressee: 'Đảng ủy xã Tân Lập' });
      const version = await recordSteps(secretary, id, steps);
      const size = (await office.pipeline.members({ orgId: cell })).filter(
        (m) => m.status === 'official',
      ).length;
      return { id, version, secretary, size };
    }

    it('the step that issues a paper numbers it in the same transaction: the verification request gets CV/ĐU', async () => {
      const { id } = await readyCandidate('cb-thon-nam');
      const rows = (await register()).filter((r) => r.candidate_id === id);
      expect(rows).toEqual([
        {
          symbol: 'CV/ĐU',
          seq: 1,
          number: '1-CV/ĐU',
          kind: 'verification-request',
          candidate_id: id,
          recorded_by: 'acc-bithu-cb-thon-nam',
        },
      ]);
      const paper = await office.papers.candidate({ candidateId: id, kind: 'verification-request' });
      expect(paper.header.number).toBe('Số 1-CV/ĐU');
      const status = await office.papers.status({ candidateId: id });
      expect(status.papers.find((p) => p.kind === 'verification-request')?.number).toBe('1-CV/ĐU');
    });

    it('two issuers at once get two numbers of the cell resolutions, consecutive, no gap, none reused', async () => {
      const one = await readyCandidate('cb-thon-nam');
      const two = await readyCandidate('cb-thon-dong');
      const vote = (size: number) => ({
        kind: 'cell-vote' as const,
        on: '2026-11-20',
        officialMembers: size,
        notCounted: 0,
        inFavour: size,
      });
      const [a, b] = await Promise.all([
        one.secretary.pipeline.record({ candidateId: one.id, version: one.version, event: vote(one.size) }),
        two.secretary.pipeline.record({ candidateId: two.id, version: two.version, event: vote(two.size) }),
      ]);
      expect(a.ok && b.ok).toBe(true);
      const numbers = [a, b].flatMap((r) => (r.ok ? r.papers.map((p) => p.number) : [])).sort();
      expect(numbers).toEqual(['1-NQ/CB', '2-NQ/CB']);
      const resolutions = (await register()).filter((r) => r.symbol === 'NQ/CB');
      expect(resolutions.map((r) => r.seq)).toEqual([1, 2]);
      expect(new Set(resolutions.map((r) => r.candidate_id))).toEqual(new Set([one.id, two.id]));
      // Three verification requests so far, numbered 1, 2, 3 with no gap.
      expect((await register()).filter((r) => r.symbol === 'CV/ĐU').map((r) => r.seq)).toEqual([1, 2, 3]);
    });

    it('a refused step takes no number: the next paper gets the next number, no gap', async () => {
      const { id, version, secretary, size } = await readyCandidate('cb-thon-nam');
      const refused = await secretary.pipeline.record({
        candidateId: id,
        version,
        event: { kind: 'cell-vote', on: '2026-11-21', officialMembers: size, notCounted: 0, inFavour: 1 },
      });
      expect(refused.ok).toBe(false);
      expect((await register()).filter((r) => r.symbol === 'NQ/CB')).toHaveLength(2);
      const ok = await secretary.pipeline.record({
        candidateId: id,
        version,
        event: { kind: 'cell-vote', on: '2026-11-21', officialMembers: size, notCounted: 0, inFavour: size },
      });
      expect(ok.ok && ok.papers).toEqual([{ kind: 'cell-admission-resolution', number: '3-NQ/CB' }]);
    });

    it('re-issuing a corrected paper gives a new number and keeps the old one, superseded, with who and why', async () => {
      const { id } = await readyCandidate('cb-thon-dong');
      const before = (await register()).filter((r) => r.symbol === 'CV/ĐU').length;
      const refused = office.papers.reissue({ candidateId: id, kind: 'verification-request', reason: 'x' });
      await expect(refused).rejects.toThrow('ít nhất 5 ký tự');
      const r = await office.papers.reissue({
        candidateId: id,
        kind: 'verification-request',
        reason: 'Sai nơi đề nghị thẩm tra',
      });
      expect(r.number).toBe(`${before + 1}-CV/ĐU`);
      const rows = await handle.db
        .selectFrom('paper_register')
        .select(['number', 'superseded_by', 'superseded_reason', 'recorded_by'])
        .where('candidate_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ number: r.superseded, superseded_reason: 'Sai nơi đề nghị thẩm tra' });
      expect(rows[0]?.superseded_by).not.toBeNull();
      expect(rows[1]).toMatchObject({ number: r.number, superseded_by: null, recorded_by: 'acc-vanphong' });
      const paper = await office.papers.candidate({ candidateId: id, kind: 'verification-request' });
      expect(paper.header.number).toBe(`Số ${r.number}`);
      const audit = await handle.db
        .selectFrom('audit_log')
        .select(['actor_account_id', 'payload'])
        .where('action', '=', 'paper.reissue')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(audit.actor_account_id).toBe('acc-vanphong');
      expect(JSON.parse(audit.payload)).toEqual({
        kind: 'verification-request',
        superseded: r.superseded,
        number: r.number,
      });
      await expect(
        office.papers.reissue({
          candidateId: id,
          kind: 'admission-decision',
          reason: 'Không có số trong sổ',
        }),
      ).rejects.toThrow('chưa có số trong sổ đăng ký');
    });

    it('the register lists the year in number order, superseded rows kept, searchable by number and by name', async () => {
      const all = await office.papers.register({ commune: 'yen-binh', year: 2026 });
      expect(all.length).toBeGreaterThan(5);
      const cv = all.filter((r) => r.number.endsWith('-CV/ĐU')).map((r) => r.number);
      expect(cv).toEqual(cv.map((_, i) => `${i + 1}-CV/ĐU`));
      expect(all.some((r) => r.superseded && r.supersededReason === 'Sai nơi đề nghị thẩm tra')).toBe(true);
      const nq = await office.papers.register({ commune: 'yen-binh', year: 2026, q: 'NQ/CB' });
      expect(nq.map((r) => r.number)).toEqual(['1-NQ/CB', '2-NQ/CB', '3-NQ/CB']);
      expect(nq[0]?.title.vi).toBe('Nghị quyết đề nghị kết nạp đảng viên');
      const byName = await office.papers.register({ commune: 'yen-binh', year: 2026, q: 'thi thu' });
      expect(byName.length).toBe(all.length);
      expect(await office.papers.register({ commune: 'yen-binh', year: 2026, q: 'khong co ai' })).toEqual([]);
      expect(await office.papers.register({ commune: 'yen-binh', year: 2025 })).toEqual([]);
    });
  });
}
