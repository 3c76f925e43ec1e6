/**
 * The lawful order of the steps after the cell vote, judged in one place for the rules engine and the pipeline
 * (case-format.md: "steps out of the lawful order are judged, not refused"): the admission decision follows a
 * carried cell vote (L-01), the ceremony follows the cell's receipt of the decision (L-03), the recognition vote
 * comes once probation has ended (L-10), the recognition decision follows a carried recognition vote (L-11).
 * `evaluateCase` reports each as a check of its step; the pipeline's `transition` refuses a step whose check says
 * it is out of order, with the same rule and message. A step out of order does not count for its deadline, and no
 * date follows from it ({@link lawfulSteps}); nor from a decision that is void because its own checks failed (T-07:
 * the standing committee's vote did not carry; E-14: a religious dignitary without special approval).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import type { Case } from './case-schema.js';
import { check, combineStatuses, fractionText } from './messages.js';
import { religiousApprovalStatus } from './religious.js';
import { type RuleSet, ruleSetOn } from './rule-sets.js';
import { defaultSettings, type RuleSettings } from './settings.js';
import { standingCommitteeFailed } from './standing-committee.js';
import type { CaseStep, Check, CheckStatus } from './types.js';
import { type VoteRecord, votePasses } from './votes.js';

/**
 * The last day of "within `n` working days of `start`": the `n`-th working day after `start`, `start` not counted
 * (a step on that day is in time, the next day is late).
 */
export function withinWorkingDays(calendar: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  return calendar.addWorkingDays(start, n);
}

/** L-05: the day probation ends, `ceremony + probationMonths` calendar months (29 Feb + 12 months → 28 Feb). */
export function probationEnd(ceremony: IsoDate): IsoDate {
  return addMonths(ceremony, ruleSetOn(ceremony).numbers.probationMonths.value);
}

/** A vote whose counts are recorded and do not reach the threshold (O-04, T-02) of the set of its day. */
function evidentlyFailed(vote: VoteRecord | null | undefined): boolean {
  const date = vote?.date ?? null;
  if (date === null || vote?.officialMembers == null || vote.inFavour == null) return false;
  return !votePasses(
    { officialMembers: vote.officialMembers, notCounted: vote.notCounted ?? 0, inFavour: vote.inFavour },
    ruleSetOn(date).numbers,
  );
}

/** A vote that happened and did not evidently fail (counts not recorded yet count as carried): its date. */
function carried(vote: VoteRecord | null | undefined): IsoDate | null {
  const date = vote?.date ?? null;
  return date !== null && !evidentlyFailed(vote) ? date : null;
}

/** Why a recorded step is out of order, or null when it is in order (or not recorded). */
type Broken =
  | 'no-vote'
  | 'before-vote'
  | 'vote-failed'
  | 'no-decision'
  | 'decision-void'
  | 'before-decision'
  | 'receipt-before-decision'
  | 'not-received'
  | 'before-receipt'
  | 'no-ceremony'
  | 'before-probation-end'
  | null;

const before = (a: IsoDate, b: IsoDate) => compareDates(a, b) < 0;

function decisionBroken(c: Case): Broken {
  const date = c.decision?.date ?? null;
  if (date === null) return null;
  const vote = c.cellVote?.date ?? null;
  if (vote === null) return 'no-vote';
  if (before(date, vote)) return 'before-vote';
  return evidentlyFailed(c.cellVote) ? 'vote-failed' : null;
}

/** A signed decision that does not stand on its own checks: T-07's vote did not carry, or E-14 failed. */
export function decisionVoid(c: Case, settings: RuleSettings = defaultSettings): boolean {
  if (c.decision?.date == null) return false;
  return (
    standingCommitteeFailed(c, settings.standingCommitteeThreshold) || religiousApprovalStatus(c) === 'fail'
  );
}

