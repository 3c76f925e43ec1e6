/**
 * Committee votes on one candidate above the cell: T-05 (the grassroots Party committee's resolution proposing
 * admission) and T-06 (a grassroots committee authorised to admit, deciding). Both need at least 2/3 of ALL the
 * committee's members (cấp ủy viên) in favour, counted on the members, not on those present, compared exactly.
 */
import type { IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { numberInForce } from './in-force.js';
import { check } from './messages.js';
import type { Fraction, RuleSetNumbers } from './rule-sets.js';
import type { Check } from './types.js';
import { requiredVotes } from './votes.js';

/** A committee's vote on one candidate: its date, how many members the committee has, how many voted for. */
export interface CommitteeVote {
  date: IsoDate;
  members: number;
  inFavour: number;
}

/** Which committee resolved: the grassroots Party committee, or a partial committee (đảng ủy bộ phận) under it. */
export type CommitteeBody = 'partial' | 'grassroots';

/** True when `inFavour` of `members` reach `threshold`: `inFavour × denominator ≥ numerator × members`, members ≥ 1. */
export function committeeCarries(vote: { members: number; inFavour: number }, threshold: Fraction): boolean {
  return (
    vote.members >= 1 &&
    vote.inFavour <= vote.members &&
    vote.inFavour * threshold.denominator >= threshold.numerator * vote.members
  );
}

const BODY = {
  grassroots: {
    vi: 'Nghị quyết đề nghị kết nạp của đảng ủy cơ sở',
    en: "The grassroots committee's resolution",
  },
  authorised: {
    vi: 'Quyết định kết nạp của đảng ủy cơ sở được ủy quyền',
    en: "The authorised grassroots committee's admission decision",
  },
} as const;

function judge(
  rule: 'T-05' | 'T-06',
  name: keyof Pick<RuleSetNumbers, 'committeeThreshold' | 'authorisedCommitteeThreshold'>,
  vote: CommitteeVote,
  what: { vi: string; en: string },
  details: Record<string, unknown>,
): Check {
  const threshold = numberInForce(rule, name, vote.date);
  if (!threshold.ok) return threshold.check;
  const { numerator, denominator } = threshold.value;
  const share = `${numerator}/${denominator}`;
  const required = requiredVotes(vote.members, threshold.value);
  const on = formatDateVi(vote.date);
  const d = { ...details, date: vote.date, members: vote.members, inFavour: vote.inFavour, required };
  if (vote.members < 1 || vote.inFavour > vote.members)
    return check(
      rule,
      'fail',
      threshold.citation,
      `${what.vi} ngày ${on} ghi ${vote.inFavour} tán thành trên ${vote.members} cấp ủy viên: số liệu không thể có (số tán thành không vượt số cấp ủy viên, cấp ủy có ít nhất 1 người). Cần ghi lại đúng số liệu.`,
      `${what.en} on ${on} records ${vote.inFavour} in favour of ${vote.members} members, which cannot be (no more in favour than members, at least one member). Record the right counts.`,
      d,
    );
  if (committeeCarries(vote, threshold.value))
    return check(
      rule,
      'pass',
      threshold.citation,
      `${what.vi} ngày ${on} đạt: ${vote.inFavour}/${vote.members} cấp ủy viên tán thành (cần ít nhất ${required}, tức ${share} tổng số cấp ủy viên).`,
      `${what.en} on ${on} carried: ${vote.inFavour} of ${vote.members} members in favour (${required} needed, ${share} of all members).`,
      d,
    );
  return check(
    rule,
    'fail',
    threshold.citation,
    `${what.vi} ngày ${on} không đạt: chỉ ${vote.inFavour}/${vote.members} cấp ủy viên tán thành, cần ít nhất ${required} (${share} tổng số cấp ủy viên, không tính theo số có mặt).`,
    `${what.en} on ${on} did not carry: ${vote.inFavour} of ${vote.members} members in favour, ${required} needed (${share} of all members, not of those present).`,
    d,
  );
}

/**
 * T-05: the grassroots committee's resolution proposing admission carries with at least 2/3 of its members
 * (`3 × inFavour ≥ 2 × members`: 6 of 9 pass, 5 of 9 do not), judged by the rule set of its date. A partial
 * committee (đảng ủy bộ phận) sends an appraisal (D-08, form 7-KNĐ) for which no text sets a threshold: it is
 * `not-applicable`, unless its counts are impossible (no member, more in favour than members), which `fail` for
 * either body. The pipeline calls this on the `committee-resolution` step and refuses the step when it fails.
 */
export function checkCommitteeResolution(vote: CommitteeVote & { body: CommitteeBody }): Check {
  const details = { body: vote.body };
  if (vote.body === 'partial' && vote.members >= 1 && vote.inFavour <= vote.members) {
    const threshold = numberInForce('T-05', 'committeeThreshold', vote.date);
    return check(
      'T-05',
      'not-applicable',
      threshold.ok ? threshold.citation : threshold.check.citation,
      'Báo cáo thẩm định của đảng ủy bộ phận (Mẫu 7-KNĐ): không có văn bản quy định tỷ lệ tán thành; ngưỡng 2/3 áp dụng cho nghị quyết của đảng ủy cơ sở.',
      "The partial committee's appraisal (form 7-KNĐ): no text sets a threshold; the 2/3 rule applies to the grassroots committee's resolution.",
      { ...details, date: vote.date, members: vote.members, inFavour: vote.inFavour },
    );
  }
  const what =
    vote.body === 'partial'
      ? { vi: 'Báo cáo thẩm định của đảng ủy bộ phận', en: "The partial committee's appraisal" }
      : BODY.grassroots;
  return judge('T-05', 'committeeThreshold', vote, what, details);
}

/**
 * T-06: a grassroots committee authorised to admit decides with at least 2/3 of ALL its members in favour (06-HD/TW
 * 2025 point 3.7.a), judged by the rule set of the decision's date. The pipeline does not take this route (the
 * commune's standing committee decides, T-07), so nothing calls it there yet; a commune whose grassroots committees
 * are authorised calls it on their decision.
 */
export function checkAuthorisedDecision(vote: CommitteeVote): Check {
  return judge('T-06', 'authorisedCommitteeThreshold', vote, BODY.authorised, { body: 'authorised' });
}
