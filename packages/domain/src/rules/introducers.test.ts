import { describe, expect, it } from 'vitest';
import { judge, makeCase, withCandidate } from '../../test/case.js';
import type { Case } from './case-schema.js';

import { togetherMonths, wholeMonths } from './together.js';

type Intro = NonNullable<Case['introducers']>[number];
const VOTE = '2025-11-10';
const member = (
  officialSince: string | null,
  from: string,
  extra: Partial<Extract<Intro, { kind: 'member' }>> = {},
): Intro => ({
  kind: 'member',
  officialSince,
  together: [{ from, to: null, relation: 'work' }],
  replacement: false,
  ...extra,
});
const solid = member('2010-01-01', '2015-01-01');
const statuses = (c: Case) =>
  Object.fromEntries(
    judge(c)
      .checks.filter((k) => k.rule.startsWith('I-') || k.rule === 'E-13')
      .map((k) => [k.rule, k.status]),
  );
const introduced = (...introducers: Intro[]) => statuses(makeCase({ introducers }));

describe('I-01..I-06 introducers (rules.md §5 test cases)', () => {
  it('I-02/I-03: official for 6 months with 24 months of co-work is valid', () => {
    expect(introduced(solid, member('2025-05-10', '2023-11-10'))).toMatchObject({
      'I-01': 'pass',
      'I-02': 'pass',
      'I-03': 'pass',
    });
  });
  it('I-02: a probationary introducer (officialSince null) is invalid', () => {
    expect(introduced(solid, member(null, '2020-01-01'))).toMatchObject({ 'I-01': 'fail', 'I-02': 'fail' });
  });
  it('I-02: official on the day after the vote is invalid; on the vote day valid', () => {
    expect(introduced(solid, member('2025-11-11', '2020-01-01'))['I-02']).toBe('fail');
    expect(introduced(solid, member(VOTE, '2020-01-01'))['I-02']).toBe('pass');
  });
  it('I-03: 11 months of co-work is invalid', () => {
    expect(introduced(solid, member('2010-01-01', '2024-12-10'))).toMatchObject({
      'I-01': 'fail',
      'I-03': 'fail',
    });
  });
  it('I-03: exactly 12 months ending at the vote (from 10/11/2024) is valid; one day less is not', () => {
    expect(introduced(solid, member('2010-01-01', '2024-11-10'))['I-03']).toBe('pass');
    expect(introduced(solid, member('2010-01-01', '2024-11-11'))['I-03']).toBe('fail');
  });
  it('I-05: a replacement after the introducer’s transfer, with 2 months of co-work, is valid', () => {
    const replacement = member('2010-01-01', '2025-09-10', { replacement: true });
    expect(introduced(solid, replacement)).toMatchObject({ 'I-01': 'pass', 'I-03': 'pass', 'I-05': 'pass' });
  });
  it('I-05: a replacement must still be official (I-02)', () => {
    expect(introduced(solid, member(null, '2025-09-10', { replacement: true }))['I-02']).toBe('fail');
  });
  it('I-01: one official member alone is not enough for a candidate over youth age', () => {
    expect(introduced(solid)['I-01']).toBe('fail');
  });
  it('I-01: before the vote, a missing introducer is pending, not failed', () => {
    expect(statuses(makeCase({ asOf: '2025-10-01', cellVote: null, introducers: [solid] }))['I-01']).toBe(
      'pending',
    );
  });
  it('I-03: before the vote, an ongoing period 2 months short is pending with the day it reaches 12 months as earliest', () => {
    const c = makeCase({
      asOf: '2025-11-05',
      cellVote: null,
      introducers: [solid, member('2010-01-01', '2025-01-05')],
    });
    const a = judge(c);
    expect(a.checks.find((k) => k.rule === 'I-03')).toMatchObject({
      status: 'pending',
      details: { earliest: '2026-01-05' },
    });
    expect(a.checks.find((k) => k.rule === 'I-01')).toMatchObject({
      status: 'pending',
      details: { earliest: '2026-01-05' },
    });
  });
  it('I-03: a vote on the earliest day passes; the day before fails', () => {
    const at = (voteDate: string) =>
      statuses(
        makeCase({
          asOf: '2026-02-01',
          cellVote: { date: voteDate, officialMembers: 20, notCounted: 0, inFavour: 18 },
          introducers: [solid, member('2010-01-01', '2025-01-05')],
        }),
      )['I-03'];
    expect(at('2026-01-05')).toBe('pass');
    expect(at('2026-01-04')).toBe('fail');
  });
  it('I-03: before the vote, a period that ended short is pending (another introducer may be chosen) with no earliest', () => {
    const ended = member('2010-01-01', '2024-01-01', {
      together: [{ from: '2024-01-01', to: '2024-06-30', relation: 'work' }],
    });
    const a = judge(makeCase({ asOf: '2025-11-05', cellVote: null, introducers: [solid, ended] }));
    const i03 = a.checks.find((k) => k.rule === 'I-03');
    expect(i03?.status).toBe('pending');
    expect(i03?.details.earliest).toBeUndefined();
  });
  it('I-03: overlapping work and residence periods count once', () => {
    expect(
      togetherMonths(
        [
          { from: '2024-01-01', to: '2024-06-30', relation: 'work' },
          { from: '2024-03-01', to: '2024-08-31', relation: 'residence' },
        ],
        '2025-01-01',
        ['work', 'residence'],
      ),
    ).toBe(8);
  });
  it('I-03: months are calendar months, "to" inclusive: 01/01–31/12 is 12 months, 01/01–30/12 is 11', () => {
    expect(wholeMonths('2023-01-01', '2023-12-31')).toBe(12);
    expect(wholeMonths('2023-01-01', '2023-12-30')).toBe(11);
    expect(wholeMonths('2024-01-31', '2024-02-29')).toBe(1);
    expect(wholeMonths('2024-02-01', '2024-01-31')).toBe(0);
  });
  it('I-03: a past period of exactly 12 months passes even when the 12 months before the vote hold 29 February', () => {
    const past = member('2010-01-01', '2022-05-01', {
      together: [{ from: '2022-05-01', to: '2023-05-01', relation: 'work' }],
    });
    const c = makeCase({
      cellVote: { date: '2024-04-15', officialMembers: 20, notCounted: 0, inFavour: 18 },
      introducers: [past, solid],
    });
    expect(statuses(c)['I-03']).toBe('pass');
  });
  it('I-03: a past period of 11 months and 30 days fails at the vote', () => {
    const past = member('2010-01-01', '2022-05-01', {
      together: [{ from: '2022-05-01', to: '2023-04-29', relation: 'work' }],
    });
    const c = makeCase({
      cellVote: { date: '2024-04-15', officialMembers: 20, notCounted: 0, inFavour: 18 },
      introducers: [past, solid],
    });
    expect(statuses(c)['I-03']).toBe('fail');
  });
  it('I-03: an ongoing period counts to the day before the vote: from the same day 12 months earlier passes, a day later fails', () => {
    const since = (from: string) => member('2010-01-01', from);
    const vote = { date: '2025-11-10', officialMembers: 20, notCounted: 0, inFavour: 18 };
    expect(statuses(makeCase({ cellVote: vote, introducers: [since('2024-11-10'), solid] }))['I-03']).toBe(
      'pass',
    );
    expect(statuses(makeCase({ cellVote: vote, introducers: [since('2024-11-11'), solid] }))['I-03']).toBe(
      'fail',
    );
  });
});