function ceremonyBroken(c: Case, settings: RuleSettings): Broken {
  const decision = c.decision?.date ?? null;
  const received = c.decision?.receivedOn ?? null;
  if (decision !== null && received !== null && before(received, decision)) return 'receipt-before-decision';
  const date = c.ceremony?.date ?? null;
  if (date === null) return null;
  if (decision === null) return 'no-decision';
  if (decisionVoid(c, settings)) return 'decision-void';
  if (before(date, decision)) return 'before-decision';
  if (received === null) return 'not-received';
  return before(date, received) ? 'before-receipt' : null;
}

function recognitionVoteBroken(c: Case): Broken {
  const date = c.recognitionVote?.date ?? null;
  if (date === null) return null;
  const ceremony = c.ceremony?.date ?? null;
  if (ceremony === null) return 'no-ceremony';
  return before(date, probationEnd(ceremony)) ? 'before-probation-end' : null;
}

function recognitionDecisionBroken(c: Case): Broken {
  const date = c.recognitionDecision?.date ?? null;
  if (date === null) return null;
  const vote = c.recognitionVote?.date ?? null;
  if (vote === null) return 'no-vote';
  if (before(date, vote)) return 'before-vote';
  return evidentlyFailed(c.recognitionVote) ? 'vote-failed' : null;
}

/** The steps of a case that stand, each only when taken in the lawful order after the one before it stood. */
export interface LawfulSteps {
  /** The cell vote's date when it carried (or its counts are not recorded yet). */
  cellVote: IsoDate | null;
  /** The decision's date when it follows that vote. */
  decision: IsoDate | null;
  /** The cell's receipt of that decision, on or after it: L-03's clock starts here. */
  received: IsoDate | null;
  /** The ceremony's date when held after that receipt. */
  ceremony: IsoDate | null;
  /** L-05: that ceremony + the probation months. */
  probationEnds: IsoDate | null;
  /** The recognition vote's date when held once probation ended (carried or not: L-10's step happened). */
  recognitionVoteHeld: IsoDate | null;
  /** The same when it also carried: L-11's clock starts here. */
  recognitionVote: IsoDate | null;
  /** The recognition decision's date when it follows that carried vote. */
  recognitionDecision: IsoDate | null;
}

/** Which steps of `c` stand (see {@link LawfulSteps}) under the commune's `settings` (T-07's threshold). */
export function lawfulSteps(c: Case, settings: RuleSettings = defaultSettings): LawfulSteps {
  const cellVote = carried(c.cellVote);
  const decision =
    cellVote !== null && decisionBroken(c) === null && !decisionVoid(c, settings)
      ? (c.decision?.date ?? null)
      : null;
  const receivedOn = c.decision?.receivedOn ?? null;
  const received =
    decision !== null && receivedOn !== null && !before(receivedOn, decision) ? receivedOn : null;
  const ceremony =
    received !== null && ceremonyBroken(c, settings) === null ? (c.ceremony?.date ?? null) : null;
  const probationEnds = ceremony === null ? null : probationEnd(ceremony);
  const recognitionVoteHeld =
    probationEnds !== null && recognitionVoteBroken(c) === null ? (c.recognitionVote?.date ?? null) : null;
  const recognitionVote =
    recognitionVoteHeld !== null && !evidentlyFailed(c.recognitionVote) ? recognitionVoteHeld : null;
  const recognitionDecision =
    recognitionVote !== null && recognitionDecisionBroken(c) === null
      ? (c.recognitionDecision?.date ?? null)
      : null;
  return {
    cellVote,
    decision,
    received,
    ceremony,
    probationEnds,
    recognitionVoteHeld,
    recognitionVote,
    recognitionDecision,
  };
}

/** The set judging a step: the set of its own date once it happened, of `asOf` before. */
function setOfStep(date: IsoDate | null | undefined, c: Case): RuleSet {
  return ruleSetOn(date ?? c.asOf);
}

interface Part {
  status: CheckStatus;
  vi: string;
  en: string;
}

/** One check made of parts (the order, then an extension or a late step's consent): statuses combined. */
function fromParts(
  rule: string,
  step: CaseStep,
  citation: string,
  parts: readonly Part[],
  details: Record<string, unknown>,
): Check {
  return check(
    rule,
    combineStatuses(parts.map((p) => p.status)),
    citation,
    parts.map((p) => p.vi).join(' '),
    parts.map((p) => p.en).join(' '),
    details,
    step,
  );
}

