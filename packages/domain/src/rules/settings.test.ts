import { describe, expect, it } from 'vitest';
import { checkOf, judge, makeCase, withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';
import { ruleEntry } from './catalogue.js';
import { parseCase } from './parse-case.js';
import {
  defaultSettings,
  resolveSettings,
  type SettingOverrides,
  standingCommitteeRequired,
} from './settings.js';
import { settingCatalogue } from './settings-catalogue.js';
import { ruleSettingsSchema } from './settings-schema.js';

const settings = (overrides: SettingOverrides) => ({ settings: resolveSettings(overrides) });
const deadlineOf = (c: Case, rule: string, overrides: SettingOverrides = {}) =>
  judge(c, settings(overrides)).deadlines.find((d) => d.rule === rule);
const status = (c: Case, rule: string, overrides: SettingOverrides = {}) =>
  checkOf(judge(c, settings(overrides)), rule)?.status;

/** Voted 10/11/2025, decided 12/11, received 13/11, ceremony 14/11/2025, judged on 20/11/2025. */
const admitted = (decision: Partial<NonNullable<Case['decision']>> = {}, rest: Partial<Case> = {}): Case =>
  makeCase({
    decision: { date: '2025-11-12', receivedOn: '2025-11-13', extendedWorkingDays: 0, ...decision },
    ceremony: { date: '2025-11-14', superiorConsentOn: null },
    ...rest,
  });
const committee = (inFavour: number, members: number) => ({ standingCommittee: { members, inFavour } });
const twoThirds = { standingCommitteeThreshold: { numerator: 2, denominator: 3, strict: false } };

describe('the setting catalogue', () => {
  it('names for every setting a catalogue rule marked as a setting, its citation and its default', () => {
    expect(settingCatalogue.map((s) => s.key).sort()).toEqual(Object.keys(defaultSettings).sort());
    for (const s of settingCatalogue) {
      expect(s.rule).toBe(ruleEntry(s.rule.id));
      expect(s.rule.implementation).toMatchObject({ kind: 'setting', setting: s.key });
      expect(s.default).toEqual(defaultSettings[s.key]);
      expect(s.why.vi.length).toBeGreaterThan(20);
    }
  });
});

describe('ruleSettingsSchema', () => {
  const issues = (v: unknown) => {
    const r = ruleSettingsSchema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts any subset of the settings, and nothing', () => {
    expect(ruleSettingsSchema.parse({})).toEqual({});
    expect(
      ruleSettingsSchema.parse({ sympathiserMinMonths: 12, verificationResponseWorkingDays: 20 }),
    ).toEqual({
      sympathiserMinMonths: 12,
      verificationResponseWorkingDays: 20,
    });
  });
  it('V-07: an empty answer time is refused (the reminders count on it), naming the field', () => {
    expect(issues({ verificationResponseWorkingDays: null })).toHaveLength(1);
    expect(issues({ verificationResponseWorkingDays: null })[0]).toMatch(
      /^verificationResponseWorkingDays: Thời hạn trả lời thẩm tra/,
    );
  });
  it('refuses a value out of its bounds, naming the field in Vietnamese', () => {
    expect(issues({ memberRecordWorkingDays: 0 })).toEqual([
      'memberRecordWorkingDays: Thời hạn hoàn thành lý lịch đảng viên (ngày làm việc): nhập một số nguyên từ 1 đến 90.',
    ]);
    expect(issues({ memberRecordWorkingDays: 91 })).toHaveLength(1);
    expect(issues({ memberRecordWorkingDays: 90 })).toEqual([]);
    expect(issues({ sympathiserMinMonths: 1.5 })).toHaveLength(1);
    expect(issues({ documentValidityMonths: { background: 61, otherPapers: 6 } })[0]).toMatch(
      /^documentValidityMonths\.background: Thời hạn lý lịch/,
    );
  });
  it('T-07: a threshold below "more than half" or above all members is refused', () => {
    const t = (numerator: number, denominator: number, strict: boolean) =>
      issues({ standingCommitteeThreshold: { numerator, denominator, strict } });
    expect(t(1, 2, false)[0]).toMatch(/quá 1\/2/);
    expect(t(1, 2, true)).toEqual([]);
    expect(t(2, 3, false)).toEqual([]);
    expect(t(1, 1, false)).toEqual([]);
    expect(t(1, 1, true)).toHaveLength(1);
    expect(t(3, 2, false)).toHaveLength(1);
  });
  it('refuses an unknown setting by name', () => {
    expect(issues({ quorum: 3 })).toEqual([': Không có thiết lập tên quorum.']);
  });
});

