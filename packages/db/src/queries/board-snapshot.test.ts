import { type BoardSnapshotData, boardOn } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { openWithDemo, testDialects } from '../testing/dialects.js';
import { boardSnapshotBySlug, rebuildBoardSnapshot } from './board-snapshot.js';
import { appendCandidateEvent } from './candidates.js';
import { communeProgressRows } from './progress.js';
import { setAdmissionTarget, targetHistory, targetsInForce } from './targets.js';

const TODAY = '2026-11-26';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`board snapshot on ${dialect.name}`, () => {
    let handle: Db;
    const read = async (year: number) => {
      const row = await boardSnapshotBySlug(handle.db, 'yen-binh', year);
      return JSON.parse(row?.data ?? 'null') as BoardSnapshotData;
    };

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY, '2026-11-26T01:00:00.000Z');
    });
    afterAll(async () => handle?.close());

    it('the demo load builds a snapshot per year that tells the 2023 story on 30/06/2023', async () => {
      const day = boardOn(await read(2023), '2023-06-30');
      expect(day.commune).toMatchObject({ members: 267, cells: 8, target: 7, admitted: 5 });
      expect(day.cells.every((c) => (c.target ?? 0) >= 1)).toBe(true);
      expect(day.trend.map((p) => p.cumulative)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(day.forecast?.on).toBe('2023-06-30');
    });

    it('the 2023 forecast on 30/06/2023 is believable for a commune that admits about 7 a year (it said 37)', async () => {
      const forecast = boardOn(await read(2023), '2023-06-30').forecast;
      if (!forecast) throw new Error('no forecast on 30/06/2023');
      // Expected by 31/12, the 5 already admitted included; the year ended with 8 decisions, inside the interval.
      expect(forecast.expected).toBeGreaterThanOrEqual(6);
      expect(forecast.expected).toBeLessThanOrEqual(9);
      expect(forecast.low).toBeGreaterThanOrEqual(5);
      expect(forecast.low).toBeLessThanOrEqual(8);
      expect(forecast.high).toBeGreaterThanOrEqual(8);
      expect(forecast.high).toBeLessThanOrEqual(11);
    });

    it('any day read from the snapshot equals the live query of that day', async () => {
      const snapshot = await read(2023);
      for (const asOf of ['2023-01-01', '2023-03-31', '2023-06-30', '2023-12-31', '2025-05-05']) {
        const day = boardOn(snapshot, asOf);
        const live = await communeProgressRows(handle.db, 'xa-yen-binh', 2023, asOf);
        expect(day.cells.map((c) => [c.name, c.target, c.admitted])).toEqual(
          live.cells.map((c) => [c.name, c.target, c.admitted]),
        );
        expect(day.commune.members).toBe(live.cells.reduce((s, c) => s + c.official + c.probationary, 0));
      }
    });

    it('a decision recorded with a rebuild in the same transaction reaches the snapshot; a rollback leaves it', async () => {
      const before = boardOn(await read(2026), TODAY).commune.admitted;
      const open = await handle.db
        .selectFrom('candidate as c')
        .select('c.id')
        .where('c.cell_id', '=', 'cb-thon-doai')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('candidate_event as e')
                .select('e.id')
                .whereRef('e.candidate_id', '=', 'c.id')
                .where('e.kind', '=', 'admission-decision'),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      const record = (id: string) =>
        handle.db.transaction().execute(async (trx) => {
          await appendCandidateEvent(trx, {
            id,
            candidateId: open.id,
            kind: 'admission-decision',
            occurredOn: TODAY,
            recordedAt: '2026-11-26T03:00:00.000Z',
          });
          await rebuildBoardSnapshot(trx, 'xa-yen-binh', 2026, {
            today: TODAY,
            at: '2026-11-26T03:00:00.000Z',
          });
          if (id === 'ev-rollback') throw new Error('rolled back');
        });
      await expect(record('ev-rollback')).rejects.toThrow('rolled back');
      expect(boardOn(await read(2026), TODAY).commune.admitted).toBe(before);
      await record('ev-test-decision');
      expect(boardOn(await read(2026), TODAY).commune.admitted).toBe(before + 1);
      expect((await boardSnapshotBySlug(handle.db, 'yen-binh', 2026))?.updatedAt).toBe(
        '2026-11-26T03:00:00.000Z',
      );
    });

    it('targets keep their history and carry sub-targets and who assigned them', async () => {
      await setAdmissionTarget(handle.db, {
        id: 'tg-test-1',
        org_id: 'xa-yen-binh',
        year: 2027,
        total: 9,
        resolution_ref: 'NQ 01',
        set_on: '2027-01-10',
        sub_targets: JSON.stringify({ female: 3 }),
        assigned_by: 'Ban Thường vụ Tỉnh ủy',
      });
      await setAdmissionTarget(handle.db, {
        id: 'tg-test-2',
        org_id: 'xa-yen-binh',
        year: 2027,
        total: 10,
        resolution_ref: 'NQ 02',
        set_on: '2027-03-01',
      });
      expect((await targetHistory(handle.db, ['xa-yen-binh'], 2027)).map((t) => t.total)).toEqual([9, 10]);
      const [early] = await targetsInForce(handle.db, ['xa-yen-binh'], 2027, '2027-02-01');
      expect(early).toMatchObject({
        total: 9,
        subTargets: { female: 3 },
        assignedBy: 'Ban Thường vụ Tỉnh ủy',
      });
      const [late] = await targetsInForce(handle.db, ['xa-yen-binh'], 2027, '2027-03-01');
      expect(late).toMatchObject({ total: 10, subTargets: {}, assignedBy: null });
    });
  });
}