/** An extension of a committee's clock (L-01, L-11): at most `max` working days, once. */
function extensionPart(extension: number, max: number, what: { vi: string; en: string }): Part | null {
  if (extension === 0) return null;
  if (extension <= max)
    return {
      status: 'pass',
      vi: `Thời hạn ${what.vi} được gia hạn ${extension} ngày làm việc (tối đa ${max}).`,
      en: `The ${what.en} deadline was extended by ${extension} working days (at most ${max}).`,
    };
  return {
    status: 'fail',
    vi: `Gia hạn ${extension} ngày làm việc là quá mức cho phép: chỉ được gia hạn một lần, không quá ${max} ngày làm việc (thời hạn được tính với ${max} ngày).`,
    en: `An extension of ${extension} working days exceeds the cap: one extension of at most ${max} working days (the deadline counts ${max}).`,
  };
}

const vi = formatDateVi;

/** L-01 at the decision: it follows a carried cell vote, and any extension is within the cap. */
function decisionCheck(c: Case): Check {
  const set = setOfStep(c.decision?.date, c);
  const { value, citation } = set.numbers.decisionWorkingDays;
  const share = fractionText(set.numbers.voteThreshold.value);
  const date = c.decision?.date ?? null;
  const vote = c.cellVote?.date ?? null;
  const broken = decisionBroken(c);
  const extension = c.decision?.extendedWorkingDays ?? 0;
  const parts: Part[] = [];
  if (date === null)
    parts.push({
      status: 'pending',
      vi: `Chưa có quyết định kết nạp: cấp ủy có thẩm quyền quyết định sau khi chi bộ có nghị quyết đề nghị kết nạp đạt ${share}.`,
      en: `No admission decision yet: the competent committee decides after the cell's resolution carries with ${share}.`,
    });
  else if (broken === 'no-vote')
    parts.push({
      status: 'fail',
      vi: `Quyết định kết nạp ngày ${vi(date)} khi chưa có nghị quyết đề nghị kết nạp của chi bộ: không thể ra quyết định kết nạp trước khi chi bộ xét.`,
      en: `The admission decision of ${vi(date)} has no cell resolution proposing admission before it: no decision may come before the cell votes.`,
    });
  else if (broken === 'before-vote' && vote !== null)
    parts.push({
      status: 'fail',
      vi: `Quyết định kết nạp ngày ${vi(date)} có trước ngày chi bộ họp xét (${vi(vote)}): quyết định phải sau nghị quyết của chi bộ.`,
      en: `The admission decision of ${vi(date)} precedes the cell vote of ${vi(vote)}: the decision must follow the cell's resolution.`,
    });
  else if (broken === 'vote-failed' && vote !== null)
    parts.push({
      status: 'fail',
      vi: `Nghị quyết đề nghị kết nạp của chi bộ ngày ${vi(vote)} không đạt ${share}: không thể ra quyết định kết nạp (quyết định ngày ${vi(date)}).`,
      en: `The cell's admission vote of ${vi(vote)} did not carry ${share}: no admission decision may follow (decision of ${vi(date)}).`,
    });
  else
    parts.push({
      status: 'pass',
      vi: `Quyết định kết nạp ngày ${vi(date)} sau nghị quyết đề nghị kết nạp của chi bộ${vote ? ` ngày ${vi(vote)}` : ''}.`,
      en: `The admission decision of ${vi(date)} follows the cell's resolution${vote ? ` of ${vi(vote)}` : ''}.`,
    });
  const ext = extensionPart(extension, value.maxExtension, {
    vi: 'ra quyết định kết nạp',
    en: 'admission decision',
  });
  if (ext) parts.push(ext);
  return fromParts('L-01', 'decision', citation, parts, {
    outOfOrder: broken !== null,
    date,
    cellVote: vote,
    extendedWorkingDays: extension,
    maxExtension: value.maxExtension,
  });
}