describe('T-07 with the commune threshold', () => {
  it('T-07: default more than half: 5 of 9 decide, 4 of 8 do not', () => {
    expect(status(admitted(committee(5, 9)), 'T-07')).toBe('pass');
    expect(status(admitted(committee(4, 8)), 'T-07')).toBe('fail');
    expect(standingCommitteeRequired(9)).toBe(5);
    expect(standingCommitteeRequired(8)).toBe(5);
  });
  it('T-07: at least 2/3 set: 6 of 9 decide, 5 of 9 do not', () => {
    expect(status(admitted(committee(6, 9)), 'T-07', twoThirds)).toBe('pass');
    expect(status(admitted(committee(5, 9)), 'T-07', twoThirds)).toBe('fail');
    expect(checkOf(judge(admitted(committee(5, 9)), settings(twoThirds)), 'T-07')?.details.required).toBe(6);
  });
  it('T-07: pending before the decision and while its vote is not recorded', () => {
    expect(status(makeCase(), 'T-07')).toBe('pending');
    expect(status(admitted(), 'T-07')).toBe('pending');
  });
  it('T-07: a decision whose vote did not carry does not stand: no probation, no dates, the ceremony fails', () => {
    const recognised = admitted(committee(5, 9), {
      asOf: '2026-12-20',
      recognitionVote: { date: '2026-11-20', officialMembers: 20, notCounted: 0, inFavour: 18 },
      recognitionDecision: { date: '2026-12-01', extendedWorkingDays: 0 },
    });
    const stands = judge(recognised);
    expect(stands.dates).toEqual({
      probationEnds: '2026-11-14',
      officialFrom: '2026-11-14',
      seniorityFrom: '2025-11-12',
    });
    const failed = judge(recognised, settings(twoThirds));
    expect(failed.dates).toEqual({ probationEnds: null, officialFrom: null, seniorityFrom: null });
    expect(checkOf(failed, 'L-03', 'ceremony')?.details.outOfOrder).toBe(true);
    expect(failed.deadlines.find((d) => d.rule === 'L-01')?.status).toBe('overdue');
  });
  it('T-07: the standing committee cannot have more in favour than members (refused as input)', () => {
    const parsed = parseCase(admitted(committee(10, 9)));
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([
      'decision.standingCommittee.inFavour',
    ]);
  });
});

describe('E-14 religious dignitaries', () => {
  const dignitary = (approval: string | null, decision: Partial<NonNullable<Case['decision']>> = {}) =>
    withCandidate(
      { religiousDignitary: true },
      {
        consents: { provincialStandingCommittee: null, religiousApproval: approval },
        decision: { date: '2025-11-12', receivedOn: null, extendedWorkingDays: 0, ...decision },
      },
    );
  it('E-14: not a dignitary, no special approval is needed', () => {
    expect(status(makeCase(), 'E-14')).toBe('not-applicable');
  });
  it('E-14: a dignitary without approval is pending before the decision, and fails once it is signed', () => {
    expect(status(withCandidate({ religiousDignitary: true }), 'E-14')).toBe('pending');
    expect(status(dignitary(null), 'E-14')).toBe('fail');
  });
  it('E-14: approval the day before the decision passes; on the decision day it fails (must come before)', () => {
    expect(status(dignitary('2025-11-11'), 'E-14')).toBe('pass');
    expect(status(dignitary('2025-11-12'), 'E-14')).toBe('fail');
  });
  it('E-14: a decision without the approval does not stand: its ceremony gives no probation end', () => {
    const c = dignitary(null, { receivedOn: '2025-11-13' });
    const answer = judge({ ...c, ceremony: { date: '2025-11-14', superiorConsentOn: null } });
    expect(answer.dates.probationEnds).toBeNull();
    expect(checkOf(answer, 'L-03', 'ceremony')?.status).toBe('fail');
    const approved = judge({
      ...dignitary('2025-11-11', { receivedOn: '2025-11-13' }),
      ceremony: { date: '2025-11-14' },
    });
    expect(approved.dates.probationEnds).toBe('2026-11-14');
  });
  it('E-14: judged at the decision step, whatever the settings', () => {
    expect(checkOf(judge(dignitary(null), settings(twoThirds)), 'E-14')?.step).toBe('decision');
  });
});

