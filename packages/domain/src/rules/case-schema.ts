/**
 * The interchange format of case-format.md as a strict zod schema, and `parseCase`, which turns any JSON value into
 * either a case or a list of issues naming the field and what was expected there (for people, in vi and en).
 */
import { z } from 'zod';
import type { Bilingual } from '../calendar/index.js';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from '../calendar/index.js';
import { compareDates, isIsoDate } from '../date.js';
import { earliestJudgeableDate } from './rule-sets.js';

/** What a field should have held, in English (the key) and Vietnamese. */
const EXPECTED_VI: Record<string, string> = {};

/** A zod error callback that answers `en` (and registers its `vi`) for a wrong type or value at this schema. */
function expecting(en: string, vi: string) {
  EXPECTED_VI[en] = vi;
  return { error: (issue: { code: string }) => (issue.code === 'unrecognized_keys' ? undefined : en) };
}

// Deadlines add up to 12 months and 90 working days to a step: keep two years inside the working calendar.
const FIRST_DATE = `${FIRST_CALENDAR_YEAR}-01-01`;
const LAST_DATE = `${LAST_CALENDAR_YEAR - 2}-12-31`;
const inRange = (value: string) => isIsoDate(value) && value >= FIRST_DATE && value <= LAST_DATE;
const IN_RANGE_EN = `a date from ${FIRST_DATE} to ${LAST_DATE}`;
EXPECTED_VI[IN_RANGE_EN] = `một ngày từ ${FIRST_DATE} đến ${LAST_DATE}`;

/** A date field: a real calendar date within the years the working calendar covers. */
function date(en: string, vi: string) {
  const expected = expecting(en, vi);
  return z.string(expected).refine(inRange, {
    error: (issue) => (isIsoDate(issue.input) ? IN_RANGE_EN : en),
  });
}
const dateRequired = date('a calendar date YYYY-MM-DD', 'một ngày có thật, viết YYYY-MM-DD');
const dateOrNull = date(
  'a calendar date YYYY-MM-DD or null',
  'một ngày có thật (YYYY-MM-DD) hoặc null',
).nullish();
const aList = expecting('a list', 'một danh sách');
const flag = z.boolean(expecting('true or false', 'true hoặc false')).optional();
const aCount = expecting('a whole number >= 0 or null', 'một số nguyên không âm hoặc null');
const countOrNull = z.int(aCount).min(0, aCount).nullish();

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const list = values.join(' | ');
  return z.enum(values, expecting(`one of ${list}`, `một trong các giá trị ${list}`));
}

function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, expecting('an object', 'một đối tượng {…}'));
}

/** Education levels, lowest first (case-format.md `candidate.education`). */
export const educationLevels = [
  'none',
  'literate',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'vocational',
  'college',
  'university',
  'postgraduate',
] as const;

/** A candidate's highest recorded education. */
export type EducationLevel = (typeof educationLevels)[number];

/** Why a former member left (case-format.md `formerMember.reason`). */
export const leavingReasons = [
  'struck-off',
  'resigned',
  'resigned-family-hardship',
  'abandoned',
  'disunity',
  'expelled',
  'convicted-corruption',
  'convicted-serious',
  'convicted-minor',
] as const;

const vote = object({
  date: dateOrNull,
  officialMembers: countOrNull,
  notCounted: countOrNull,
  inFavour: countOrNull,
}).nullish();

const memberIntroducer = object({
  kind: z.literal('member'),
  officialSince: dateOrNull,
  together: z
    .array(
      object({ from: dateRequired, to: dateOrNull, relation: oneOf(['work', 'study', 'residence']) }),
      aList,
    )
    .optional(),
  replacement: flag,
});

const unionIntroducer = object({
  kind: z.enum(['youth-union', 'trade-union']),
  resolutionDate: dateOrNull,
});

/**
 * The case (case-format.md), strict: unknown keys are errors and every date must exist on the calendar. Absent and
 * `null` both mean "not happened / not known yet".
 */