/**
 * L-03 at the ceremony: the decision was received on or after its date, the ceremony was held after that receipt,
 * and a ceremony later than the working days after receipt had the immediate superior's consent (on or before it;
 * the same point of the regulation states both).
 */
function ceremonyCheck(c: Case, calendar: WorkingCalendar, settings: RuleSettings): Check {
  const set = setOfStep(c.ceremony?.date, c);
  const citation = set.numbers.ceremonyWorkingDays.citation;
  const date = c.ceremony?.date ?? null;
  const decision = c.decision?.date ?? null;
  const received = c.decision?.receivedOn ?? null;
  const consent = c.ceremony?.superiorConsentOn ?? null;
  const broken = ceremonyBroken(c, settings);
  const details: Record<string, unknown> = { outOfOrder: broken !== null, date, decision, received };
  const parts: Part[] = [];
  if (broken === 'receipt-before-decision' && received !== null && decision !== null)
    parts.push({
      status: 'fail',
      vi: `Ngày chi bộ nhận quyết định (${vi(received)}) trước ngày ký quyết định kết nạp (${vi(decision)}): cần kiểm tra lại ngày nhận.`,
      en: `The cell received the decision (${vi(received)}) before it was signed (${vi(decision)}): check the receipt date.`,
    });
  if (date === null) {
    parts.push({
      status: 'pending',
      vi: 'Chưa tổ chức lễ kết nạp.',
      en: 'The ceremony has not been held yet.',
    });
    return fromParts('L-03', 'ceremony', citation, parts, details);
  }
  if (broken === 'no-decision')
    parts.push({
      status: 'fail',
      vi: `Lễ kết nạp ngày ${vi(date)} khi chưa có quyết định kết nạp: lễ kết nạp chỉ tổ chức sau khi có quyết định và chi bộ đã nhận quyết định.`,
      en: `The ceremony of ${vi(date)} has no admission decision before it: the ceremony follows the decision and its receipt.`,
    });
  else if (broken === 'decision-void' && decision !== null)
    parts.push({
      status: 'fail',
      vi: `Lễ kết nạp ngày ${vi(date)} theo quyết định kết nạp ngày ${vi(decision)} không có hiệu lực (xem T-07, E-14): cần có quyết định hợp lệ trước khi tổ chức lễ.`,
      en: `The ceremony of ${vi(date)} follows the decision of ${vi(decision)}, which does not stand (see T-07, E-14): a valid decision must come first.`,
    });
  else if (broken === 'before-decision' && decision !== null)
    parts.push({
      status: 'fail',
      vi: `Lễ kết nạp ngày ${vi(date)} trước ngày quyết định kết nạp (${vi(decision)}).`,
      en: `The ceremony of ${vi(date)} precedes the admission decision of ${vi(decision)}.`,
    });
  else if (broken === 'not-received')
    parts.push({
      status: 'fail',
      vi: 'Lễ kết nạp chỉ tổ chức sau khi chi bộ nhận được quyết định kết nạp: chưa ghi ngày chi bộ nhận quyết định.',
      en: 'The ceremony follows the cell receiving the decision: the receipt is not recorded.',
    });
  else if (broken === 'before-receipt' && received !== null)
    parts.push({
      status: 'fail',
      vi: `Lễ kết nạp ngày ${vi(date)} trước ngày chi bộ nhận quyết định kết nạp (${vi(received)}).`,
      en: `The ceremony of ${vi(date)} precedes the cell's receipt of the decision on ${vi(received)}.`,
    });
  if (broken !== null || received === null) return fromParts('L-03', 'ceremony', citation, parts, details);
  const days = ruleSetOn(received).numbers.ceremonyWorkingDays.value;
  const due = withinWorkingDays(calendar, received, days);
  details.due = due;
  details.superiorConsentOn = consent;
  const late = before(due, date);
  details.late = late;
  if (!late)
    parts.push({
      status: 'pass',
      vi: `Lễ kết nạp ngày ${vi(date)} sau khi chi bộ nhận quyết định (${vi(received)}), trong ${days} ngày làm việc.`,
      en: `The ceremony of ${vi(date)} followed the receipt of ${vi(received)}, within ${days} working days.`,
    });
  else if (consent !== null && !before(date, consent))
    parts.push({
      status: 'pass',
      vi: `Lễ kết nạp ngày ${vi(date)} quá ${days} ngày làm việc kể từ ngày nhận quyết định (hạn cuối ${vi(due)}), đã được cấp ủy cấp trên trực tiếp đồng ý ngày ${vi(consent)}.`,
      en: `The ceremony of ${vi(date)} was later than ${days} working days after receipt (due ${vi(due)}), with the immediate superior committee's consent of ${vi(consent)}.`,
    });
  else
    parts.push({
      status: 'fail',
      vi: `Lễ kết nạp ngày ${vi(date)} quá ${days} ngày làm việc kể từ ngày nhận quyết định (hạn cuối ${vi(due)}) mà ${consent === null ? 'chưa có' : `văn bản ngày ${vi(consent)} không có trước lễ, không phải là`} sự đồng ý của cấp ủy cấp trên trực tiếp. Chi bộ phải báo cáo và được cấp ủy cấp trên trực tiếp đồng ý.`,
      en: `The ceremony of ${vi(date)} was later than ${days} working days after receipt (due ${vi(due)}) ${consent === null ? 'without' : `and the consent of ${vi(consent)} came after it, not before: without`} the immediate superior committee's consent. The cell must report and obtain it.`,
    });
  return fromParts('L-03', 'ceremony', citation, parts, details);
}

