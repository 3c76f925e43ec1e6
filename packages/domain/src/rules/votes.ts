/**
 * Cell votes: O-04 (a cell needs 3 official members to act) and T-02..T-04 (at least 2/3 of the counted official
 * members in favour, counted against the denominator of point 9.3.2, not against attendance).
 */
import { formatDateVi } from '../locale/date-vi.js';
import { check, fractionText } from './messages.js';
import type { Fraction, RuleSet } from './rule-sets.js';
import type { CaseStep, Check } from './types.js';

/** A vote as the case records it; `null` counts are not known yet. */
export interface VoteRecord {
  date?: string | null;
  officialMembers?: number | null;
  notCounted?: number | null;
  inFavour?: number | null;
}

/**
 * The least number of votes in favour that reaches `threshold` of `counted` members: the least k with
 * `k × denominator ≥ numerator × counted` (2/3 of 20 → 14; of 0 → 0). `counted` is a whole number ≥ 0.
 */
export function requiredVotes(counted: number, threshold: Fraction): number {
  return Math.ceil((threshold.numerator * counted) / threshold.denominator);
}

/**
 * True when a cell vote carries: the cell has at least `minOfficialMembers` official members (O-04), at least one
 * member is counted, and `inFavour × 3 ≥ 2 × (officialMembers − notCounted)` (exact integer comparison, T-04).
 */
export function votePasses(
  vote: { officialMembers: number; notCounted: number; inFavour: number },
  rules: Pick<RuleSet['numbers'], 'voteThreshold' | 'minOfficialMembers'>,
): boolean {
  const counted = vote.officialMembers - vote.notCounted;
  const { numerator, denominator } = rules.voteThreshold.value;
  return (
    vote.officialMembers >= rules.minOfficialMembers.value &&
    counted >= 1 &&
    vote.inFavour * denominator >= numerator * counted
  );
}

/** Which vote a check is about: the cell's admission vote or its recognition vote. */
export type VoteStage = 'admission' | 'recognition';

/** The step of the case each vote is. */
const STEP: Record<VoteStage, CaseStep> = { admission: 'cell-vote', recognition: 'recognition-vote' };

const STAGE = {
  admission: { vi: 'đề nghị kết nạp', en: 'admission' },
  recognition: { vi: 'đề nghị công nhận đảng viên chính thức', en: 'recognition' },
} as const;

/** O-04 and T-02 on one vote, judged by `ruleSet` (the set in force on the vote's date). */
export function checkVote(vote: VoteRecord | null | undefined, stage: VoteStage, ruleSet: RuleSet): Check[] {
  const { minOfficialMembers, voteThreshold } = ruleSet.numbers;
  const s = STAGE[stage];
  const step = STEP[stage];
  const share = fractionText(voteThreshold.value);
  const date = vote?.date ?? null;
  const official = vote?.officialMembers ?? null;
  const inFavour = vote?.inFavour ?? null;
  if (date === null || official === null || inFavour === null) {
    const vi =
      date === null
        ? `Chi bộ chưa họp biểu quyết ${s.vi}.`
        : `Chưa ghi đủ số liệu biểu quyết ${s.vi} (số đảng viên chính thức, số tán thành).`;
    const en =
      date === null
        ? `The cell has not voted on ${s.en} yet.`
        : `The ${s.en} vote's counts are not recorded.`;
    return [
      check('O-04', 'pending', minOfficialMembers.citation, vi, en, { stage }, step),
      check('T-02', 'pending', voteThreshold.citation, vi, en, { stage }, step),
    ];
  }
  const notCounted = vote?.notCounted ?? 0;
  const counted = official - notCounted;
  const required = requiredVotes(counted, voteThreshold.value);
  const details = { stage, date, officialMembers: official, notCounted, counted, inFavour, required };
  const on = formatDateVi(date);
  if (official < minOfficialMembers.value) {
    const vi = `Chi bộ chỉ có ${official} đảng viên chính thức (cần ít nhất ${minOfficialMembers.value}), không đủ tư cách biểu quyết ${s.vi}. Cấp ủy cấp trên cần củng cố, bổ sung đảng viên hoặc ghép chi bộ.`;
    const en = `The cell has only ${official} official members (at least ${minOfficialMembers.value} needed) and cannot vote on ${s.en}. The superior committee must reinforce or merge the cell.`;
    return [
      check('O-04', 'fail', minOfficialMembers.citation, vi, en, details, step),
      check('T-02', 'fail', voteThreshold.citation, vi, en, details, step),
    ];
  }
  const o04 = check(
    'O-04',
    'pass',
    minOfficialMembers.citation,
    `Chi bộ có ${official} đảng viên chính thức, đủ tư cách biểu quyết.`,
    `The cell has ${official} official members and may vote.`,
    details,
    step,
  );
  const passes = votePasses({ officialMembers: official, notCounted, inFavour }, ruleSet.numbers);
  const t02 = passes
    ? check(
        'T-02',
        'pass',
        voteThreshold.citation,
        `Nghị quyết ${s.vi} ngày ${on} đạt: ${inFavour}/${counted} đảng viên chính thức được tính tán thành (cần ít nhất ${required}, tức ${share}).`,
        `The ${s.en} vote on ${on} carried: ${inFavour} of ${counted} counted official members in favour (${required} needed, ${share}).`,
        details,
        step,
      )
    : check(
        'T-02',
        'fail',
        voteThreshold.citation,
        counted < 1
          ? `Biểu quyết ngày ${on} không hợp lệ: không còn đảng viên chính thức nào được tính. Cần họp lại.`
          : `Nghị quyết ${s.vi} ngày ${on} không đạt: chỉ ${inFavour}/${counted} đảng viên chính thức được tính tán thành, cần ít nhất ${required} (${share} tổng số đảng viên chính thức, không tính theo số có mặt). Vẫn phải báo cáo kết quả lên cấp trên.`,
        counted < 1
          ? `The vote on ${on} is void: no official member is counted. Meet again.`
          : `The ${s.en} vote on ${on} did not carry: ${inFavour} of ${counted} counted official members in favour, ${required} needed (${share} of all counted official members, not of those present). Still report the result upward.`,
        details,
        step,
      );
  return [o04, t02];
}
