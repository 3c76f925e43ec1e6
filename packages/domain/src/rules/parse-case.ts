/**
 * Reading a case: `parseCase` turns any JSON value into either a case (case-format.md, {@link caseShape}) or a list
 * of issues naming the field and what was expected there (for people, in vi and en); the rules across fields
 * (judgeable dates, counts that add up, impossible dates) are checked here, on top of the shape.
 */
import type { z } from 'zod';
import type { Bilingual } from '../calendar/index.js';
import { compareDates } from '../date.js';
import { type CrossFieldIssue, impossibleDates } from './case-dates.js';
import { type Case, caseShape, EXPECTED_VI, inRange } from './case-schema.js';
import { earliestJudgeableDate } from './rule-sets.js';
import { educationLevels, leavingReasons } from './vocabulary.js';

const JUDGEABLE_EN = `a date on or after ${earliestJudgeableDate} (the oldest rule set this engine holds)`;
const JUDGEABLE_VI = `một ngày từ ${earliestJudgeableDate} trở đi (bộ quy định cũ nhất mà hệ thống có)`;

/** Every step is judged by the rule set of its date, so none may precede the oldest set. */
const JUDGED_STEPS: readonly { path: readonly string[]; date: (c: Case) => string | null | undefined }[] = [
  { path: ['asOf'], date: (c) => c.asOf },
  { path: ['cellVote', 'date'], date: (c) => c.cellVote?.date },
  { path: ['decision', 'date'], date: (c) => c.decision?.date },
  { path: ['decision', 'receivedOn'], date: (c) => c.decision?.receivedOn },
  { path: ['ceremony', 'date'], date: (c) => c.ceremony?.date },
  { path: ['recognitionVote', 'date'], date: (c) => c.recognitionVote?.date },
  { path: ['recognitionDecision', 'date'], date: (c) => c.recognitionDecision?.date },
];

/**
 * The rules of a case that span fields, on a case whose fields are each valid: steps judgeable by a rule set this
 * engine holds, vote counts that add up, `together` periods that do not end before they start, and no impossible
 * date (case-dates.ts). Shared by {@link caseSchema} and the fast path of {@link parseCase}.
 */
function crossFieldIssues(c: Case): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  for (const step of JUDGED_STEPS) {
    const date = step.date(c);
    if (date && compareDates(date, earliestJudgeableDate) < 0)
      issues.push({ path: [...step.path], en: JUDGEABLE_EN, vi: JUDGEABLE_VI });
  }
  for (const key of ['cellVote', 'recognitionVote'] as const) {
    const v = c[key];
    if (!v || v.officialMembers == null) continue;
    const counted = v.officialMembers - (v.notCounted ?? 0);
    if (counted < 0)
      issues.push({
        path: [key, 'notCounted'],
        en: 'at most officialMembers',
        vi: 'không lớn hơn officialMembers',
      });
    else if (v.inFavour != null && v.inFavour > counted)
      issues.push({
        path: [key, 'inFavour'],
        en: 'at most officialMembers - notCounted',
        vi: 'không lớn hơn officialMembers - notCounted (số đảng viên được tính)',
      });
  }
  const committee = c.decision?.standingCommittee;
  if (committee?.members != null && committee.inFavour != null && committee.inFavour > committee.members)
    issues.push({
      path: ['decision', 'standingCommittee', 'inFavour'],
      en: 'at most members',
      vi: 'không lớn hơn members (số thành viên Ban Thường vụ)',
    });
  const introducers = c.introducers ?? [];
  for (let i = 0; i < introducers.length; i++) {
    const intro = introducers[i];
    if (intro?.kind !== 'member') continue;
    const together = intro.together ?? [];
    for (let j = 0; j < together.length; j++) {
      const t = together[j];
      if (t?.to && compareDates(t.to, t.from) < 0)
        issues.push({
          path: ['introducers', i, 'together', j, 'to'],
          en: 'a date on or after from',
          vi: 'một ngày không trước from',
        });
    }
  }
  return issues.concat(impossibleDates(c));
}

/** Why a JSON value is not a case: the field (`cellVote.inFavour`, `introducers[0].kind`) and what it should hold. */
export interface CaseIssue {
  path: string;
  expected: string;
  message: Bilingual;
}

/** Either the case, or every issue found in it. */
export type ParsedCase = { ok: true; case: Case } | { ok: false; issues: CaseIssue[] };

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || '(case)';
}

