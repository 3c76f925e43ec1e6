/**
 * T-07 at the decision: the commune's standing committee decides the admission, carried by the commune's threshold
 * (a setting; default "more than half", Charter Art. 9.5). A decision whose recorded vote does not carry does not
 * stand: no date follows from it (step-order.ts).
 */
import { formatDateVi } from '../locale/date-vi.js';
import type { Case } from './case-schema.js';
import { ruleEntry } from './catalogue.js';
import { check } from './messages.js';
import { citationOn } from './rule-sets.js';
import {
  type RuleSettings,
  standingCommitteeDecides,
  standingCommitteeRequired,
  thresholdText,
} from './settings.js';
import type { Check } from './types.js';

const CITATION = ruleEntry('T-07')?.citation ?? '';

/** True when the decision's standing-committee vote is recorded and does not carry under `threshold`. */
export function standingCommitteeFailed(
  c: Case,
  threshold: RuleSettings['standingCommitteeThreshold'],
): boolean {
  const vote = c.decision?.standingCommittee;
  if (c.decision?.date == null || vote?.members == null || vote.inFavour == null) return false;
  return !standingCommitteeDecides(vote.inFavour, vote.members, threshold);
}

/**
 * T-07: `pending` before the decision or while its vote is not recorded (missing data: the decision is taken to
 * stand, as a cell vote without counts is); `pass`/`fail` on the recorded counts.
 */
export function checkStandingCommittee(c: Case, settings: RuleSettings): Check {
  const threshold = settings.standingCommitteeThreshold;
  const share = thresholdText(threshold);
  const date = c.decision?.date ?? null;
  const vote = c.decision?.standingCommittee;
  const base = { threshold };
  // Cited to the regulation in force on the decision's day (as the pipeline cites T-07).
  const citation = citationOn(CITATION, date ?? c.asOf);
  const at = (status: Check['status'], vi: string, en: string, details: Record<string, unknown> = {}) =>
    check('T-07', status, citation, vi, en, { ...base, ...details }, 'decision');
  if (date === null)
    return at(
      'pending',
      `Chưa có quyết định kết nạp: Ban Thường vụ Đảng ủy quyết định khi ${share.vi} số thành viên tán thành.`,
      `No admission decision yet: the standing committee decides with ${share.en} of its members in favour.`,
    );
  if (vote?.members == null || vote.inFavour == null)
    return at(
      'pending',
      `Chưa ghi kết quả biểu quyết của Ban Thường vụ về quyết định kết nạp ngày ${formatDateVi(date)} (số thành viên, số tán thành).`,
      `The standing committee's vote on the decision of ${formatDateVi(date)} is not recorded (members, in favour).`,
    );
  const { members, inFavour } = vote;
  const required = standingCommitteeRequired(members, threshold);
  const details = { members, inFavour, required };
  if (standingCommitteeDecides(inFavour, members, threshold))
    return at(
      'pass',
      `Ban Thường vụ có ${inFavour}/${members} thành viên tán thành quyết định kết nạp (cần ${share.vi}, tức ít nhất ${required}).`,
      `${inFavour} of ${members} standing-committee members were in favour (${share.en} needed, at least ${required}).`,
      details,
    );
  return at(
    'fail',
    `Quyết định kết nạp ngày ${formatDateVi(date)} chỉ có ${inFavour}/${members} thành viên Ban Thường vụ tán thành, chưa đạt ${share.vi} (cần ít nhất ${required}): quyết định không có hiệu lực, Ban Thường vụ cần xem xét lại.`,
    `The decision of ${formatDateVi(date)} had ${inFavour} of ${members} standing-committee members in favour, short of ${share.en} (at least ${required}): it does not stand; the committee must decide again.`,
    details,
  );
}