describe('I-01/I-06/E-13 the youth route', () => {
  const youth = (unit: Case['unit'], introducers: Intro[], member: boolean | undefined = true) =>
    statuses(
      withCandidate(
        { birthDate: '2000-01-01', youthUnionMember: member, tradeUnionMember: member },
        { unit, introducers },
      ),
    );
  const youthUnion: Intro = { kind: 'youth-union', resolutionDate: '2025-11-01' };
  it('I-01: a youth-age candidate where the Youth Union exists is introduced by its resolution and one official member', () => {
    expect(youth({ youthUnionPresent: true, tradeUnionPresent: true }, [solid, youthUnion])).toMatchObject({
      'I-01': 'pass',
      'I-06': 'pass',
      'E-13': 'pass',
    });
  });
  it('I-01: two official members do not replace the Youth Union resolution where it exists', () => {
    expect(youth({ youthUnionPresent: true, tradeUnionPresent: false }, [solid, solid])['I-01']).toBe('fail');
  });
  it('E-13: a youth-age candidate who is not a Youth Union member fails at the cell vote', () => {
    expect(
      youth({ youthUnionPresent: true, tradeUnionPresent: false }, [solid, youthUnion], false)['E-13'],
    ).toBe('fail');
  });
  it('E-13: before the vote, not yet a Youth Union member is pending (the candidate may still join)', () => {
    const c = withCandidate(
      { birthDate: '2000-01-01', youthUnionMember: false },
      {
        asOf: '2025-11-05',
        cellVote: null,
        unit: { youthUnionPresent: true, tradeUnionPresent: false },
        introducers: [solid, { kind: 'youth-union', resolutionDate: '2025-11-01' }],
      },
    );
    expect(statuses(c)['E-13']).toBe('pending');
  });
  it('I-01: without a Youth Union, the trade union’s resolution and one member', () => {
    const tu: Intro = { kind: 'trade-union', resolutionDate: '2025-11-01' };
    expect(youth({ youthUnionPresent: false, tradeUnionPresent: true }, [solid, tu])).toMatchObject({
      'I-01': 'pass',
      'E-13': 'pass',
    });
  });
  it('I-06: a union resolution adopted after the vote fails', () => {
    expect(
      youth({ youthUnionPresent: true, tradeUnionPresent: false }, [
        solid,
        { kind: 'youth-union', resolutionDate: '2025-11-11' },
      ])['I-06'],
    ).toBe('fail');
  });
  it('E-13: youth age ends with 30 years 11 months; at 31 the ordinary route applies', () => {
    const at = (birthDate: string) =>
      statuses(
        withCandidate(
          { birthDate, youthUnionMember: true },
          { unit: { youthUnionPresent: true, tradeUnionPresent: false }, introducers: [solid, solid] },
        ),
      );
    expect(at('1994-12-01')['I-01']).toBe('fail'); // 30 years 11 months: youth route required
    expect(at('1994-11-01')['I-01']).toBe('pass'); // 31 years: two members
  });
});

describe('I-03 versions: residence co-location counts only from 24-QĐ/TW (2021)', () => {
  const neighbour: Intro = {
    kind: 'member',
    officialSince: '2010-01-01',
    together: [{ from: '2015-01-01', to: null, relation: 'residence' }],
    replacement: false,
  };
  const at = (voteDate: string) =>
    statuses(
      makeCase({
        asOf: voteDate,
        certificate: { issuedOn: '2021-01-10' },
        cellVote: { date: voteDate, officialMembers: 20, notCounted: 0, inFavour: 18 },
        introducers: [solid, neighbour],
      }),
    );
  it('I-03: living in the same area does not count under 29-QĐ/TW (vote 29/07/2021)', () => {
    expect(at('2021-07-29')['I-03']).toBe('fail');
  });
  it('I-03: the same introducer counts under 24-QĐ/TW (vote 30/07/2021)', () => {
    expect(at('2021-07-30')['I-03']).toBe('pass');
  });
});