/** L-10 at the recognition vote: held once the probation of a held ceremony has ended. */
function recognitionVoteCheck(c: Case, lawful: LawfulSteps): Check {
  const set = setOfStep(c.recognitionVote?.date, c);
  const { citation } = set.numbers.recognitionVoteWorkingDays;
  const months = set.numbers.probationMonths.value;
  const date = c.recognitionVote?.date ?? null;
  const ceremony = c.ceremony?.date ?? null;
  const ends = ceremony === null ? null : probationEnd(ceremony);
  const broken = recognitionVoteBroken(c);
  const details: Record<string, unknown> = { outOfOrder: broken !== null, date, probationEnds: ends };
  if (date === null) {
    const earliest = lawful.probationEnds;
    return check(
      'L-10',
      'pending',
      citation,
      earliest
        ? `Chi bộ xét công nhận đảng viên chính thức từ ngày hết ${months} tháng dự bị (${vi(earliest)}).`
        : 'Chưa bắt đầu thời kỳ dự bị: chưa xét công nhận đảng viên chính thức.',
      earliest
        ? `The cell considers recognition from the day the ${months} months of probation end (${vi(earliest)}).`
        : 'Probation has not started: recognition is not due yet.',
      earliest ? { ...details, earliest } : details,
      'recognition-vote',
    );
  }
  if (broken === 'no-ceremony')
    return check(
      'L-10',
      'fail',
      citation,
      `Chi bộ biểu quyết công nhận chính thức ngày ${vi(date)} khi chưa có lễ kết nạp (thời kỳ dự bị chưa bắt đầu).`,
      `The recognition vote of ${vi(date)} has no ceremony before it (probation never started).`,
      details,
      'recognition-vote',
    );
  if (broken === 'before-probation-end' && ends !== null)
    return check(
      'L-10',
      'fail',
      citation,
      `Thời kỳ dự bị ${months} tháng kết thúc ngày ${vi(ends)}: chi bộ chỉ xét công nhận từ ngày đó (chi bộ đã biểu quyết ngày ${vi(date)}).`,
      `Probation of ${months} months ends on ${vi(ends)}: the cell considers recognition from that day (it voted on ${vi(date)}).`,
      details,
      'recognition-vote',
    );
  return check(
    'L-10',
    'pass',
    citation,
    `Chi bộ xét công nhận ngày ${vi(date)}, sau khi hết thời kỳ dự bị${ends ? ` (${vi(ends)})` : ''}.`,
    `The cell considered recognition on ${vi(date)}, after probation ended${ends ? ` (${vi(ends)})` : ''}.`,
    details,
    'recognition-vote',
  );
}