describe('D-V2 paper validity with the commune months', () => {
  const papers = (backgroundCertifiedOn: string | null, oldestPaperOn: string | null) =>
    makeCase({ dossier: { backgroundCertifiedOn, oldestPaperOn } });
  it('D-V2: default 12 months: certified 10/11/2024 is valid at the vote of 10/11/2025, a day earlier fails', () => {
    expect(status(papers('2024-11-10', '2025-06-01'), 'D-V2')).toBe('pass');
    expect(status(papers('2024-11-09', '2025-06-01'), 'D-V2')).toBe('fail');
  });
  it('D-V2: default 6 months for the other papers: 10/05/2025 valid, 09/05/2025 fails', () => {
    expect(status(papers('2025-01-01', '2025-05-10'), 'D-V2')).toBe('pass');
    expect(status(papers('2025-01-01', '2025-05-09'), 'D-V2')).toBe('fail');
  });
  it('D-V2: with 18 and 9 months set, the same papers pass; one day beyond fails', () => {
    const longer = { documentValidityMonths: { background: 18, otherPapers: 9 } };
    expect(status(papers('2024-11-09', '2025-05-09'), 'D-V2', longer)).toBe('pass');
    expect(status(papers('2024-05-09', '2025-02-10'), 'D-V2', longer)).toBe('fail');
    expect(status(papers('2024-05-10', '2025-02-10'), 'D-V2', longer)).toBe('pass');
  });
  it('D-V2: before the vote an expired paper is pending (it can be renewed) and blocks the vote; unknown dates are pending', () => {
    const early = makeCase({
      cellVote: null,
      dossier: { backgroundCertifiedOn: '2024-11-01', oldestPaperOn: null },
    });
    const c = checkOf(judge(early), 'D-V2');
    expect(c?.status).toBe('pending');
    expect(c?.details.blocksVote).toBe(true);
    expect(status(makeCase(), 'D-V2')).toBe('pending');
  });
});

describe('I-08 sympathiser list minimum', () => {
  const since = (sympathiserSince: string | null, rest: Partial<Case> = {}) =>
    withCandidate({ sympathiserSince }, rest);
  it('I-08: no minimum by default: not applicable', () => {
    expect(status(since(null), 'I-08')).toBe('not-applicable');
  });
  it('I-08: 12 months set: on the list since 10/11/2024 passes at the vote of 10/11/2025, 11/11/2024 fails', () => {
    expect(status(since('2024-11-10'), 'I-08', { sympathiserMinMonths: 12 })).toBe('pass');
    expect(status(since('2024-11-11'), 'I-08', { sympathiserMinMonths: 12 })).toBe('fail');
  });
  it('I-08: before the vote a short time is pending with the first day it passes', () => {
    const c = checkOf(
      judge(since('2025-06-01', { cellVote: null }), settings({ sympathiserMinMonths: 12 })),
      'I-08',
    );
    expect(c?.status).toBe('pending');
    expect(c?.details.earliest).toBe('2026-06-01');
  });
});

describe('V-07 verification answer deadline', () => {
  const verified = (verificationAnsweredOn: string | null) =>
    makeCase({ dossier: { verificationRequestedOn: '2025-10-06', verificationAnsweredOn } });
  it('V-07: 15 working days by default: requested 06/10/2025, due 27/10; answered that day is met, the next is missed', () => {
    expect(deadlineOf(verified('2025-10-27'), 'V-07')).toMatchObject({ due: '2025-10-27', status: 'met' });
    expect(deadlineOf(verified('2025-10-28'), 'V-07')).toMatchObject({ status: 'missed' });
  });
  it('V-07: 10 working days set: requested 06/10/2025, due 20/10; answered that day is met, the next is missed', () => {
    const ten = { verificationResponseWorkingDays: 10 };
    expect(deadlineOf(verified('2025-10-20'), 'V-07', ten)).toMatchObject({
      due: '2025-10-20',
      status: 'met',
    });
    expect(deadlineOf(verified('2025-10-21'), 'V-07', ten)).toMatchObject({ status: 'missed' });
    expect(deadlineOf(verified(null), 'V-07', { verificationResponseWorkingDays: 20 })).toMatchObject({
      due: '2025-11-03',
      status: 'overdue',
    });
  });
});

describe('D-H8 member record working days', () => {
  const recorded = (memberRecordCompletedOn: string | null) =>
    admitted({}, { asOf: '2026-02-01', ceremony: { date: '2025-11-14', memberRecordCompletedOn } });
  it('D-H8: default 30 working days after the ceremony of 14/11/2025: due 26/12/2025, met that day, missed the next', () => {
    expect(deadlineOf(recorded('2025-12-26'), 'D-H8')).toMatchObject({ due: '2025-12-26', status: 'met' });
    expect(deadlineOf(recorded('2025-12-29'), 'D-H8')).toMatchObject({ status: 'missed' });
  });
  it('D-H8: 45 working days set: due 19/01/2026, so 29/12/2025 is met', () => {
    expect(deadlineOf(recorded('2025-12-29'), 'D-H8', { memberRecordWorkingDays: 45 })).toMatchObject({
      due: '2026-01-19',
      status: 'met',
    });
  });
  it('D-H8: no clock without a ceremony that stands', () => {
    expect(deadlineOf(makeCase(), 'D-H8')).toMatchObject({ due: null, status: 'not-applicable' });
  });
});
