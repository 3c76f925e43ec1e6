/**
 * `candidates.file` (issue 10): the candidate page in one call answers what the separate reads answer (detail,
 * timeline, checklist, checks, next actions, introducers, the cell's members), with the same redaction for a viewer
 * and for those who may read sensitive fields, and loads the candidate's history and rule facts once.
 */
import type { Db, DbClient } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { resolveSettings } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

const TODAY = '2026-11-26';
const CELL = 'cb-thon-nam';
const caller = createCallerFactory(adminRouter);
type Caller = ReturnType<typeof caller>;
type Role = SessionInfo['roles'][number]['role'];
const session = (role: Role, orgId: string): SessionInfo => ({
  sessionId: `s-${role}`,
  accountId: `acc-${role}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});
const READMISSION = /L-2[012]|readmission/;

/** What the console asked for before, call by call, in the shape of `candidates.file`. */
async function separately(who: Caller, candidateId: string) {
  const detail = await who.candidates.detail({ candidateId });
  return {
    today: TODAY,
    detail,
    timeline: await who.candidates.timeline({ candidateId }),
    live: {
      checklist: await who.candidates.checklist({ candidateId }),
      checks: await who.candidates.checks({ candidateId }),
      nextActions: await who.candidates.nextActions({ candidateId }),
      introducers: await who.pipeline.introducers({ candidateId }),
      members: await who.pipeline.members({ orgId: detail.cellId }),
      settings: resolveSettings(
        Object.fromEntries(
          (await who.ruleSettings.get({ orgId: detail.cellId })).settings.map((s) => [s.key, s.value]),
        ),
      ),
      papers: await who.papers.status({ candidateId }),
    },
  };
}

/**
 * The tables each statement reads, by name, while `run` runs on a database wrapped with a plugin that notes every
 * query it sees (a real database; nothing is faked).
 */
async function tablesRead(db: DbClient, run: (db: DbClient) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const noting = db.withPlugin({
    transformQuery: (args) => {
      const from = JSON.stringify((args.node as { from?: unknown }).from ?? null);
      for (const table of ['candidate_event', 'candidate_sensitive', 'candidate', 'member', 'form_catalogue'])
        if (from.includes(`"name":"${table}"`)) seen.push(table);
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  await run(noting);
  return seen;
}

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`candidates.file on ${dialect.name}`, () => {
    let handle: Db;
    let office: Caller;
    let secretary: Caller;
    let viewer: Caller;
    let formerMember: string;
    const as = (s: SessionInfo, db: DbClient = handle.db) =>
      caller(createContext({ db, today: () => TODAY, session: s }));

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      office = as(session('commune-admin', 'xa-yen-binh'));
      secretary = as(session('cell-secretary', CELL));
      viewer = as(session('viewer', 'prov-phu-tho'));
      // A former member back in the pool, with the consent for a re-admission: what a viewer must not learn.
      ({ id: formerMember } = await secretary.candidates.create({
        cellId: CELL,
        fullName: 'Trần Văn Cũ',
        gender: 'M',
        birthDate: '1985-02-01',
        enteredPoolOn: '2024-03-01',
        profile: { education: 'upper-secondary' },
        sensitive: { formerMember: { leftOn: '2015-06-01', reason: 'struck-off', readmittedBefore: false } },
      }));
      const r = await office.pipeline.record({
        candidateId: formerMember,
        version: 1,
        event: { kind: 'consent', on: '2024-04-01', reason: 'readmission', reference: '12-CV/TU' },
      });
      if (!r.ok) throw new Error('the consent is recorded');
    });
    afterAll(async () => handle?.close());

    it('answers what the eight separate reads answer, for the office, the cell secretary and a viewer', async () => {
      const cases = ['qc-00039', 'qc-00041', 'qc-00043', formerMember];
      for (const [name, who] of [
        ['office', office],
        ['secretary', secretary],
        ['viewer', viewer],
      ] as const)
        for (const candidateId of cases) {
          const cell = (await office.candidates.detail({ candidateId })).cellId;
          if (name === 'secretary' && cell !== CELL) continue;
          expect(await who.candidates.file({ candidateId }), `${name} on ${candidateId}`).toEqual(
            await separately(who, candidateId),
          );
        }
    });

    it('a viewer sees nothing that depends on a sensitive field: no re-admission check, deadline or consent, and no next step', async () => {
      const file = await viewer.candidates.file({ candidateId: formerMember });
      expect(JSON.stringify(file)).not.toMatch(READMISSION);
      expect(file.timeline.map((e) => e.kind)).not.toContain('consent');
      expect(file.live?.nextActions).toEqual([]);
    });

    it('the secretary sees the re-admission checks’ status with the reason masked, and the consent', async () => {
      const file = await secretary.candidates.file({ candidateId: formerMember });
      const l21 = file.live?.checks.checks.find((c) => c.rule === 'L-21');
      expect(l21?.status).toBe('pass');
      expect(l21?.message.vi).toMatch(/xem chi tiết trong phần thông tin nhạy cảm/);
      expect(file.timeline.map((e) => e.kind)).toContain('consent');
      expect(JSON.stringify(file)).not.toContain('struck-off');
    });

    it('the office is offered the admission decision; a viewer no step at all', async () => {
      const kinds = async (who: Caller) =>
        (await who.candidates.file({ candidateId: 'qc-00041' })).live?.nextActions.map((a) => a.kind);
      expect(await kinds(office)).toContain('admission-decision');
      expect(await kinds(viewer)).toEqual([]);
    });

    it('reads the candidate, its history and its sensitive record once each, where the seven reads took them again and again', async () => {
      const candidateId = 'qc-00043';
      const s = session('commune-admin', 'xa-yen-binh');
      const once = await tablesRead(handle.db, (db) => as(s, db).candidates.file({ candidateId }));
      const count = (tables: string[], t: string) => tables.filter((x) => x === t).length;
      expect(count(once, 'candidate_event')).toBe(1);
      expect(count(once, 'candidate_sensitive')).toBe(1);
      expect(count(once, 'form_catalogue')).toBe(1);
      // The access check resolves the candidate's cell; the file reads the row once more, with every column.
      expect(count(once, 'candidate')).toBe(2);
      const before = await tablesRead(handle.db, (db) => separately(as(s, db), candidateId));
      expect(count(before, 'candidate_event')).toBeGreaterThan(4);
    });

    it('an erased dossier answers its placeholders and the steps’ kinds and days, with nothing to judge', async () => {
      const { id } = await secretary.candidates.create({
        cellId: CELL,
        fullName: 'Hoàng Thị Xóa',
        gender: 'F',
        birthDate: '1990-01-01',
        enteredPoolOn: '2019-03-04',
        profile: {},
      });
      const w = await secretary.pipeline.record({
        candidateId: id,
        version: 1,
        event: { kind: 'withdrawn', on: '2020-01-06' },
      });
      if (!w.ok) throw new Error('the withdrawal is recorded');
      await office.privacy.erase({ candidateId: id, version: w.version });
      for (const who of [office, viewer]) {
        const file = await who.candidates.file({ candidateId: id });
        expect(file).toEqual({
          today: TODAY,
          detail: await who.candidates.detail({ candidateId: id }),
          timeline: await who.candidates.timeline({ candidateId: id }),
          live: null,
        });
        expect(file.detail.erasedOn).toBe(TODAY);
        expect(file.timeline.map((e) => [e.kind, e.event])).toEqual([
          ['entered-pool', null],
          ['withdrawn', null],
        ]);
        await expect(who.candidates.checks({ candidateId: id })).rejects.toMatchObject({
          cause: { code: 'PRIVACY.ERASED' },
        });
      }
    });

    it('an unknown candidate is not found, and a secretary of another cell is refused', async () => {
      await expect(office.candidates.file({ candidateId: 'qc-khong-co' })).rejects.toBeInstanceOf(TRPCError);
      await expect(office.candidates.file({ candidateId: 'qc-khong-co' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const other = as(session('cell-secretary', 'cb-thon-dong'));
      await expect(other.candidates.file({ candidateId: formerMember })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('org.today answers the server’s day to any signed-in account, reading nothing', async () => {
      const seen = await tablesRead(handle.db, (db) => as(session('viewer', 'prov-phu-tho'), db).org.today());
      expect(await viewer.org.today()).toEqual({ today: TODAY });
      expect(seen).toEqual([]);
    });
  });
}
