/**
 * The cell committee's review of its source list (rà soát nguồn): on a schedule (the commune's setting, monthly by
 * default) it goes through every pending proposal and every candidate of the pool not yet decided, and records for
 * each whether it is kept, added (a proposal becomes a candidate) or dropped, with the reason. Pure: the API loads the
 * list, asks `checkReview`, then writes the review in one transaction.
 */
import { z } from 'zod';
import { addMonths, type IsoDate } from '../date.js';
import { recordId as id, isoDay } from '../inputs/common-inputs.js';
import { formatDateVi } from '../locale/date-vi.js';

/** What a review decides for one entry of the list. */
export const reviewDecisions = ['keep', 'add', 'drop'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

export const reviewDecisionLabels: Record<ReviewDecision, { vi: string; en: string }> = {
  keep: { vi: 'Giữ lại', en: 'Kept' },
  add: { vi: 'Đưa vào nguồn', en: 'Added' },
  drop: { vi: 'Đưa ra khỏi nguồn', en: 'Dropped' },
};

/** An entry of the source list: a proposal waiting for review, or a candidate of the pool. */
export type SourceSubject = 'proposal' | 'candidate';

const reviewItem = z
  .strictObject({
    subject: z.enum(['proposal', 'candidate'], { error: 'Thiếu loại mục rà soát.' }),
    id,
    decision: z.enum(reviewDecisions, { error: 'Chọn: giữ lại, đưa vào nguồn hoặc đưa ra khỏi nguồn.' }),
    reason: z.string().trim().max(500, { error: 'Lý do tối đa 500 ký tự.' }).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.decision === 'drop' && !item.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Cần ghi lý do đưa ra khỏi nguồn.' });
    if (item.decision === 'add' && item.subject !== 'proposal')
      ctx.addIssue({
        code: 'custom',
        path: ['decision'],
        message:
          'Chỉ người được đề xuất mới được đưa vào nguồn; người đã trong nguồn thì giữ lại hoặc đưa ra.',
      });
  });

/** One review of a cell's source list (`sourcePool.review`): a decision for every entry, each entry once. */
export const sourceReviewInput = z
  .strictObject({
    cellId: id,
    reviewedOn: isoDay,
    note: z.string().trim().max(500, { error: 'Ghi chú tối đa 500 ký tự.' }).optional(),
    items: z.array(reviewItem).max(500, { error: 'Tối đa 500 mục một lần rà soát.' }),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.items.forEach((item, i) => {
      const key = `${item.subject}:${item.id}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: 'Mục này đã có trong lần rà soát.',
        });
      seen.add(key);
    });
  });

export type SourceReviewInput = z.input<typeof sourceReviewInput>;
export type SourceReview = z.output<typeof sourceReviewInput>;

/** The list as the database holds it when the review is recorded. */
export interface SourceList {
  proposals: readonly { id: string; proposedOn: IsoDate }[];
  candidates: readonly { id: string; enteredPoolOn: IsoDate }[];
}

/** A problem with a review: the entry it names (index into `items`, or null for the whole review) and what to fix. */
export interface ReviewProblem {
  item: number | null;
  message: { vi: string; en: string };
}

/**
 * Checks a review against the cell's current list and today: it is not dated in the future, names only entries of
 * this list, none of them dated after the review, and leaves none out (a review goes through the whole list).
 */
export function checkReview(list: SourceList, review: SourceReview, today: IsoDate): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (review.reviewedOn > today)
    problems.push({
      item: null,
      message: {
        vi: `Ngày rà soát không được sau hôm nay (${formatDateVi(today)}).`,
        en: 'The review cannot be dated after today.',
      },
    });
  const dated = new Map<string, IsoDate>([
    ...list.proposals.map((p) => [`proposal:${p.id}`, p.proposedOn] as const),
    ...list.candidates.map((c) => [`candidate:${c.id}`, c.enteredPoolOn] as const),
  ]);
  const covered = new Set<string>();
  review.items.forEach((item, i) => {
    const key = `${item.subject}:${item.id}`;
    const on = dated.get(key);
    covered.add(key);
    if (on === undefined)
      problems.push({
        item: i,
        message: {
          vi: 'Mục này không có trong danh sách nguồn của chi bộ (đã được rà soát hoặc thuộc chi bộ khác): tải lại danh sách.',
          en: "This entry is not on the cell's source list: reload it.",
        },
      });
    else if (on > review.reviewedOn)
      problems.push({
        item: i,
        message: {
          vi: `Mục này có từ ngày ${formatDateVi(on)}, sau ngày rà soát.`,
          en: 'This entry is dated after the review.',
        },
      });
  });
  const missing = [...dated.keys()].filter((key) => !covered.has(key)).length;
  if (missing > 0)
    problems.push({
      item: null,
      message: {
        vi: `Còn ${missing} mục trong danh sách nguồn chưa được quyết định: mỗi lần rà soát xét hết danh sách.`,
        en: `${missing} entries of the list have no decision: a review goes through the whole list.`,
      },
    });
  return problems;
}

/** When the next review falls due and whether it is late. */
export interface ReviewSchedule {
  /** The day the next review is due; null when the list is empty and nothing was ever reviewed. */
  due: IsoDate | null;
  overdue: boolean;
}

/**
 * The review schedule: due `everyMonths` after the last review; a list never reviewed is due from its oldest entry.
 * Late from the day after the due day (a review held on the due day is on time).
 */
export function reviewSchedule(
  lastReviewOn: IsoDate | null,
  oldestEntryOn: IsoDate | null,
  everyMonths: number,
  today: IsoDate,
): ReviewSchedule {
  const due = lastReviewOn ? addMonths(lastReviewOn, everyMonths) : oldestEntryOn;
  return { due, overdue: due !== null && today > due };
}
