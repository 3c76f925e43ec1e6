/**
 * T-09 (and L-13): when the cell has voted three times on recognising a probationary member (or on striking one off
 * the probationary list) without reaching 2/3 of its official members, it stops voting and reports to the immediate
 * superior committee and the competent committee, which decide. Each vote is judged by T-02 with the rule set of its
 * own date.
 */
import { compareDates } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { ruleEntry } from './catalogue.js';
import { numberInForce } from './in-force.js';
import { check } from './messages.js';
import { ruleSetOn } from './rule-sets.js';
import type { Check } from './types.js';
import { type VoteRecord, votePasses } from './votes.js';

/** The question the repeated votes are on. */
export type RepeatedVoteStage = 'recognition' | 'strike-off';

const STAGE = {
  recognition: { vi: 'đề nghị công nhận đảng viên chính thức', en: 'recognition as an official member' },
  'strike-off': {
    vi: 'đề nghị xóa tên trong danh sách đảng viên dự bị',
    en: 'striking off the probationary list',
  },
} as const;

/**
 * T-09 on the cell's votes on one question, in any order (sorted by date here). `pass` once a vote carried (within
 * the allowed number); `pending` before any vote, while a vote's counts are missing, or after fewer failed votes than
 * `failedVotesBeforeEscalation` (3: the cell may vote again); `fail` once that many failed: the cell reports up and a
 * later vote of its own does not count (`details.ignored`). `details.failed` counts the failed votes.
 */
export function checkRepeatedVotes(votes: readonly VoteRecord[], stage: RepeatedVoteStage): Check {
  const s = STAGE[stage];
  const held = votes
    .filter((v): v is VoteRecord & { date: string } => typeof v.date === 'string')
    .sort((a, b) => compareDates(a.date, b.date));
  const first = held[0];
  if (!first)
    return check(
      'T-09',
      'pending',
      ruleEntry('T-09')?.citation ?? '—',
      `Chi bộ chưa biểu quyết ${s.vi}.`,
      `The cell has not voted on ${s.en} yet.`,
      { stage, failed: 0 },
    );
  const limit = numberInForce('T-09', 'failedVotesBeforeEscalation', first.date);
  if (!limit.ok) return limit.check;
  const most = limit.value;
  let failed = 0;
  for (let i = 0; i < held.length; i++) {
    const vote = held[i] as VoteRecord & { date: string };
    const on = formatDateVi(vote.date);
    const { officialMembers, inFavour } = vote;
    if (officialMembers == null || inFavour == null)
      return check(
        'T-09',
        'pending',
        limit.citation,
        `Chưa ghi đủ số liệu lần biểu quyết ngày ${on} (${s.vi}).`,
        `The counts of the vote on ${on} (${s.en}) are not recorded.`,
        { stage, failed, limit: most },
      );
    const numbers = ruleSetOn(vote.date).numbers;
    const carried = votePasses({ officialMembers, notCounted: vote.notCounted ?? 0, inFavour }, numbers);
    const share = `${numbers.voteThreshold.value.numerator}/${numbers.voteThreshold.value.denominator}`;
    if (carried)
      return check(
        'T-09',
        'pass',
        limit.citation,
        `Chi bộ biểu quyết ${s.vi} đạt ở lần thứ ${i + 1} (ngày ${on}).`,
        `The cell's vote on ${s.en} carried at attempt ${i + 1} (${on}).`,
        { stage, failed, limit: most, carriedOn: vote.date },
      );
    failed++;
    if (failed === most)
      return check(
        'T-09',
        'fail',
        limit.citation,
        `Chi bộ đã biểu quyết ${s.vi} ${most} lần không đạt ${share} (lần cuối ngày ${on}): không biểu quyết thêm; chi bộ báo cáo cấp ủy cấp trên trực tiếp và cấp ủy có thẩm quyền xem xét, quyết định.${held.length > most ? ` ${held.length - most} lần biểu quyết sau đó không được tính.` : ''}`,
        `The cell has voted ${most} times on ${s.en} without reaching ${share} (last on ${on}): no further vote; the cell reports to the immediate superior and the competent committee, which decide.${held.length > most ? ` ${held.length - most} later votes do not count.` : ''}`,
        { stage, failed, limit: most, escalatedOn: vote.date, ignored: held.length - most },
      );
  }
  return check(
    'T-09',
    'pending',
    limit.citation,
    `Chi bộ đã biểu quyết ${s.vi} ${failed} lần không đạt; còn được biểu quyết lại (tối đa ${most} lần, sau đó báo cáo cấp trên quyết định).`,
    `The cell's vote on ${s.en} failed ${failed} times; it may vote again (at most ${most} times, then the superior decides).`,
    { stage, failed, limit: most },
  );
}