export const caseSchema = object({
  asOf: dateRequired,
  candidate: object({
    birthDate: dateOrNull,
    education: oneOf(educationLevels).nullish(),
    hardshipArea: flag,
    communityElder: flag,
    youthUnionMember: flag,
    tradeUnionMember: flag,
    formerMember: object({
      leftOn: dateRequired,
      reason: oneOf(leavingReasons),
      recordExpungedOn: dateOrNull,
      readmittedBefore: flag,
    }).nullish(),
  }),
  unit: object({ youthUnionPresent: flag, tradeUnionPresent: flag }).nullish(),
  certificate: object({ issuedOn: dateOrNull }).nullish(),
  introducers: z
    .array(
      z.discriminatedUnion(
        'kind',
        [memberIntroducer, unionIntroducer],
        expecting(
          'an introducer with kind "member", "youth-union" or "trade-union"',
          'một người giới thiệu có kind là "member", "youth-union" hoặc "trade-union"',
        ),
      ),
      aList,
    )
    .optional(),
  consents: object({ provincialStandingCommittee: dateOrNull }).nullish(),
  cellVote: vote,
  decision: object({
    date: dateOrNull,
    receivedOn: dateOrNull,
    extendedWorkingDays: countOrNull,
  }).nullish(),
  ceremony: object({ date: dateOrNull }).nullish(),
  recognitionVote: vote,
  recognitionDecision: object({ date: dateOrNull }).nullish(),
}).superRefine((c, ctx) => {
  const issue = (path: (string | number)[], en: string, vi: string) => {
    EXPECTED_VI[en] = vi;
    ctx.addIssue({ code: 'custom', path, message: en });
  };
  const judgeable = (path: string[], date: string | null | undefined) => {
    if (date && compareDates(date, earliestJudgeableDate) < 0)
      issue(
        path,
        `a date on or after ${earliestJudgeableDate} (the oldest rule set this engine holds)`,
        `một ngày từ ${earliestJudgeableDate} trở đi (bộ quy định cũ nhất mà hệ thống có)`,
      );
  };
  // Every step is judged by the rule set of its date, so none may precede the oldest set.
  judgeable(['asOf'], c.asOf);
  judgeable(['cellVote', 'date'], c.cellVote?.date);
  judgeable(['decision', 'date'], c.decision?.date);
  judgeable(['decision', 'receivedOn'], c.decision?.receivedOn);
  judgeable(['ceremony', 'date'], c.ceremony?.date);
  judgeable(['recognitionVote', 'date'], c.recognitionVote?.date);
  judgeable(['recognitionDecision', 'date'], c.recognitionDecision?.date);
  for (const key of ['cellVote', 'recognitionVote'] as const) {
    const v = c[key];
    if (!v || v.officialMembers == null) continue;
    const counted = v.officialMembers - (v.notCounted ?? 0);
    if (counted < 0) issue([key, 'notCounted'], 'at most officialMembers', 'không lớn hơn officialMembers');
    else if (v.inFavour != null && v.inFavour > counted)
      issue(
        [key, 'inFavour'],
        'at most officialMembers - notCounted',
        'không lớn hơn officialMembers - notCounted (số đảng viên được tính)',
      );
  }
  c.introducers?.forEach((intro, i) => {
    if (intro.kind !== 'member') return;
    intro.together?.forEach((t, j) => {
      if (t.to && compareDates(t.to, t.from) < 0)
        issue(
          ['introducers', i, 'together', j, 'to'],
          'a date on or after from',
          'một ngày không trước from',
        );
    });
  });
});

/** A case as `evaluateCase` takes it: exactly the JSON of case-format.md. */
export type Case = z.infer<typeof caseSchema>;

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

/**
 * Validates any JSON value (already parsed) against {@link caseSchema}. Never throws for bad input: the answer is
 * `{ ok: false, issues }` with one entry per problem, each naming the field path and what was expected.
 */
export function parseCase(json: unknown): ParsedCase {
  const result = caseSchema.safeParse(json);
  return result.success ? { ok: true, case: result.data } : { ok: false, issues: toIssues(result.error) };
}
