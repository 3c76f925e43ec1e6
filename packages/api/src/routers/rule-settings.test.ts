/**
 * `ruleSettings.get` / `ruleSettings.set` (issue 11): the commune's L-rule settings, read by everyone of the commune,
 * changed by its office only (audited old → new, nothing half-applied), and read by every evaluation: the pipeline
 * step (T-07 on the standing committee's vote) and the candidate page's checks.
 */
import type { Db } from '@ketnap/db';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import type { RecordStepInput } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  callerAs,
  codeOf,
  dossierSteps,
  recordSteps,
  sessionOf,
  TODAY,
  twoOfficialMembers,
} from './test-callers.js';

const twoThirds = { numerator: 2, denominator: 3, strict: false };
const COMMUNE = 'xa-yen-binh';

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`rule settings on ${dialect.name}`, () => {
    let handle: Db;
    let office: Caller;
    let secretary: Caller;
    let viewer: Caller;
    let otherOffice: Caller;
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
      handle = await openWithDemo(dialect, TODAY);
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
      const as = (role: Parameters<typeof sessionOf>[0], orgId: string) =>
        callerAs(handle, sessionOf(role, orgId), () => new Date('2026-11-26T02:00:00Z'));
      office = as('commune-admin', COMMUNE);
      secretary = as('cell-secretary', 'cb-thon-nam');
      viewer = as('viewer', 'prov-phu-tho');
      otherOffice = as('commune-admin', 'xa-khac');
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
      const version = await recordSteps(secretary, id, [
        ...dossierSteps(await twoOfficialMembers(office, 'cb-thon-nam')),
        { kind: 'cell-vote', on: '2026-11-02', officialMembers: 40, notCounted: 0, inFavour: 30 },
      ]);
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