function toIssues(error: z.ZodError): CaseIssue[] {
  const issues: CaseIssue[] = [];
  for (const raw of error.issues) {
    // One issue per unknown key, so each is named on its own.
    const keys = raw.code === 'unrecognized_keys' ? raw.keys : [null];
    for (const key of keys) {
      const path = pathText(key === null ? raw.path : [...raw.path, key]);
      if (key !== null) {
        const message = {
          vi: `${path}: trường này không có trong định dạng hồ sơ, cần bỏ đi.`,
          en: `${path}: unknown field, expected no such key.`,
        };
        issues.push({ path, expected: 'no such field (unknown key)', message });
        continue;
      }
      const expected = raw.message;
      const vi = EXPECTED_VI[expected] ?? expected;
      issues.push({
        path,
        expected,
        message: { vi: `${path}: cần ${vi}.`, en: `${path}: expected ${expected}.` },
      });
    }
  }
  return issues;
}

// The fast path. Validating with zod costs more than evaluating the case (docs/benchmarks.md, "Evaluate 100,000
// dossiers"), so `parseCase` first reads the case with the plain functions below: the same shape, field by field, as
// `caseSchema`, building the same fresh object zod would (keys in schema order, absent optional keys left out), or
// answering NOT_ACCEPTED. Only then does zod run, to name the issues. Plain property reads and object literals let
// the engine compile each reader for its one object shape. case-schema.test.ts holds a property test that the two
// accept and reject the same values and return equal cases: change them together.

const NOT_ACCEPTED = Symbol('not accepted');
type Read<T> = T | typeof NOT_ACCEPTED;
type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): boolean => typeof v === 'string' && inRange(v);
const isDateOrNull = (v: unknown): boolean => v == null || isDate(v);
const isFlag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
const isCount = (v: unknown): boolean => v == null || (Number.isSafeInteger(v) && (v as number) >= 0);
const EDUCATION_LEVELS: ReadonlySet<unknown> = new Set(educationLevels);
const LEAVING_REASONS: ReadonlySet<unknown> = new Set(leavingReasons);
const RELATIONS: ReadonlySet<unknown> = new Set(['work', 'study', 'residence']);

/** How many keys `v` has when it is an object with no key outside `keys` (a strict object), else -1. */
function keyCount(v: unknown, keys: readonly string[]): number {
  if (!isObject(v)) return -1;
  let n = 0;
  for (const key in v) {
    // Written in schema order, the keys match position by position; otherwise look the key up.
    if (key !== keys[n] && !keys.includes(key)) return -1;
    n++;
  }
  return n;
}

/** `out` (every key of `keys`) as zod outputs it: without the keys that `input`, which has `n` keys, lacks. */
function present<T extends Fields>(input: Fields, n: number, keys: readonly string[], out: T): T {
  if (n === keys.length) return out;
  const some: Fields = {};
  for (const key of keys) if (key in input) some[key] = out[key];
  return some as T;
}

function readList<T>(v: unknown, read: (item: unknown) => Read<T>): Read<T[] | undefined> {
  if (v === undefined) return v;
  if (!Array.isArray(v)) return NOT_ACCEPTED;
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    const item = read(v[i]);
    if (item === NOT_ACCEPTED) return NOT_ACCEPTED;
    out[i] = item;
  }
  return out;
}

/** A nullish object whose every key (of `keys`) holds a nullish date (`certificate`, `consents`, `dossier` …). */
function datesHolder(keys: readonly string[]): (v: unknown) => Read<Fields | null | undefined> {
  return (v) => {
    if (v == null) return v;
    const n = keyCount(v, keys);
    if (n < 0) return NOT_ACCEPTED;
    const out: Fields = {};
    for (const key of keys) {
      const value = (v as Fields)[key];
      if (!isDateOrNull(value)) return NOT_ACCEPTED;
      out[key] = value;
    }
    return present(v as Fields, n, keys, out);
  };
}
const readCertificate = datesHolder(['issuedOn']);
const readConsents = datesHolder(['provincialStandingCommittee', 'religiousApproval']);
const readDossier = datesHolder([
  'backgroundCertifiedOn',
  'oldestPaperOn',
  'verificationRequestedOn',
  'verificationAnsweredOn',
]);
const readCeremony = datesHolder(['date', 'superiorConsentOn', 'memberRecordCompletedOn']);