/** L-11 at the recognition decision: it follows a carried recognition vote, any extension within the cap. */
function recognitionDecisionCheck(c: Case): Check {
  const set = setOfStep(c.recognitionDecision?.date, c);
  const { value, citation } = set.numbers.recognitionDecisionWorkingDays;
  const share = fractionText(set.numbers.voteThreshold.value);
  const date = c.recognitionDecision?.date ?? null;
  const vote = c.recognitionVote?.date ?? null;
  const broken = recognitionDecisionBroken(c);
  const extension = c.recognitionDecision?.extendedWorkingDays ?? 0;
  const parts: Part[] = [];
  if (date === null)
    parts.push({
      status: 'pending',
      vi: 'Chưa có quyết định công nhận đảng viên chính thức.',
      en: 'No recognition decision yet.',
    });
  else if (broken === 'no-vote')
    parts.push({
      status: 'fail',
      vi: `Quyết định công nhận đảng viên chính thức ngày ${vi(date)} khi chi bộ chưa có nghị quyết đề nghị công nhận.`,
      en: `The recognition decision of ${vi(date)} has no cell resolution proposing recognition before it.`,
    });
  else if (broken === 'before-vote' && vote !== null)
    parts.push({
      status: 'fail',
      vi: `Quyết định công nhận ngày ${vi(date)} có trước ngày chi bộ biểu quyết đề nghị công nhận (${vi(vote)}).`,
      en: `The recognition decision of ${vi(date)} precedes the cell's recognition vote of ${vi(vote)}.`,
    });
  else if (broken === 'vote-failed' && vote !== null)
    parts.push({
      status: 'fail',
      vi: `Nghị quyết đề nghị công nhận của chi bộ ngày ${vi(vote)} không đạt ${share}: không thể quyết định công nhận đảng viên chính thức (quyết định ngày ${vi(date)}).`,
      en: `The cell's recognition vote of ${vi(vote)} did not carry ${share}: no recognition decision may follow (decision of ${vi(date)}).`,
    });
  else
    parts.push({
      status: 'pass',
      vi: `Quyết định công nhận ngày ${vi(date)} sau nghị quyết đề nghị công nhận của chi bộ${vote ? ` ngày ${vi(vote)}` : ''}.`,
      en: `The recognition decision of ${vi(date)} follows the cell's resolution${vote ? ` of ${vi(vote)}` : ''}.`,
    });
  const ext = extensionPart(extension, value.maxExtension, {
    vi: 'quyết định công nhận chính thức',
    en: 'recognition decision',
  });
  if (ext) parts.push(ext);
  return fromParts('L-11', 'recognition-decision', citation, parts, {
    outOfOrder: broken !== null,
    date,
    recognitionVote: vote,
    extendedWorkingDays: extension,
    maxExtension: value.maxExtension,
  });
}

/**
 * The order checks of a case, one per step after the cell vote: L-01 (decision), L-03 (ceremony), L-10
 * (recognition vote), L-11 (recognition decision). `pending` while the step has not happened; `fail` with
 * `details.outOfOrder` when it happened out of the lawful order; L-01 and L-11 also judge the recorded extension,
 * L-03 a late ceremony's consent (`details.late`).
 */
export function stepOrderChecks(
  c: Case,
  calendar: WorkingCalendar,
  settings: RuleSettings = defaultSettings,
  lawful: LawfulSteps = lawfulSteps(c, settings),
): Record<OrderedStep, Check> {
  return {
    decision: decisionCheck(c),
    ceremony: ceremonyCheck(c, calendar, settings),
    'recognition-vote': recognitionVoteCheck(c, lawful),
    'recognition-decision': recognitionDecisionCheck(c),
  };
}

/** The steps whose place in the order {@link stepOrderChecks} judges. */
export type OrderedStep = Exclude<CaseStep, 'cell-vote'>;
