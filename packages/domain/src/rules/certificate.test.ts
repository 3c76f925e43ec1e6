import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test/case.js';
import { certificateValidUntil } from './certificate.js';
import { evaluateCase } from './evaluate-case.js';

const vote = (date: string) => ({ date, officialMembers: 20, notCounted: 0, inFavour: 18 });
const e08 = (issuedOn: string | null, voteDate: string) => {
  const a = evaluateCase(makeCase({ asOf: voteDate, certificate: { issuedOn }, cellVote: vote(voteDate) }));
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
    expect(deadline).toEqual({ rule: 'E-08', due: '2025-10-10', status: 'met' });
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
  it('E-08: no certificate yet is pending and its deadline not applicable', () => {
    const { check, deadline } = e08(null, '2025-11-10');
    expect(check?.status).toBe('pending');
    expect(deadline).toEqual({ rule: 'E-08', due: null, status: 'not-applicable' });
  });
  it('E-08: a certificate dated after the vote fails', () => {
    expect(e08('2025-11-11', '2025-11-10').check?.status).toBe('fail');
  });
  it('E-08: before the vote the expiry is open, then overdue once asOf passes it', () => {
    const open = evaluateCase(
      makeCase({ asOf: '2025-10-10', certificate: { issuedOn: '2020-10-10' }, cellVote: null }),
    );
    expect(open.deadlines[0]).toEqual({ rule: 'E-08', due: '2025-10-10', status: 'open' });
    const overdue = evaluateCase(
      makeCase({ asOf: '2025-10-11', certificate: { issuedOn: '2020-10-10' }, cellVote: null }),
    );
    expect(overdue.deadlines[0]?.status).toBe('overdue');
  });
  it('E-08: 29 Feb issue clamps to 28 Feb', () => {
    expect(certificateValidUntil('2024-02-29', 60)).toBe('2029-02-28');
  });
});
