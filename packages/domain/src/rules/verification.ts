/**
 * Background verification (thẩm tra lý lịch) tracked one request per person: V-02 names who is verified (the
 * candidate always), V-05 lets the cell vote only once every request sent is answered, and V-07's configurable
 * working days say when the asked organisation is late and a reminder is due. A side exempted under V-04 is recorded
 * with the committee's reason and needs no request (the Party membership it rests on is not held as a fact).
 */
import type { Bilingual, WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { foldVi } from '../locale/search-vi.js';
import { ruleEntry } from './catalogue.js';
import { deadlineStatus } from './deadline-status.js';
import { check } from './messages.js';
import type { Check, DeadlineStatus } from './types.js';

/** V-02: the persons verified (người thân): parents-in-law or the person who raised the candidate, adult children. */
export const verifiedRelations = [
  'candidate',
  'father',
  'mother',
  'guardian',
  'father-in-law',
  'mother-in-law',
  'spouse',
  'child',
] as const;
export type VerifiedRelation = (typeof verifiedRelations)[number];

export const verifiedRelationLabels: Readonly<Record<VerifiedRelation, Bilingual>> = {
  candidate: { vi: 'Người vào Đảng', en: 'The candidate' },
  father: { vi: 'Cha đẻ', en: 'Father' },
  mother: { vi: 'Mẹ đẻ', en: 'Mother' },
  guardian: { vi: 'Người trực tiếp nuôi dưỡng', en: 'Person who raised the candidate' },
  'father-in-law': { vi: 'Cha vợ/chồng', en: 'Father-in-law' },
  'mother-in-law': { vi: 'Mẹ vợ/chồng', en: 'Mother-in-law' },
  spouse: { vi: 'Vợ/chồng', en: 'Spouse' },
  child: { vi: 'Con đẻ (đủ năng lực hành vi dân sự)', en: 'Adult child' },
};

/** The answer of the asked organisation; `no-answer` closes a request the organisation never answered. */
export const verificationAnswers = ['clear', 'concerns', 'no-answer'] as const;
export type VerificationAnswer = (typeof verificationAnswers)[number];

export const verificationAnswerLabels: Readonly<Record<VerificationAnswer, Bilingual>> = {
  clear: { vi: 'Không có vấn đề', en: 'Clear' },
  concerns: { vi: 'Có vấn đề cần làm rõ', en: 'Concerns' },
  'no-answer': { vi: 'Không trả lời', en: 'No answer' },
};

/** One person's verification as the rules read it. `sentOn` is null for a side exempted under V-04. */
export interface VerificationFacts {
  relation: VerifiedRelation;
  personName: string;
  sentOn: IsoDate | null;
  answeredOn: IsoDate | null;
  answer: VerificationAnswer | null;
  exemptReason: string | null;
}

/** A request still waiting for its answer: sent, not answered, not exempted. */
export const isOpenVerification = (v: VerificationFacts): boolean =>
  v.exemptReason === null && v.answeredOn === null;

/** Relations a person holds alone (one father, one spouse…): a second request for them is the same person. */
const SINGLE: ReadonlySet<VerifiedRelation> = new Set(verifiedRelations.filter((r) => r !== 'child'));

/**
 * V-02 "one request per person": the existing request `adding` would repeat: the same relation, and for children
 * (several may be verified) the same name, diacritics and case aside.
 */
export function sameVerifiedPerson(
  existing: readonly Pick<VerificationFacts, 'relation' | 'personName'>[],
  adding: Pick<VerificationFacts, 'relation' | 'personName'>,
): boolean {
  return existing.some(
    (v) =>
      v.relation === adding.relation &&
      (SINGLE.has(adding.relation) || foldVi(v.personName) === foldVi(adding.personName)),
  );
}

const citation = (id: string) => ruleEntry(id)?.citation ?? '—';

/**
 * V-02 and V-05 on the requests the cell tracks: V-02 `pass` once the candidate is verified or the candidate's side
 * exempted, `pending` before; V-05 `pending` while any request sent is unanswered (the cell may not vote yet),
 * `pass` once all are answered (`details.concerns` counts the answers with concerns, which the committee weighs
 * under E-11; `details.noAnswer` those closed without an answer). No requests tracked: nothing to judge here (the
 * pipeline's own steps then carry V-05).
 */
export function checkVerifications(requests: readonly VerificationFacts[]): Check[] {
  if (requests.length === 0) return [];
  const candidate = requests.some((v) => v.relation === 'candidate');
  const v02 = candidate
    ? check(
        'V-02',
        'pass',
        citation('V-02'),
        'Đã đề nghị thẩm tra (hoặc miễn thẩm tra) người vào Đảng.',
        'The candidate is being verified (or exempted).',
      )
    : check(
        'V-02',
        'pending',
        citation('V-02'),
        'Chưa đề nghị thẩm tra chính người vào Đảng: lập yêu cầu thẩm tra cho người vào Đảng, hoặc ghi lý do miễn thẩm tra.',
        'No request verifies the candidate: add one, or record the exemption and its reason.',
        { missing: ['candidate'] },
      );
  const open = requests.filter(isOpenVerification);
  const v05 =
    open.length > 0
      ? check(
          'V-05',
          'pending',
          citation('V-05'),
          `Còn ${open.length} yêu cầu thẩm tra chưa có kết quả (${open.map((v) => verifiedRelationLabels[v.relation].vi.toLowerCase()).join(', ')}): chi bộ chỉ xét kết nạp sau khi có kết quả thẩm tra.`,
          `${open.length} verification request(s) unanswered: the cell votes only once every result is in.`,
          { open: open.length },
        )
      : check(
          'V-05',
          'pass',
          citation('V-05'),
          'Các yêu cầu thẩm tra đều đã có kết quả.',
          'Every verification request is answered.',
          {
            concerns: requests.filter((v) => v.answer === 'concerns').length,
            noAnswer: requests.filter((v) => v.answer === 'no-answer').length,
          },
        );
  return [v02, v05];
}

/** The checks of {@link checkVerifications} that stop the cell vote (all but `pass`). */
export function verificationRefusals(requests: readonly VerificationFacts[]): Check[] {
  return checkVerifications(requests).filter((c) => c.status !== 'pass');
}

/** V-07 on one request: its answer's due day and whether the answer came (or is) late; `remindOn` the day after. */
export interface VerificationDeadline {
  due: IsoDate;
  status: DeadlineStatus;
  /** The first working day after `due`: from then on the organisation is reminded. */
  remindOn: IsoDate;
}

/**
 * V-07: the asked organisation answers within `workingDays` working days of `sentOn` (day `sentOn` not counted,
 * L-00's convention); null for an exempted side. `open` on or before the due day, `overdue` after it while
 * unanswered (a reminder is due), `met`/`missed` once answered.
 */
export function verificationDeadline(
  v: VerificationFacts,
  workingDays: number,
  asOf: IsoDate,
  calendar: WorkingCalendar,
): VerificationDeadline | null {
  if (v.sentOn === null || v.exemptReason !== null) return null;
  const due = calendar.addWorkingDays(v.sentOn, workingDays);
  return { due, status: deadlineStatus(due, v.answeredOn, asOf), remindOn: calendar.nextWorkingDay(due) };
}

/**
 * Why a request may not be sent on `sentOn`: after today, or before the person entered the pool (the dossier
 * starts there). Null when the day is possible.
 */
export function sentDayProblem(sentOn: IsoDate, enteredPoolOn: IsoDate, today: IsoDate): Bilingual | null {
  if (sentOn > today)
    return {
      vi: `Ngày gửi ${formatDateVi(sentOn)} chưa đến: chỉ ghi công văn đã gửi.`,
      en: `${formatDateVi(sentOn)} is in the future.`,
    };
  if (sentOn < enteredPoolOn)
    return {
      vi: `Ngày gửi ${formatDateVi(sentOn)} trước ngày vào nguồn (${formatDateVi(enteredPoolOn)}): kiểm tra lại ngày.`,
      en: `${formatDateVi(sentOn)} is before the candidate entered the pool.`,
    };
  return null;
}

/** Why an answer may not be dated `answeredOn`: before the request was sent, or after today. Null when possible. */
export function answerDayProblem(sentOn: IsoDate, answeredOn: IsoDate, today: IsoDate): Bilingual | null {
  if (answeredOn > today)
    return {
      vi: `Ngày trả lời ${formatDateVi(answeredOn)} chưa đến.`,
      en: `${formatDateVi(answeredOn)} is in the future.`,
    };
  if (answeredOn < sentOn)
    return {
      vi: `Ngày trả lời ${formatDateVi(answeredOn)} trước ngày gửi công văn (${formatDateVi(sentOn)}).`,
      en: `${formatDateVi(answeredOn)} is before the request was sent.`,
    };
  return null;
}
