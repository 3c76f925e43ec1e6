import { describe, expect, it } from 'vitest';
import { judge, makeCase } from '../../test/case.js';
import { certificateValidUntil } from './certificate.js';

const vote = (date: string) => ({ date, officialMembers: 20, notCounted: 0, inFavour: 18 });
const e08 = (issuedOn: string | null, voteDate: string, asOf = voteDate) => {
  const a = judge(makeCase({ asOf, certificate: { issuedOn }, cellVote: vote(voteDate) }));
  return {
    check: a.checks.find((k) => k.rule === 'E-08'),
    deadline: a.deadlines.find((d) => d.rule === 'E-08'),
  };
};

describe('E-08 Party-awareness certificate, valid 60 months at the cell vote', () => {
  it('E-08: valid through issue date + 60 months (10/10/2020 → 10/10/2025)', () => {
    expect(certificateValidUntil('2020-10-10', 60)).toBe('2025-10-10');
  });
  it('E-08: a vote on the last valid day passes and meets the expiry deadline', () => {
    const { check, deadline } = e08('2020-10-10', '2025-10-10');
    expect(check?.status).toBe('pass');
    expect(deadline).toMatchObject({ rule: 'E-08', step: 'cell-vote', due: '2025-10-10', status: 'met' });
  });
  it('E-08: a vote the day after fails with a message saying what to do', () => {
    const { check, deadline } = e08('2020-10-10', '2025-10-11');
    expect(check?.status).toBe('fail');
    expect(deadline?.status).toBe('missed');
    expect(check?.message.vi).toContain(
      'đã hết hạn (cấp ngày 10/10/2020, quá 60 tháng tại ngày chi bộ họp 11/10/2025)',
    );
    expect(check?.message.vi).toContain('Cần cho quần chúng học lại lớp');
  });
  it('E-08: no certificate before the vote is pending and its deadline not applicable', () => {
    const a = judge(makeCase({ asOf: '2025-11-05', certificate: { issuedOn: null }, cellVote: null }));
    expect(a.checks.find((k) => k.rule === 'E-08')?.status).toBe('pending');
    expect(a.deadlines.find((d) => d.rule === 'E-08')).toMatchObject({ due: null, status: 'not-applicable' });
  });
  it('E-08: a cell vote held with no certificate fails (evidence, not missing data)', () => {
    const { check } = e08(null, '2025-11-10');
    expect(check?.status).toBe('fail');
    expect(check?.message.vi).toContain('chưa có giấy chứng nhận');
  });
  it('E-08: a certificate dated after the vote fails', () => {
    expect(e08('2025-11-11', '2025-11-10', '2025-11-20').check?.status).toBe('fail');
  });
  it('E-08: an expired certificate before the vote is pending (the class can be taken again), failed at the vote', () => {
    const before = judge(
      makeCase({ asOf: '2025-10-11', certificate: { issuedOn: '2020-10-10' }, cellVote: null }),
    );
    expect(before.checks.find((k) => k.rule === 'E-08')).toMatchObject({
      status: 'pending',
      details: { blocksVote: true },
    });
    expect(e08('2020-10-10', '2025-10-11').check?.status).toBe('fail');
  });
  it('E-08: the validity is cited to the guide in force on the vote day, not to a later one', () => {
    const cite = (voteDate: string) =>
      judge(
        makeCase({
          asOf: voteDate,
          certificate: { issuedOn: '2021-01-10' },
          introducers: [],
          cellVote: vote(voteDate),
        }),
      ).checks.find((k) => k.rule === 'E-08')?.citation;
    expect(cite('2021-08-16')).toBe('Hướng dẫn 01-HD/TW 2016 (thời hạn giá trị của giấy tờ)');
    expect(cite('2021-09-28')).toBe('Hướng dẫn 01-HD/TW 2021 (thời hạn giá trị của giấy tờ)');
  });
  it('E-08: before the vote the expiry is open, then overdue once asOf passes it', () => {
    const open = judge(
      makeCase({ asOf: '2025-10-10', certificate: { issuedOn: '2020-10-10' }, cellVote: null }),
    );
    expect(open.deadlines[0]).toMatchObject({ rule: 'E-08', due: '2025-10-10', status: 'open' });
    const overdue = judge(
      makeCase({ asOf: '2025-10-11', certificate: { issuedOn: '2020-10-10' }, cellVote: null }),
    );
    expect(overdue.deadlines[0]?.status).toBe('overdue');
  });
  it('E-08: 29 Feb issue clamps to 28 Feb', () => {
    expect(certificateValidUntil('2024-02-29', 60)).toBe('2029-02-28');
  });
});
