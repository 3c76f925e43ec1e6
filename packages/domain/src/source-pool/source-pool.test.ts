import { describe, expect, it } from 'vitest';
import { parseCommuneSettings } from '../quota/settings.js';
import { proposeSourceInput } from './proposal.js';
import { checkReview, reviewSchedule, sourceReviewInput } from './review.js';

const proposal = {
  cellId: 'cb-thon-nam',
  fullName: 'Nguyễn Văn Đề',
  gender: 'M',
  birthDate: '2001-05-02',
  proposedBy: 'youth-union',
  proposerName: 'Bí thư Chi đoàn thôn Nam',
  proposedOn: '2023-03-01',
  reason: 'Đoàn viên ưu tú, hai năm liền hoàn thành xuất sắc nhiệm vụ.',
};

describe('a proposal to the source list', () => {
  it('names who proposed, when and why; the name is canonicalised (spaces)', () => {
    const parsed = proposeSourceInput.parse({ ...proposal, fullName: '  Nguyễn   Văn Đề ' });
    expect(parsed.fullName).toBe('Nguyễn Văn Đề');
    expect(parsed).toMatchObject({ proposedBy: 'youth-union', proposedOn: '2023-03-01' });
  });
  it('refuses a proposal without a reason, in Vietnamese, on the field', () => {
    const r = proposeSourceInput.safeParse({ ...proposal, reason: '  ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'Cần lý do đề xuất.' });
  });
  it('refuses an organisation not in the list', () => {
    expect(proposeSourceInput.safeParse({ ...proposal, proposedBy: 'club' }).success).toBe(false);
  });
  it('the birth date must come before the proposal: the day before passes, the same day fails', () => {
    expect(proposeSourceInput.safeParse({ ...proposal, birthDate: '2023-02-28' }).success).toBe(true);
    const r = proposeSourceInput.safeParse({ ...proposal, birthDate: '2023-03-01' });
    expect(r.error?.issues[0]?.message).toBe('Ngày sinh phải trước ngày đề xuất.');
  });
});

const list = {
  proposals: [{ id: 'p1', proposedOn: '2023-03-01' }],
  candidates: [{ id: 'c1', enteredPoolOn: '2022-01-10' }],
};
const review = (items: unknown[], reviewedOn = '2023-03-31') =>
  sourceReviewInput.parse({ cellId: 'cb-thon-nam', reviewedOn, items });

describe('a review of the source list', () => {
  it('passes when every entry has a decision', () => {
    const r = review([
      { subject: 'proposal', id: 'p1', decision: 'add' },
      { subject: 'candidate', id: 'c1', decision: 'keep' },
    ]);
    expect(checkReview(list, r, '2023-04-01')).toEqual([]);
  });
  it('a drop needs a reason', () => {
    const r = sourceReviewInput.safeParse({
      cellId: 'x',
      reviewedOn: '2023-03-31',
      items: [{ subject: 'candidate', id: 'c1', decision: 'drop' }],
    });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['items', 0, 'reason'],
      message: 'Cần ghi lý do đưa ra khỏi nguồn.',
    });
  });
  it('only a proposal can be added; a candidate is already in the pool', () => {
    const r = sourceReviewInput.safeParse({
      cellId: 'x',
      reviewedOn: '2023-03-31',
      items: [{ subject: 'candidate', id: 'c1', decision: 'add' }],
    });
    expect(r.error?.issues[0]?.path).toEqual(['items', 0, 'decision']);
  });
  it('names an entry once', () => {
    const r = sourceReviewInput.safeParse({
      cellId: 'x',
      reviewedOn: '2023-03-31',
      items: [
        { subject: 'candidate', id: 'c1', decision: 'keep' },
        { subject: 'candidate', id: 'c1', decision: 'keep' },
      ],
    });
    expect(r.error?.issues[0]?.path).toEqual(['items', 1, 'id']);
  });
  it('leaves no entry out', () => {
    const problems = checkReview(
      list,
      review([{ subject: 'candidate', id: 'c1', decision: 'keep' }]),
      '2023-04-01',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.vi).toContain('Còn 1 mục');
  });
  it('names nothing outside the list (another cell’s candidate, a proposal already decided)', () => {
    const problems = checkReview(
      list,
      review([
        { subject: 'proposal', id: 'p1', decision: 'add' },
        { subject: 'candidate', id: 'c1', decision: 'keep' },
        { subject: 'candidate', id: 'elsewhere', decision: 'keep' },
      ]),
      '2023-04-01',
    );
    expect(problems.map((p) => p.item)).toEqual([2]);
  });
  it('an entry dated after the review fails; one of the same day passes', () => {
    const items = [
      { subject: 'proposal', id: 'p1', decision: 'keep' },
      { subject: 'candidate', id: 'c1', decision: 'keep' },
    ];
    expect(checkReview(list, review(items, '2023-03-01'), '2023-04-01')).toEqual([]);
    expect(checkReview(list, review(items, '2023-02-28'), '2023-04-01').map((p) => p.item)).toEqual([0]);
  });
  it('a review dated today passes, tomorrow fails', () => {
    const items = [
      { subject: 'proposal', id: 'p1', decision: 'keep' },
      { subject: 'candidate', id: 'c1', decision: 'keep' },
    ];
    expect(checkReview(list, review(items, '2023-04-01'), '2023-04-01')).toEqual([]);
    expect(checkReview(list, review(items, '2023-04-02'), '2023-04-01').map((p) => p.item)).toEqual([null]);
  });
});

describe('the review schedule', () => {
  it('is monthly by default (the commune setting)', () => {
    expect(parseCommuneSettings(null).sourceReviewMonths).toBe(1);
  });
  it('a review on the due day is on time; the day after it is late', () => {
    expect(reviewSchedule('2023-01-31', null, 1, '2023-02-28')).toEqual({
      due: '2023-02-28',
      overdue: false,
    });
    expect(reviewSchedule('2023-01-31', null, 1, '2023-03-01')).toEqual({ due: '2023-02-28', overdue: true });
  });
  it('follows the setting: quarterly reviews are due three months on', () => {
    expect(reviewSchedule('2023-01-15', null, 3, '2023-04-15').overdue).toBe(false);
    expect(reviewSchedule('2023-01-15', null, 3, '2023-04-16').overdue).toBe(true);
  });
  it('a list never reviewed is due from its oldest entry; an empty one is not due', () => {
    expect(reviewSchedule(null, '2023-03-01', 1, '2023-03-01')).toEqual({
      due: '2023-03-01',
      overdue: false,
    });
    expect(reviewSchedule(null, '2023-03-01', 1, '2023-03-02').overdue).toBe(true);
    expect(reviewSchedule(null, null, 1, '2023-03-02')).toEqual({ due: null, overdue: false });
  });
});
