import {
  formatDateVi,
  type LeavingReason,
  type SensitiveProfile,
  sensitiveProfileSchema,
} from '@ketnap/domain';
import { type FieldErrors, typedDay, validateForm } from '../../lib/form-errors.js';

/** A period of the lý lịch (items 17, 21) as typed: dates `dd/MM/yyyy`, "to" empty while it lasts. */
export interface PeriodDraft {
  from: string;
  to: string;
  text: string;
}

/** A relative (item 24) as typed: the birth year as digits, empty when unknown. */
export interface RelativeDraft {
  relation: string;
  fullName: string;
  birthYear: string;
  occupation: string;
  partyMember: boolean;
  politicalHistory: string;
}

/** A former membership (items 15–16) as typed. */
export interface FormerMemberDraft {
  leftOn: string;
  reason: LeavingReason | '';
  recordExpungedOn: string;
  readmittedBefore: boolean;
}

/**
 * The sensitive record's editor, as typed: text throughout, so what the person typed stays on screen while it is
 * still wrong. `formerMember` is `null` when none is declared.
 */
export interface SensitiveDraft {
  nationalId: string;
  ethnicity: string;
  religion: string;
  historicalFeatures: string;
  discipline: string[];
  personalHistory: PeriodDraft[];
  foreignTravel: PeriodDraft[];
  family: RelativeDraft[];
  formerMember: FormerMemberDraft | null;
}

/** The editor's field names: a schema issue's path joined with dots (`personalHistory.0.from`, `formerMember.reason`). */
export type SensitiveErrors = FieldErrors<string>;

export const emptyPeriod = (): PeriodDraft => ({ from: '', to: '', text: '' });
export const emptyRelative = (): RelativeDraft => ({
  relation: '',
  fullName: '',
  birthYear: '',
  occupation: '',
  partyMember: false,
  politicalHistory: '',
});
export const emptyFormerMember = (): FormerMemberDraft => ({
  leftOn: '',
  reason: '',
  recordExpungedOn: '',
  readmittedBefore: false,
});

const shown = (day: string | null | undefined) => (day ? formatDateVi(day) : '');
const periodDraft = (p: { from: string; to: string | null; text: string }): PeriodDraft => ({
  from: shown(p.from),
  to: shown(p.to),
  text: p.text,
});

/** The editor filled in with a record as read (`candidates.sensitive`). */
export function sensitiveDraft(profile: SensitiveProfile): SensitiveDraft {
  const f = profile.formerMember;
  return {
    nationalId: profile.nationalId ?? '',
    ethnicity: profile.ethnicity ?? '',
    religion: profile.religion ?? '',
    historicalFeatures: profile.historicalFeatures ?? '',
    discipline: [...(profile.discipline ?? [])],
    personalHistory: (profile.personalHistory ?? []).map(periodDraft),
    foreignTravel: (profile.foreignTravel ?? []).map(periodDraft),
    family: (profile.family ?? []).map((r) => ({
      relation: r.relation,
      fullName: r.fullName,
      birthYear: r.birthYear === null ? '' : String(r.birthYear),
      occupation: r.occupation ?? '',
      partyMember: r.partyMember ?? false,
      politicalHistory: r.politicalHistory ?? '',
    })),
    formerMember: f
      ? {
          leftOn: shown(f.leftOn),
          reason: f.reason,
          recordExpungedOn: shown(f.recordExpungedOn),
          readmittedBefore: f.readmittedBefore,
        }
      : null,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text);
/** Digits as a number, empty as unknown; other text stays text so the schema refuses it in its own words. */
const year = (text: string): number | string | null => {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : t;
};
const period = (p: PeriodDraft) => ({
  from: typedDay(p.from),
  to: p.to.trim() === '' ? null : typedDay(p.to),
  text: p.text,
});

/**
 * The record the editor describes, before validation: the object `sensitiveProfileSchema` (the server's) judges.
 * Empty discipline lines are dropped; a former membership is left out when none is declared.
 */
export function draftSensitive(d: SensitiveDraft): Record<string, unknown> {
  const f = d.formerMember;
  return {
    // Left out when empty: an ID number is all or nothing (12 digits), and clearing it removes it.
    ...(d.nationalId.trim() !== '' && { nationalId: d.nationalId.trim() }),
    ethnicity: d.ethnicity,
    religion: d.religion,
    ...(f && {
      formerMember: {
        leftOn: typedDay(f.leftOn),
        reason: f.reason || undefined,
        recordExpungedOn: f.recordExpungedOn.trim() === '' ? null : typedDay(f.recordExpungedOn),
        readmittedBefore: f.readmittedBefore,
      },
    }),
    personalHistory: d.personalHistory.map(period),
    historicalFeatures: d.historicalFeatures,
    foreignTravel: d.foreignTravel.map(period),
    discipline: d.discipline.filter((line) => line.trim() !== ''),
    family: d.family.map((r) => ({
      relation: r.relation,
      fullName: r.fullName,
      birthYear: year(r.birthYear),
      occupation: optional(r.occupation),
      partyMember: r.partyMember || undefined,
      politicalHistory: optional(r.politicalHistory),
    })),
  };
}

/** What the editor would save: either the schema's issues by field, or the fields that differ from the record read. */
export type SensitiveJudgement =
  | { valid: false; errors: SensitiveErrors }
  | {
      valid: true;
      /** Only the fields that differ from the record read: what is sent, and what the audit entry names. */
      changes: SensitiveProfile;
      /** Fields the record had and the editor no longer declares (a former membership unticked): sent as
       * `removeSensitive`, named in the audit entry. */
      removed: (keyof SensitiveProfile)[];
      /** The record as the server will store it (it merges the changes in and drops the removed fields). */
      profile: SensitiveProfile;
    };

/**
 * Validates the editor with the server's `sensitiveProfileSchema` (each issue's Vietnamese message under its field)
 * and keeps only the fields that changed: an untouched field is compared as the editor would send it back, so how it
 * is typed (a date, an empty text) never counts as a change. A field the record had and the draft leaves out (only a
 * former membership can be left out) is removed.
 */
export function judgeSensitive(saved: SensitiveProfile, draft: SensitiveDraft): SensitiveJudgement {
  const parsed = validateForm(sensitiveProfileSchema, draftSensitive(draft), (path) => path.join('.'));
  if (!parsed.success) return { valid: false, errors: parsed.errors };
  const before = sensitiveProfileSchema.safeParse(draftSensitive(sensitiveDraft(saved)));
  const old: Record<string, unknown> = before.success ? before.data : {};
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.data))
    if (JSON.stringify(value) !== JSON.stringify(old[key])) changes[key] = value;
  const removed = (Object.keys(saved) as (keyof SensitiveProfile)[]).filter((key) => !(key in parsed.data));
  const profile: SensitiveProfile = { ...saved, ...(changes as SensitiveProfile) };
  for (const key of removed) delete profile[key];
  return { valid: true, changes: changes as SensitiveProfile, removed, profile };
}