const RECOGNITION_DECISION_KEYS = ['date', 'extendedWorkingDays'];
function readRecognitionDecision(v: unknown): Read<Fields | null | undefined> {
  if (v == null) return v;
  const n = keyCount(v, RECOGNITION_DECISION_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { date, extendedWorkingDays } = v as Fields;
  if (!isDateOrNull(date) || !isCount(extendedWorkingDays)) return NOT_ACCEPTED;
  return present(v as Fields, n, RECOGNITION_DECISION_KEYS, { date, extendedWorkingDays });
}

const FORMER_MEMBER_KEYS = ['leftOn', 'reason', 'recordExpungedOn', 'readmittedBefore'];
function readFormerMember(v: unknown): Read<Fields | null | undefined> {
  if (v == null) return v;
  const n = keyCount(v, FORMER_MEMBER_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { leftOn, reason, recordExpungedOn, readmittedBefore } = v as Fields;
  if (
    !isDate(leftOn) ||
    !LEAVING_REASONS.has(reason) ||
    !isDateOrNull(recordExpungedOn) ||
    !isFlag(readmittedBefore)
  )
    return NOT_ACCEPTED;
  return present(v as Fields, n, FORMER_MEMBER_KEYS, { leftOn, reason, recordExpungedOn, readmittedBefore });
}

const CANDIDATE_KEYS = [
  'birthDate',
  'education',
  'hardshipArea',
  'communityElder',
  'youthUnionMember',
  'tradeUnionMember',
  'formerMember',
  'religiousDignitary',
  'sympathiserSince',
];
function readCandidate(v: unknown): Read<Fields> {
  const n = keyCount(v, CANDIDATE_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const c = v as Fields;
  const { birthDate, education, hardshipArea, communityElder, youthUnionMember, tradeUnionMember } = c;
  const { religiousDignitary, sympathiserSince } = c;
  const formerMember = readFormerMember(c.formerMember);
  if (
    !isFlag(religiousDignitary) ||
    !isDateOrNull(sympathiserSince) ||
    !isDateOrNull(birthDate) ||
    !(education == null || EDUCATION_LEVELS.has(education)) ||
    !isFlag(hardshipArea) ||
    !isFlag(communityElder) ||
    !isFlag(youthUnionMember) ||
    !isFlag(tradeUnionMember) ||
    formerMember === NOT_ACCEPTED
  )
    return NOT_ACCEPTED;
  return present(c, n, CANDIDATE_KEYS, {
    birthDate,
    education,
    hardshipArea,
    communityElder,
    youthUnionMember,
    tradeUnionMember,
    formerMember,
    religiousDignitary,
    sympathiserSince,
  });
}

const UNIT_KEYS = ['youthUnionPresent', 'tradeUnionPresent'];
function readUnit(v: unknown): Read<Fields | null | undefined> {
  if (v == null) return v;
  const n = keyCount(v, UNIT_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { youthUnionPresent, tradeUnionPresent } = v as Fields;
  if (!isFlag(youthUnionPresent) || !isFlag(tradeUnionPresent)) return NOT_ACCEPTED;
  return present(v as Fields, n, UNIT_KEYS, { youthUnionPresent, tradeUnionPresent });
}

const TOGETHER_KEYS = ['from', 'to', 'relation'];
function readTogether(v: unknown): Read<Fields> {
  const n = keyCount(v, TOGETHER_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { from, to, relation } = v as Fields;
  if (!isDate(from) || !isDateOrNull(to) || !RELATIONS.has(relation)) return NOT_ACCEPTED;
  return present(v as Fields, n, TOGETHER_KEYS, { from, to, relation });
}

const MEMBER_KEYS = ['kind', 'officialSince', 'together', 'replacement'];
const UNION_KEYS = ['kind', 'resolutionDate'];
function readIntroducer(v: unknown): Read<Fields> {
  if (!isObject(v)) return NOT_ACCEPTED;
  const { kind } = v;
  if (kind === 'member') {
    const n = keyCount(v, MEMBER_KEYS);
    const together = readList(v.together, readTogether);
    const { officialSince, replacement } = v;
    if (n < 0 || !isDateOrNull(officialSince) || together === NOT_ACCEPTED || !isFlag(replacement))
      return NOT_ACCEPTED;
    return present(v, n, MEMBER_KEYS, { kind, officialSince, together, replacement });
  }
  if (kind !== 'youth-union' && kind !== 'trade-union') return NOT_ACCEPTED;
  const n = keyCount(v, UNION_KEYS);
  const { resolutionDate } = v;
  if (n < 0 || !isDateOrNull(resolutionDate)) return NOT_ACCEPTED;
  return present(v, n, UNION_KEYS, { kind, resolutionDate });
}

const VOTE_KEYS = ['date', 'officialMembers', 'notCounted', 'inFavour'];
function readVote(v: unknown): Read<Fields | null | undefined> {
  if (v == null) return v;
  const n = keyCount(v, VOTE_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { date, officialMembers, notCounted, inFavour } = v as Fields;
  if (!isDateOrNull(date) || !isCount(officialMembers) || !isCount(notCounted) || !isCount(inFavour))
    return NOT_ACCEPTED;
  return present(v as Fields, n, VOTE_KEYS, { date, officialMembers, notCounted, inFavour });
}

const COMMITTEE_KEYS = ['members', 'inFavour'];
function readStandingCommittee(v: unknown): Read<Fields | null | undefined> {
  if (v == null) return v;
  const n = keyCount(v, COMMITTEE_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { members, inFavour } = v as Fields;
  if (!isCount(members) || !isCount(inFavour)) return NOT_ACCEPTED;
  return present(v as Fields, n, COMMITTEE_KEYS, { members, inFavour });
}

const DECISION_KEYS = ['date', 'receivedOn', 'extendedWorkingDays', 'standingCommittee'];
function readDecision(v: unknown): Read<Fields | null | undefined> {
  if (v == null) return v;
  const n = keyCount(v, DECISION_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const { date, receivedOn, extendedWorkingDays } = v as Fields;
  const standingCommittee = readStandingCommittee((v as Fields).standingCommittee);
  if (
    !isDateOrNull(date) ||
    !isDateOrNull(receivedOn) ||
    !isCount(extendedWorkingDays) ||
    standingCommittee === NOT_ACCEPTED
  )
    return NOT_ACCEPTED;
  return present(v as Fields, n, DECISION_KEYS, { date, receivedOn, extendedWorkingDays, standingCommittee });
}

const CASE_KEYS = [
  'asOf',
  'candidate',
  'unit',
  'certificate',
  'introducers',
  'dossier',
  'consents',
  'cellVote',
  'decision',
  'ceremony',
  'recognitionVote',
  'recognitionDecision',
];
function readCase(v: unknown): Read<Fields> {
  const n = keyCount(v, CASE_KEYS);
  if (n < 0) return NOT_ACCEPTED;
  const c = v as Fields;
  const out = {
    asOf: c.asOf,
    candidate: readCandidate(c.candidate),
    unit: readUnit(c.unit),
    certificate: readCertificate(c.certificate),
    introducers: readList(c.introducers, readIntroducer),
    dossier: readDossier(c.dossier),
    consents: readConsents(c.consents),
    cellVote: readVote(c.cellVote),
    decision: readDecision(c.decision),
    ceremony: readCeremony(c.ceremony),
    recognitionVote: readVote(c.recognitionVote),
    recognitionDecision: readRecognitionDecision(c.recognitionDecision),
  };
  if (!isDate(out.asOf)) return NOT_ACCEPTED;
  for (const key of CASE_KEYS) if (out[key as keyof typeof out] === NOT_ACCEPTED) return NOT_ACCEPTED;
  return present(c, n, CASE_KEYS, out);
}

/**
 * The case exactly as `caseSchema.safeParse(json).data` would give it when zod accepts `json`, else `undefined`.
 * Exported for the property test that keeps it equal to the schema; use {@link parseCase}.
 */
export function parseCaseFast(json: unknown): Case | undefined {
  const c = readCase(json);
  if (c === NOT_ACCEPTED) return undefined;
  return crossFieldIssues(c as Case).length === 0 ? (c as Case) : undefined;
}

/**
 * Validates any JSON value (already parsed) against {@link caseSchema}. Never throws for bad input: the answer is
 * `{ ok: false, issues }` with one entry per problem, each naming the field path and what was expected.
 */
export function parseCase(json: unknown): ParsedCase {
  const fast = parseCaseFast(json);
  if (fast !== undefined) return { ok: true, case: fast };
  const result = caseSchema.safeParse(json);
  return result.success ? { ok: true, case: result.data } : { ok: false, issues: toIssues(result.error) };
}

/**
 * The case (case-format.md), strict: unknown keys are errors, every date must exist on the calendar, and the rules
 * across fields hold. Absent and `null` both mean "not happened / not known yet".
 */
export const caseSchema = caseShape.superRefine((c, ctx) => {
  for (const { path, en, vi } of crossFieldIssues(c)) {
    EXPECTED_VI[en] = vi;
    ctx.addIssue({ code: 'custom', path, message: en });
  }
});
