/**
 * The interchange format of case-format.md as a strict zod schema, and `parseCase`, which turns any JSON value into
 * either a case or a list of issues naming the field and what was expected there (for people, in vi and en).
 */
import { z } from 'zod';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from '../calendar/index.js';
import { isIsoDate } from '../date.js';
import { educationLevels, leavingReasons } from './vocabulary.js';

export { type EducationLevel, educationLevels, leavingReasons } from './vocabulary.js';

/** What a field should have held, in English (the key) and Vietnamese. */
export const EXPECTED_VI: Record<string, string> = {};

/** A zod error callback that answers `en` (and registers its `vi`) for a wrong type or value at this schema. */
function expecting(en: string, vi: string) {
  EXPECTED_VI[en] = vi;
  return { error: (issue: { code: string }) => (issue.code === 'unrecognized_keys' ? undefined : en) };
}

// Deadlines add up to 12 months and 90 working days to a step: keep two years inside the working calendar.
const FIRST_DATE = `${FIRST_CALENDAR_YEAR}-01-01`;
const LAST_DATE = `${LAST_CALENDAR_YEAR - 2}-12-31`;
export const inRange = (value: string) => isIsoDate(value) && value >= FIRST_DATE && value <= LAST_DATE;
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
export const caseShape = object({
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
    // E-14: a religious dignitary, office-holder or clergy member (chức sắc, chức việc, nhà tu hành).
    religiousDignitary: flag,
    // I-08: the day the cell put the person on its sympathiser list.
    sympathiserSince: dateOrNull,
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
  // D-V2 and V-07: the dates of the dossier's papers and of the background verification.
  dossier: object({
    backgroundCertifiedOn: dateOrNull,
    oldestPaperOn: dateOrNull,
    verificationRequestedOn: dateOrNull,
    verificationAnsweredOn: dateOrNull,
  }).nullish(),
  // religiousApproval (E-14): the competent committee's special approval for a religious dignitary.
  consents: object({ provincialStandingCommittee: dateOrNull, religiousApproval: dateOrNull }).nullish(),
  cellVote: vote,
  decision: object({
    date: dateOrNull,
    receivedOn: dateOrNull,
    extendedWorkingDays: countOrNull,
    // T-07: the standing committee's vote on the decision (its members, those in favour).
    standingCommittee: object({ members: countOrNull, inFavour: countOrNull }).nullish(),
  }).nullish(),
  ceremony: object({
    date: dateOrNull,
    superiorConsentOn: dateOrNull,
    // D-H8: the day the new member's Party-member record was completed.
    memberRecordCompletedOn: dateOrNull,
  }).nullish(),
  recognitionVote: vote,
  recognitionDecision: object({ date: dateOrNull, extendedWorkingDays: countOrNull }).nullish(),
});

/** A case as `evaluateCase` takes it: exactly the JSON of case-format.md. */
export type Case = z.infer<typeof caseShape>;
