import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/index.js';
import {
  checkVerifications,
  sameVerifiedPerson,
  type VerificationFacts,
  verificationDeadline,
  verificationRefusals,
} from './verification.js';

const request = (over: Partial<VerificationFacts> = {}): VerificationFacts => ({
  relation: 'candidate',
  personName: 'Nguyễn Văn An',
  sentOn: '2026-03-02',
  answeredOn: null,
  answer: null,
  exemptReason: null,
  ...over,
});
const answered = (over: Partial<VerificationFacts> = {}) =>
  request({ answeredOn: '2026-03-20', answer: 'clear', ...over });
const status = (requests: VerificationFacts[], rule: string) =>
  checkVerifications(requests).find((c) => c.rule === rule)?.status;

describe('verification requests (V-02, V-05, V-07)', () => {
  it('V-02: without a request for the candidate the check is pending; with one it passes', () => {
    expect(status([answered({ relation: 'father', personName: 'Nguyễn Văn Ba' })], 'V-02')).toBe('pending');
    expect(status([answered()], 'V-02')).toBe('pass');
  });

  it('V-02: the candidate exempted (V-04, with the reason) counts as verified', () => {
    const exempt = request({ sentOn: null, exemptReason: 'Cha đẻ là đảng viên, lý lịch rõ ràng' });
    expect(status([exempt], 'V-02')).toBe('pass');
    expect(status([exempt], 'V-05')).toBe('pass');
  });

  it('V-02: one request per person: the same relation again, or the same child by name, is a repeat', () => {
    const existing = [request(), request({ relation: 'child', personName: 'Nguyễn Thị Bình' })];
    expect(sameVerifiedPerson(existing, { relation: 'candidate', personName: 'Ai Khác' })).toBe(true);
    expect(sameVerifiedPerson(existing, { relation: 'child', personName: 'nguyen thi binh' })).toBe(true);
    expect(sameVerifiedPerson(existing, { relation: 'child', personName: 'Nguyễn Văn Cường' })).toBe(false);
    expect(sameVerifiedPerson(existing, { relation: 'spouse', personName: 'Trần Thị Dung' })).toBe(false);
  });

  it('V-05: one request still unanswered stops the cell vote; all answered, it passes', () => {
    const open = [answered(), request({ relation: 'mother', personName: 'Lê Thị Cúc' })];
    expect(status(open, 'V-05')).toBe('pending');
    expect(verificationRefusals(open).map((c) => c.rule)).toEqual(['V-05']);
    const done = [answered(), answered({ relation: 'mother', personName: 'Lê Thị Cúc', answer: 'concerns' })];
    expect(verificationRefusals(done)).toEqual([]);
    expect(checkVerifications(done).find((c) => c.rule === 'V-05')?.details).toMatchObject({ concerns: 1 });
  });

  it('V-05: a request closed as "no answer" is answered (the committee concludes); the count says so', () => {
    const closed = [answered({ answer: 'no-answer' })];
    expect(status(closed, 'V-05')).toBe('pass');
    expect(checkVerifications(closed)[1]?.details).toMatchObject({ noAnswer: 1 });
  });

  it('V-05: no request tracked: nothing is judged here (the pipeline steps carry V-05)', () => {
    expect(checkVerifications([])).toEqual([]);
  });

  it('V-05: the refusal names the relation but never a relative’s name', () => {
    const [refusal] = verificationRefusals([
      answered(),
      request({ relation: 'spouse', personName: 'Trần Thị Dung' }),
    ]);
    expect(refusal?.message.vi).toContain('vợ/chồng');
    expect(JSON.stringify(refusal)).not.toContain('Dung');
  });

  // 2026-03-02 is a Monday; 15 working days later (no holiday between) is Monday 2026-03-23.
  it('V-07: the answer is due on the 15th working day after sending: open that day, overdue the next', () => {
    const v = request();
    expect(verificationDeadline(v, 15, '2026-03-23', vietnamCalendar)).toEqual({
      due: '2026-03-23',
      status: 'open',
      remindOn: '2026-03-24',
    });
    expect(verificationDeadline(v, 15, '2026-03-24', vietnamCalendar)?.status).toBe('overdue');
  });

  it('V-07: an answer on the due day is met, one working day later missed', () => {
    expect(
      verificationDeadline(answered({ answeredOn: '2026-03-23' }), 15, '2026-04-30', vietnamCalendar)?.status,
    ).toBe('met');
    expect(
      verificationDeadline(answered({ answeredOn: '2026-03-24' }), 15, '2026-04-30', vietnamCalendar)?.status,
    ).toBe('missed');
  });

  // Sent Friday 2026-04-24: Monday 27/04 (in lieu of the Hùng Kings day, Sunday 26/04), 30/04 and 01/05 are days
  // off, so 5 working days are 28, 29/04, 04, 05 and 06/05.
  it('V-07: working days skip the weekend, the Hùng Kings compensatory day, 30/4 and 1/5', () => {
    expect(
      verificationDeadline(request({ sentOn: '2026-04-24' }), 5, '2026-04-24', vietnamCalendar)?.due,
    ).toBe('2026-05-06');
  });

  it('V-07: an exempted side has no deadline', () => {
    expect(
      verificationDeadline(
        request({ sentOn: null, exemptReason: 'V-04' }),
        15,
        '2026-04-01',
        vietnamCalendar,
      ),
    ).toBe(null);
  });
});
