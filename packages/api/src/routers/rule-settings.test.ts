/**
 * `ruleSettings.get` / `ruleSettings.set` (issue 11): the commune's L-rule settings, read by everyone of the commune,
 * changed by its office only (audited old → new, nothing half-applied), and read by every evaluation: the pipeline
 * step (T-07 on the standing committee's vote) and the candidate page's checks.
 */
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
const session = (role: SessionInfo['roles'][number]['role'], orgId: string): SessionInfo => ({
  sessionId: `s-${role}-${orgId}`,
  accountId: `acc-${role}-${orgId}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
const twoThirds = { numerator: 2, denominator: 3, strict: false };
const COMMUNE = 'xa-yen-binh';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`rule settings on ${dialect.name}`, () => {
    let handle: Db;
    let office: ReturnType<typeof caller>;
    let secretary: ReturnType<typeof caller>;
    let viewer: ReturnType<typeof caller>;
    let otherOffice: ReturnType<typeof caller>;
    const audits = async () =>
      (
        await handle.db
          .selectFrom('audit_log')
          .select(['action', 'payload'])
          .where('action', '=', 'rule-settings.set')
          .orderBy('seq')
          .execute()
      ).map((r) => JSON.parse(r.payload) as Record<string, unknown>);
    const stored = async () =>
      handle.db.selectFrom('rule_setting').select(['commune_id', 'setting', 'value', 'updated_by']).execute();

    beforeAll(async () => {
      handle = await dialect.open();
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      // A second commune, elsewhere, with its own office: its settings are not Yên Bình's business, nor the reverse.
      await handle.db
        .insertInto('org_unit')
        .values({
          id: 'xa-khac',
          parent_id: null,
          level: 'commune',
          kind: null,
          slug: 'xa-khac',
          name: 'Xã Khác',
          valid_from: '2025-07-01',
          valid_to: null,
          youth_union_present: null,
          trade_union_present: null,
        })
        .execute();
      const context = (s: SessionInfo) =>
        caller(
          createContext({
            db: handle.db,
            today: () => TODAY,
            now: () => new Date('2026-11-26T02:00:00Z'),
            session: s,
          }),
        );
      office = context(session('commune-admin', COMMUNE));
      secretary = context(session('cell-secretary', 'cb-thon-nam'));
      viewer = context(session('viewer', 'prov-phu-tho'));
      otherOffice = context(session('commune-admin', 'xa-khac'));
    });
    afterAll(async () => handle?.close());

    it('everyone of the commune reads the defaults; only the office may edit', async () => {
      const byOffice = await office.ruleSettings.get({ orgId: COMMUNE });
      expect(byOffice.editable).toBe(true);
      expect(byOffice.settings.map((s) => s.rule)).toEqual(['T-07', 'D-V2', 'V-07', 'I-08', 'D-H8']);
      expect(byOffice.settings.every((s) => !s.overridden)).toBe(true);
      const bySecretary = await secretary.ruleSettings.get({ orgId: 'cb-thon-nam' });
      expect(bySecretary).toMatchObject({ communeId: COMMUNE, editable: false });
      expect(bySecretary.settings).toEqual(byOffice.settings);
      expect((await viewer.ruleSettings.get({ orgId: COMMUNE })).editable).toBe(false);
    });

    it('another commune, a secretary or a viewer may not change them; another office may not read them', async () => {
      const change = { communeId: COMMUNE, settings: { sympathiserMinMonths: 12 } };
      expect(await codeOf(otherOffice.ruleSettings.set(change))).toBe('FORBIDDEN');
      expect(await codeOf(otherOffice.ruleSettings.get({ orgId: COMMUNE }))).toBe('FORBIDDEN');
      expect(await codeOf(secretary.ruleSettings.get({ orgId: 'cb-thon-dong' }))).toBe('FORBIDDEN');
      expect(await codeOf(secretary.ruleSettings.set(change))).toBe('FORBIDDEN');
      expect(await codeOf(viewer.ruleSettings.set(change))).toBe('FORBIDDEN');
      expect(await codeOf(viewer.ruleSettings.get({ orgId: 'prov-phu-tho' }))).toBe('BAD_REQUEST');
      expect(await stored()).toEqual([]);
      expect(await audits()).toEqual([]);
    });

    it('bad input changes nothing: one bad value refuses the whole change, in Vietnamese', async () => {
      const bad = office.ruleSettings.set({
        communeId: COMMUNE,
        settings: { sympathiserMinMonths: 12, memberRecordWorkingDays: 0 },
      });
      await expect(bad).rejects.toThrow(/nhập một số nguyên từ 1 đến 90/);
      expect(
        await codeOf(
          office.ruleSettings.set({
            communeId: COMMUNE,
            settings: { standingCommitteeThreshold: { numerator: 1, denominator: 3, strict: false } },
          }),
        ),
      ).toBe('BAD_REQUEST');
      expect(await stored()).toEqual([]);
      expect(await audits()).toEqual([]);
    });

    it('a change stores only what differs from the default, with who; each change is audited old → new', async () => {
      const r = await office.ruleSettings.set({
        communeId: COMMUNE,
        settings: { sympathiserMinMonths: 12, memberRecordWorkingDays: 30 },
      });
      expect(r.settings.find((s) => s.key === 'sympathiserMinMonths')).toMatchObject({
        value: 12,
        default: 0,
        overridden: true,
        updatedBy: `acc-commune-admin-${COMMUNE}`,
      });
      // 30 working days is D-H8's default and its current value: nothing stored, nothing audited.
      expect(await stored()).toEqual([
        {
          commune_id: COMMUNE,
          setting: 'sympathiserMinMonths',
          value: '12',
          updated_by: `acc-commune-admin-${COMMUNE}`,
        },
      ]);
      expect(await audits()).toEqual([{ setting: 'sympathiserMinMonths', from: '0', to: '12' }]);
      // Back to the default: the row goes, the audit says so.
      await office.ruleSettings.set({ communeId: COMMUNE, settings: { sympathiserMinMonths: 0 } });
      expect(await stored()).toEqual([]);
      expect((await audits()).at(-1)).toEqual({ setting: 'sympathiserMinMonths', from: '12', to: '0' });
      // Another commune's office keeps its own settings.
      await otherOffice.ruleSettings.set({ communeId: 'xa-khac', settings: { memberRecordWorkingDays: 45 } });
      expect((await office.ruleSettings.get({ orgId: COMMUNE })).settings.every((s) => !s.overridden)).toBe(
        true,
      );
      await otherOffice.ruleSettings.set({ communeId: 'xa-khac', settings: { memberRecordWorkingDays: 30 } });
    });

    it('T-07: the recorded decision and the candidate page are judged by the commune threshold', async () => {
      const { id } = await secretary.candidates.create({
        cellId: 'cb-thon-nam',
        fullName: 'Nguyễn Thị Thử',
        gender: 'F',
        birthDate: '1990-04-15',
        enteredPoolOn: '2021-01-04',
        profile: { education: 'upper-secondary', youthUnionMember: false },
      });
      const [a, b] = (await office.pipeline.members({ orgId: 'cb-thon-nam' })).filter(
        (m) => m.status === 'official',
      );
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
        { kind: 'cell-vote', on: '2026-11-02', officialMembers: 40, notCounted: 0, inFavour: 30 },
      ];
      let version = 1;
      for (const event of steps) {
        const r = await secretary.pipeline.record({ candidateId: id, version, event });
        if (!r.ok) throw new Error(`${event.kind}: ${r.reasons.map((x) => x.rule).join(',')}`);
        version = r.version;
      }
      const decision: RecordStepInput['event'] = {
        kind: 'admission-decision',
        on: '2026-11-20',
        number: '21-QĐ/ĐU',
        standingCommittee: { members: 9, inFavour: 5 },
      };
      await office.ruleSettings.set({
        communeId: COMMUNE,
        settings: { standingCommitteeThreshold: twoThirds },
      });
      const refused = await office.pipeline.record({ candidateId: id, version, event: decision });
      expect(refused.ok ? [] : refused.reasons.map((r) => r.rule)).toEqual(['T-07']);
      await office.ruleSettings.set({
        communeId: COMMUNE,
        settings: { standingCommitteeThreshold: { numerator: 1, denominator: 2, strict: true } },
      });
      expect(await stored()).toEqual([]);
      const recorded = await office.pipeline.record({ candidateId: id, version, event: decision });
      expect(recorded.ok).toBe(true);
      const t07 = async () =>
        (await office.candidates.checks({ candidateId: id })).checks.find((c) => c.rule === 'T-07');
      expect((await t07())?.status).toBe('pass');
      await office.ruleSettings.set({
        communeId: COMMUNE,
        settings: { standingCommitteeThreshold: twoThirds },
      });
      expect((await t07())?.status).toBe('fail');
      expect(
        (await secretary.candidates.checks({ candidateId: id })).checks.find((c) => c.rule === 'T-07')
          ?.status,
      ).toBe('fail');
      await office.ruleSettings.set({
        communeId: COMMUNE,
        settings: { standingCommitteeThreshold: { numerator: 1, denominator: 2, strict: true } },
      });
    });
  });
}
