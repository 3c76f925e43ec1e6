import type { Db } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, callerAs, sessionOf, TODAY } from './test-callers.js';

const COMMUNE = 'xa-yen-binh';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`awareness class API on ${dialect.name}`, () => {
    let handle: Db;
    let office: Caller;
    let nam: Caller;
    let dong: Caller;
    const ids: Record<'nam1' | 'nam2' | 'dong1' | 'gone', string> = {
      nam1: '',
      nam2: '',
      dong1: '',
      gone: '',
    };
    const certificates = async (candidateId: string) =>
      (
        await handle.db
          .selectFrom('candidate_event')
          .select('occurred_on')
          .where('candidate_id', '=', candidateId)
          .where('kind', '=', 'certificate')
          .execute()
      ).map((e) => e.occurred_on);

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      office = callerAs(handle, sessionOf('commune-admin', COMMUNE));
      nam = callerAs(handle, sessionOf('cell-secretary', 'cb-thon-nam'));
      dong = callerAs(handle, sessionOf('cell-secretary', 'cb-thon-dong'));
      const person = (cellId: string, fullName: string) =>
        office.candidates.create({
          cellId,
          fullName,
          gender: 'M',
          birthDate: '2000-02-02',
          enteredPoolOn: '2026-01-05',
        });
      ids.nam1 = (await person('cb-thon-nam', 'Lò Văn Một')).id;
      ids.nam2 = (await person('cb-thon-nam', 'Lò Văn Hai')).id;
      ids.dong1 = (await person('cb-thon-dong', 'Hà Văn Ba')).id;
      ids.gone = (await person('cb-thon-dong', 'Hà Văn Đi')).id;
      await office.pipeline.record({
        candidateId: ids.gone,
        version: 1,
        event: { kind: 'withdrawn', on: '2026-10-01', reason: 'Chuyển đi nơi khác.' },
      });
    });
    afterAll(async () => handle?.close());

    const newClass = (roster: string[]) =>
      office.awarenessClass.create({
        communeId: COMMUNE,
        name: 'Lớp bồi dưỡng nhận thức về Đảng khóa 2/2026',
        organiser: 'political-centre',
        startsOn: '2026-11-02',
        endsOn: '2026-11-06',
        roster,
      });

    it('a secretary sees the classes holding their cell’s candidates, with only them on the roster', async () => {
      await newClass([ids.nam1, ids.nam2, ids.dong1]);
      const all = await office.awarenessClass.list({ orgId: COMMUNE });
      expect(all[0]?.roster).toHaveLength(3);
      const own = await nam.awarenessClass.list({ orgId: 'cb-thon-nam' });
      expect(own[0]?.roster.map((r) => r.fullName).sort()).toEqual(['Lò Văn Hai', 'Lò Văn Một']);
      await expect(nam.awarenessClass.list({ orgId: COMMUNE })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(dong.awarenessClass.list({ orgId: 'cb-thon-nam' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('a roster naming an unknown candidate is refused (every id is scoped)', async () => {
      await expect(newClass([ids.nam1, 'qc-khong-co'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('a class ending before it starts is refused in Vietnamese', async () => {
      await expect(
        office.awarenessClass.create({
          communeId: COMMUNE,
          name: 'Lớp sai ngày',
          organiser: 'committee',
          startsOn: '2026-11-06',
          endsOn: '2026-11-05',
          roster: [ids.nam1],
        }),
      ).rejects.toMatchObject({
        message: expect.stringContaining('Ngày bế giảng không được trước ngày khai giảng.'),
      });
    });

    it('results that leave someone out, or are dated before the class ends, are refused and write nothing', async () => {
      const [cls] = await office.awarenessClass.list({ orgId: COMMUNE });
      if (!cls) throw new Error('created above');
      const partial = await office.awarenessClass.recordResults({
        communeId: COMMUNE,
        classId: cls.id,
        issuedOn: '2026-11-10',
        results: [{ candidateId: ids.nam1, result: 'passed' }],
      });
      expect(partial.ok).toBe(false);
      if (!partial.ok) expect(partial.problems[0]?.message.vi).toContain('Còn 2 học viên');
      const early = await office.awarenessClass.recordResults({
        communeId: COMMUNE,
        classId: cls.id,
        // The day before the class ends fails; the day it ends passes (below, on a later day).
        issuedOn: '2026-11-05',
        results: cls.roster.map((r) => ({ candidateId: r.candidateId, result: 'passed' as const })),
      });
      expect(early.ok).toBe(false);
      expect(await certificates(ids.nam1)).toEqual([]);
    });

    it('a certificate the rules refuse (a withdrawn candidate) rolls every certificate of the class back', async () => {
      const { id } = await newClass([ids.nam1, ids.gone]);
      const r = await office.awarenessClass.recordResults({
        communeId: COMMUNE,
        classId: id,
        issuedOn: '2026-11-06',
        results: [
          { candidateId: ids.nam1, result: 'passed' },
          { candidateId: ids.gone, result: 'passed' },
        ],
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.item).toBe(1);
      expect(await certificates(ids.nam1)).toEqual([]);
      const cls = (await office.awarenessClass.list({ orgId: COMMUNE })).find((c) => c.id === id);
      expect(cls?.resultsOn).toBeNull();
    });

    it('recording the results issues every certificate in one transaction: the E-08 clock runs from it', async () => {
      const cls = (await office.awarenessClass.list({ orgId: COMMUNE })).find((c) => c.roster.length === 3);
      if (!cls) throw new Error('created above');
      const r = await office.awarenessClass.recordResults({
        communeId: COMMUNE,
        classId: cls.id,
        issuedOn: '2026-11-06',
        results: [
          { candidateId: ids.nam1, result: 'passed', serial: 'GCN-01' },
          { candidateId: ids.nam2, result: 'absent' },
          { candidateId: ids.dong1, result: 'passed', serial: 'GCN-02' },
        ],
      });
      expect(r).toEqual({ ok: true, issued: 2 });
      expect(await certificates(ids.nam1)).toEqual(['2026-11-06']);
      expect(await certificates(ids.nam2)).toEqual([]);
      expect(await certificates(ids.dong1)).toEqual(['2026-11-06']);
      // The same event as one typed on the page: the candidate's E-08 check reads its issue day.
      const file = await office.candidates.file({ candidateId: ids.nam1 });
      const e08 = file.live?.checks.checks.find((c) => c.rule === 'E-08');
      expect(e08?.status).toBe('pass');
      const after = (await nam.awarenessClass.list({ orgId: 'cb-thon-nam' })).find((c) => c.id === cls.id);
      expect(after?.resultsOn).toBe('2026-11-06');
      expect(after?.roster.map((m) => m.result).sort()).toEqual(['absent', 'passed']);
      // Recorded once: a second recording is refused.
      const again = await office.awarenessClass.recordResults({
        communeId: COMMUNE,
        classId: cls.id,
        issuedOn: '2026-11-06',
        results: [],
      });
      expect(again.ok).toBe(false);
    });
  });
}
