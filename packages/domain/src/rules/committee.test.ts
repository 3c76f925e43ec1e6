import { describe, expect, it } from 'vitest';
import { checkAuthorisedDecision, checkCommitteeResolution, committeeCarries } from './committee.js';

const grassroots = (members: number, inFavour: number, date = '2025-11-20') =>
  checkCommitteeResolution({ body: 'grassroots', date, members, inFavour });

describe('T-05 the grassroots committee resolution proposing admission: at least 2/3 of its members', () => {
  it('T-05: 6 of 9 committee members in favour carries', () => {
    const c = grassroots(9, 6);
    expect(c.status).toBe('pass');
    expect(c.details).toMatchObject({ members: 9, inFavour: 6, required: 6 });
    expect(c.citation).toBe('Điều lệ Đảng, Điều 4.3');
    expect(c.message.vi).toContain('6/9');
    expect(c.message.vi).toContain('20/11/2025');
  });
  it('T-05: 5 of 9 committee members in favour does not carry', () => {
    const c = grassroots(9, 5);
    expect(c.status).toBe('fail');
    expect(c.message.vi).toContain('cần ít nhất 6 (2/3 tổng số cấp ủy viên');
  });
  it('T-05: counted on all members, exactly: 7 of 10 carries, 6 of 10 does not (3 × 6 < 2 × 10)', () => {
    expect(grassroots(10, 7).status).toBe('pass');
    expect(grassroots(10, 6).status).toBe('fail');
  });
  it('T-05: impossible counts fail (no member; more in favour than members)', () => {
    expect(grassroots(0, 0).status).toBe('fail');
    expect(grassroots(9, 10).status).toBe('fail');
    expect(grassroots(9, 10).message.vi).toContain('không thể có');
  });
  it("T-05: a partial committee's appraisal has no threshold: not applicable even with 1 of 9", () => {
    const c = checkCommitteeResolution({ body: 'partial', date: '2025-11-20', members: 9, inFavour: 1 });
    expect(c.status).toBe('not-applicable');
    expect(
      checkCommitteeResolution({ body: 'partial', date: '2025-11-20', members: 9, inFavour: 10 }).status,
    ).toBe('fail');
  });
  it('T-05: judged on 25/07/2016 (the oldest set) but not the day before, which no rule set covers', () => {
    expect(grassroots(9, 6, '2016-07-25').status).toBe('pass');
    expect(grassroots(9, 6, '2016-07-24').status).toBe('not-applicable');
  });
  it('T-05: committeeCarries agrees with 3 × inFavour ≥ 2 × members for every committee up to 30', () => {
    for (let members = 1; members <= 30; members++)
      for (let inFavour = 0; inFavour <= members; inFavour++)
        expect(committeeCarries({ members, inFavour }, { numerator: 2, denominator: 3 })).toBe(
          3 * inFavour >= 2 * members,
        );
  });
});

describe('T-06 a grassroots committee authorised to admit: at least 2/3 of ALL its members', () => {
  it('T-06: 10 of 15 members decide the admission', () => {
    const c = checkAuthorisedDecision({ date: '2025-11-20', members: 15, inFavour: 10 });
    expect(c.status).toBe('pass');
    expect(c.citation).toBe('Quy định 294-QĐ/TW, điểm 4.3.2.a; Hướng dẫn 06-HD/TW 2025, điểm 3.7.a');
  });
  it('T-06: 9 of 15 members do not', () => {
    const c = checkAuthorisedDecision({ date: '2025-11-20', members: 15, inFavour: 9 });
    expect(c.status).toBe('fail');
    expect(c.details).toMatchObject({ required: 10 });
  });
  it('T-06: judged by the set of its date (29-QĐ/TW in 2020 cites its point 4.3.2.a)', () => {
    const c = checkAuthorisedDecision({ date: '2020-05-04', members: 9, inFavour: 6 });
    expect(c.status).toBe('pass');
    expect(c.citation).toBe('Quy định 29-QĐ/TW, điểm 4.3.2.a');
  });
});
