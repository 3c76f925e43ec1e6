import type { Db } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import type { SourceReviewInput } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicBoard } from '../board.js';
import { type Caller, callerAs, type Role, sessionOf, TODAY } from './test-callers.js';

/** This file's sessions are named by their role alone. */
const session = (role: Role, orgId: string) => sessionOf(role, orgId, role);
const CELL = 'cb-thon-nam';

const proposal = (fullName: string, proposedBy: string) => ({
  cellId: CELL,
  fullName,
  gender: 'F' as const,
  birthDate: '2002-08-19',
  proposedBy: proposedBy as 'youth-union',
  proposerName: 'Bí thư Chi đoàn thôn Nam',
  proposedOn: '2026-11-02',
  reason: 'Hoàn thành xuất sắc nhiệm vụ hai năm liền.',
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`source pool API on ${dialect.name}`, () => {
    let handle: Db;
    let secretary: Caller;
    let viewer: Caller;
    let neighbour: Caller;
    const count = async (table: 'source_review' | 'audit_log' | 'candidate') =>
      Number(
        (
          await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      secretary = callerAs(handle, session('cell-secretary', CELL));
      viewer = callerAs(handle, session('viewer', 'xa-yen-binh'));
      neighbour = callerAs(handle, session('cell-secretary', 'cb-thon-dong'));
    });
    afterAll(async () => handle?.close());

    it('records the proposals of the mass organisations, pending until the review', async () => {
      await secretary.sourcePool.propose(proposal('Lò Thị Đề', 'youth-union'));
      await secretary.sourcePool.propose(proposal('Hà Thị Xuất', 'women-union'));
      const list = await viewer.sourcePool.list({ cellId: CELL });
      expect(list.proposals.filter((p) => p.status === 'pending').map((p) => p.fullName)).toEqual(
        expect.arrayContaining(['Lò Thị Đề', 'Hà Thị Xuất']),
      );
      expect(list.everyMonths).toBe(1);
      // Never reviewed: due from its oldest entry, long past.
      expect(list.schedule.overdue).toBe(true);
    });

    it('refuses a proposal without its reason, naming the field in Vietnamese', async () => {
      await expect(
        secretary.sourcePool.propose({ ...proposal('Lò Văn Thiếu', 'farmers-union'), reason: '' }),
      ).rejects.toMatchObject({ message: expect.stringContaining('Cần lý do đề xuất.') });
    });

    it('a secretary cannot propose into, or read, another cell', async () => {
      await expect(neighbour.sourcePool.propose(proposal('Lò Văn Khác', 'veterans'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(neighbour.sourcePool.list({ cellId: CELL })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    /** A review deciding every entry of the list: the named ones as given, the rest kept. */
    async function fullReview(
      decide: (e: { subject: 'proposal' | 'candidate'; id: string; name: string }) => {
        decision: 'keep' | 'add' | 'drop';
        reason?: string;
      },
    ): Promise<SourceReviewInput> {
      const list = await secretary.sourcePool.list({ cellId: CELL });
      const entries = [
        ...list.proposals
          .filter((p) => p.status === 'pending')
          .map((p) => ({ subject: 'proposal' as const, id: p.id, name: p.fullName })),
        ...list.candidates.map((c) => ({ subject: 'candidate' as const, id: c.id, name: c.fullName })),
      ];
      return {
        cellId: CELL,
        reviewedOn: TODAY,
        items: entries.map((e) => ({ subject: e.subject, id: e.id, ...decide(e) })),
      };
    }

    it('refuses a review that leaves an entry out, and writes nothing', async () => {
      const review = await fullReview(() => ({ decision: 'keep' }));
      const before = { reviews: await count('source_review'), audit: await count('audit_log') };
      const r = await secretary.sourcePool.review({ ...review, items: review.items.slice(1) });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.message.vi).toContain('Còn 1 mục');
      expect(await count('source_review')).toBe(before.reviews);
      expect(await count('audit_log')).toBe(before.audit);
    });

    it('refuses a review naming another cell’s candidate (scope of every id), and writes nothing', async () => {
      const other = await handle.db
        .selectFrom('candidate')
        .select('id')
        .where('cell_id', '=', 'cb-thon-dong')
        .executeTakeFirstOrThrow();
      const review = await fullReview(() => ({ decision: 'keep' }));
      const r = await secretary.sourcePool.review({
        ...review,
        items: [
          ...review.items,
          { subject: 'candidate', id: other.id, decision: 'drop', reason: 'Chuyển đi.' },
        ],
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.item)).toEqual([review.items.length]);
      const still = await handle.db
        .selectFrom('candidate')
        .select('stage')
        .where('id', '=', other.id)
        .executeTakeFirstOrThrow();
      expect(still.stage).not.toBe('withdrawn');
    });

    it('records a whole review in one transaction: added, dropped (withdrawn, with the reason), kept', async () => {
      const list = await secretary.sourcePool.list({ cellId: CELL });
      const dropped = list.candidates[0];
      if (!dropped) throw new Error('the demo cell has candidates in its pool');
      const candidatesBefore = await count('candidate');
      const review = await fullReview((e) =>
        e.name === 'Lò Thị Đề'
          ? { decision: 'add' }
          : e.name === 'Hà Thị Xuất'
            ? { decision: 'drop', reason: 'Chưa đủ tuổi Đoàn theo quy định.' }
            : e.id === dropped.id
              ? { decision: 'drop', reason: 'Đi làm ăn xa, không còn sinh hoạt tại thôn.' }
              : { decision: 'keep' },
      );
      const r = await secretary.sourcePool.review(review);
      expect(r).toMatchObject({ ok: true, added: 1 });
      expect(await count('candidate')).toBe(candidatesBefore + 1);

      const after = await secretary.sourcePool.list({ cellId: CELL });
      const added = after.proposals.find((p) => p.fullName === 'Lò Thị Đề');
      expect(added).toMatchObject({ status: 'added' });
      expect(after.candidates.find((c) => c.id === added?.candidateId)).toMatchObject({
        enteredPoolOn: TODAY,
        stage: 'pool',
      });
      expect(after.proposals.find((p) => p.fullName === 'Hà Thị Xuất')?.status).toBe('dropped');
      expect(after.candidates.some((c) => c.id === dropped.id)).toBe(false);
      expect(after.reviews[0]).toMatchObject({ reviewedOn: TODAY, added: 1, dropped: 2 });
      expect(after.reviews[0]?.kept).toBe(review.items.length - 3);
      expect(after.schedule).toEqual({ due: '2026-12-26', overdue: false });

      // The drop is the pipeline's own withdrawn step, with its reason.
      const file = await secretary.candidates.file({ candidateId: dropped.id });
      expect(file.detail.stage).toBe('withdrawn');
    });

    it('a class certificate recorded counts as introduced on the public board at once (snapshot rebuilt)', async () => {
      const list = await secretary.sourcePool.list({ cellId: CELL });
      const added = list.proposals.find((p) => p.fullName === 'Lò Thị Đề');
      const candidate = list.candidates.find((c) => c.id === added?.candidateId);
      if (!candidate) throw new Error('added by the review above');
      const introduced = async () => {
        const r = await publicBoard(handle.db, { commune: 'yen-binh', year: 2026, asOf: TODAY });
        if (!r.ok) throw new Error('the demo has a 2026 board');
        return r.value.cells.find((c) => c.name === 'Chi bộ thôn Nam')?.introduced;
      };
      const before = await introduced();
      const r = await secretary.pipeline.record({
        candidateId: candidate.id,
        version: candidate.version,
        event: { kind: 'certificate', on: TODAY, serial: 'GCN-2026-001' },
      });
      expect(r.ok).toBe(true);
      expect(await introduced()).toBe((before ?? 0) + 1);
    });
  });
}
