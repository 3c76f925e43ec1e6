import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/index.js';
import { addDays } from '../date.js';
import { yearEndChances } from './chance.js';
import { firstEligibleDay, forecastCandidate, togetherEnoughOn } from './earliest.js';
import { FORECAST_STAGES, type ForecastFacts, forecastFacts, isOpenCandidate } from './facts.js';
import { chanceText, projectCommune } from './projection.js';
import { hazardOn, learnStageModel, STAGE_PRIOR } from './stage-model.js';

const cal = vietnamCalendar;
const base = { id: 'q1', cellId: 'c1', birthDate: '1995-05-10' };
const facts = (events: { kind: string; on: string; data?: Record<string, unknown> }[], asOf = '2026-06-01') =>
  forecastFacts(base, events, asOf);

describe('candidate facts from the event history', () => {
  it('takes the furthest step, the latest certificate and vote, and ignores events after asOf', () => {
    const f = facts(
      [
        { kind: 'entered-pool', on: '2025-01-10' },
        { kind: 'certificate', on: '2025-03-01', data: { issuedOn: '2025-02-28' } },
        { kind: 'application', on: '2025-04-01' },
        { kind: 'cell-vote', on: '2026-07-01', data: { officialMembers: 20, notCounted: 0, inFavour: 15 } },
      ],
      '2026-06-01',
    );
    expect(f).toMatchObject({
      stage: 'dossier',
      stageSince: '2025-04-01',
      certificateOn: '2025-02-28',
      cellVote: null,
    });
    // Every stage up to the furthest has the day it was first reached (the sympathiser stage, skipped, with the
    // certificate's).
    expect(f.stageDays).toEqual(['2025-01-10', '2025-03-01', '2025-03-01', '2025-04-01', null, null]);
  });

  it('a record whose history starts after asOf is not a candidate on that day (not yet in the pool)', () => {
    expect(isOpenCandidate(facts([{ kind: 'entered-pool', on: '2026-08-01' }], '2026-06-01'))).toBe(false);
    expect(isOpenCandidate(facts([{ kind: 'entered-pool', on: '2026-08-01' }], '2026-08-01'))).toBe(true);
  });
});

describe('earliest lawful dates for each remaining step', () => {
  it('L-01: a carried cell vote: the decision may come the next working day and is due 60 working days after', () => {
    const f = facts([
      { kind: 'entered-pool', on: '2025-01-10' },
      { kind: 'certificate', on: '2025-06-01' },
      { kind: 'cell-vote', on: '2026-05-29', data: { officialMembers: 30, notCounted: 1, inFavour: 25 } },
    ]);
    const fc1 = forecastCandidate(f, 2026, '2026-06-01', cal);
    expect(fc1.steps.map((s) => s.step)).toEqual(['admission-decision']);
    expect(fc1.earliestAdmission).toBe('2026-06-01');
    expect(fc1.decisionDue).toBe(cal.addWorkingDays('2026-05-29', 60));
    expect(fc1.inYear).toBe(true);
  });

  it('T-02: a vote that failed (19 of 30 < 2/3) does not stand: the cell must vote again', () => {
    const f = facts([
      { kind: 'certificate', on: '2025-06-01' },
      { kind: 'cell-vote', on: '2026-05-29', data: { officialMembers: 30, notCounted: 0, inFavour: 19 } },
    ]);
    const r = forecastCandidate(f, 2026, '2026-06-01', cal);
    expect(r.notes.map((n) => n.code)).toContain('FORECAST.VOTE_FAILED');
    expect(r.steps.map((s) => s.step)).toEqual(['cell-vote', 'admission-decision']);
  });

  it('E-08: a certificate expiring before the vote must be re-taken; with a class ending 15/09 the vote waits', () => {
    const f = facts([{ kind: 'certificate', on: '2021-03-01' }]);
    const r = forecastCandidate(f, 2026, '2026-06-01', cal, { classEndsOn: '2026-09-15' });
    expect(r.notes.map((n) => n.code)).toContain('FORECAST.CERTIFICATE_EXPIRES');
    expect(r.steps[0]).toEqual({ step: 'certificate', earliest: '2026-09-15', rule: 'E-08' });
    expect(r.steps[1]).toMatchObject({ step: 'cell-vote', earliest: '2026-09-15' });
    expect(r.earliestAdmission).toBe(cal.nextWorkingDay('2026-09-15'));
  });

  it('E-08 edge: a certificate valid through the vote day stands (issued 01/06/2021, 60 months → 01/06/2026)', () => {
    const f = facts([{ kind: 'certificate', on: '2021-06-01' }]);
    expect(forecastCandidate(f, 2026, '2026-06-01', cal).notes).toEqual([]);
    expect(forecastCandidate(f, 2026, '2026-06-02', cal).notes.map((n) => n.code)).toEqual([
      'FORECAST.CERTIFICATE_EXPIRES',
    ]);
  });

  it('E-02: someone born 31/12/2008 may be voted on from 01/12/2026, so admission can still fall in 2026', () => {
    expect(firstEligibleDay('2008-12-31', 216)).toBe('2026-12-01');
    const young = forecastFacts(
      { ...base, birthDate: '2008-12-31' },
      [{ kind: 'certificate', on: '2026-03-01' }],
      '2026-06-01',
    );
    const r = forecastCandidate(young, 2026, '2026-06-01', cal);
    expect(r.notes.map((n) => n.code)).toContain('FORECAST.UNDER_AGE');
    expect(r.steps.find((s) => s.step === 'cell-vote')?.earliest).toBe('2026-12-01');
    expect(r.inYear).toBe(true);
  });

  it('E-02: someone born in January 2009 turns 18 in January 2027: admission cannot fall in 2026', () => {
    const young = forecastFacts(
      { ...base, birthDate: '2009-01-02' },
      [{ kind: 'certificate', on: '2026-03-01' }],
      '2026-06-01',
    );
    expect(forecastCandidate(young, 2026, '2026-06-01', cal).inYear).toBe(false);
  });

  it('what-if: "if cell c1 votes on 20/10" moves the vote; a day earlier than lawful is refused with a note', () => {
    const f = facts([{ kind: 'certificate', on: '2025-06-01' }]);
    const r = forecastCandidate(f, 2026, '2026-06-01', cal, { cellVotes: { c1: '2026-10-20' } });
    expect(r.steps.find((s) => s.step === 'cell-vote')?.earliest).toBe('2026-10-20');
    const early = forecastCandidate(f, 2026, '2026-06-01', cal, { cellVotes: { c1: '2026-05-01' } });
    expect(early.notes.map((n) => n.code)).toContain('FORECAST.WHAT_IF_TOO_EARLY');
    expect(early.steps.find((s) => s.step === 'cell-vote')?.earliest).toBe('2026-06-01');
  });

  it('I-03: a recorded member introducer together since 15/03/2026 lets the cell vote from 15/03/2027', () => {
    const introduced = facts(
      [
        { kind: 'certificate', on: '2025-06-01' },
        {
          kind: 'introduction',
          on: '2026-05-20',
          data: {
            introducer: { kind: 'member', together: [{ from: '2026-03-15', to: null, relation: 'work' }] },
          },
        },
      ],
      '2026-06-01',
    );
    expect(introduced.introducers).toHaveLength(1);
    expect(togetherEnoughOn(introduced.introducers[0] ?? [], '2026-06-01', 12, ['work'])).toBe('2027-03-15');
    const r = forecastCandidate(introduced, 2026, '2026-06-01', cal);
    expect(r.notes.map((n) => n.code)).toContain('FORECAST.INTRODUCER_WAIT');
    expect(r.steps.find((s) => s.step === 'cell-vote')?.earliest).toBe('2027-03-15');
    expect(r.inYear).toBe(false);
    // A replacement introducer (I-05) needs no months together; a period that has ended short cannot be waited for.
    const replaced = facts([
      { kind: 'certificate', on: '2025-06-01' },
      {
        kind: 'introduction',
        on: '2026-05-20',
        data: { introducer: { kind: 'member', replacement: true, together: [] } },
      },
    ]);
    expect(replaced.introducers).toEqual([]);
    expect(
      togetherEnoughOn([{ from: '2026-01-01', to: '2026-03-01', relation: 'work' }], '2026-06-01', 12, [
        'work',
      ]),
    ).toBeNull();
  });

  it('a vote on 31 December leaves the decision for the next working day, in the next year', () => {
    const f = facts([{ kind: 'certificate', on: '2025-06-01' }], '2026-12-31');
    const r = forecastCandidate(f, 2026, '2026-12-31', cal);
    expect(r.earliestAdmission > '2026-12-31').toBe(true);
    expect(r.inYear).toBe(false);
  });
});

describe('the stage model learnt from the commune history', () => {
  const person = (id: string, events: { kind: string; on: string }[], asOf = '2026-06-01') =>
    forecastFacts({ id, cellId: 'c1', birthDate: '1990-01-01' }, events, asOf);

  it('without history every stage follows the prior; the vote-to-decision prior is half the L-01 window', () => {
    const model = learnStageModel([], '2026-06-01', cal);
    const pool = hazardOn(model, 'pool', 15);
    expect(pool.move).toBeCloseTo((1 - STAGE_PRIOR.pool.leaving) / STAGE_PRIOR.pool.meanDays, 10);
    expect(pool.leave).toBeCloseTo(STAGE_PRIOR.pool.leaving / STAGE_PRIOR.pool.meanDays, 10);
    const window = (Date.parse(cal.addWorkingDays('2026-06-01', 60)) - Date.parse('2026-06-01')) / 86_400_000;
    expect(hazardOn(model, 'voted', 15).move).toBeCloseTo((1 - STAGE_PRIOR.voted.leaving) / (window / 2), 10);
    // Never on the vote's own day (L-01 counts from the next working day), and no prior for skipping a stage.
    expect(hazardOn(model, 'voted', 0).move).toBe(0);
    expect(hazardOn(model, 'pool', 0).move).toBe(0);
  });

  it("with history the commune's own pace wins: everyone moving on after 5 days makes that bin's rate high", () => {
    const history = Array.from({ length: 40 }, (_, i) =>
      person(`h${i}`, [
        { kind: 'entered-pool', on: '2025-01-01' },
        { kind: 'helper-assigned', on: '2025-01-06' },
      ]),
    );
    const model = learnStageModel(history, '2026-06-01', cal);
    // Days 1–10 in the pool: 40 moves over 40 × 5 days at risk, beside the prior's 2 candidates × 10 days.
    expect(hazardOn(model, 'pool', 5).move).toBeGreaterThan(0.15);
    expect(hazardOn(model, 'pool', 5).move).toBeGreaterThan(
      10 * hazardOn(learnStageModel([], '2026-06-01', cal), 'pool', 5).move,
    );
    expect(model.stages.pool).toMatchObject({ reached: 40, movedOn: 40, left: 0 });
  });

  it('a candidate still running on asOf counts as days at risk, never as a failure; a withdrawal counts as leaving', () => {
    const running = person('r', [{ kind: 'entered-pool', on: '2026-01-01' }]);
    const gone = person('g', [
      { kind: 'entered-pool', on: '2026-01-01' },
      { kind: 'withdrawn', on: '2026-01-05' },
    ]);
    const model = learnStageModel([running, gone], '2026-06-01', cal);
    expect(model.stages.pool).toMatchObject({ reached: 2, movedOn: 0, left: 1 });
    expect(hazardOn(model, 'pool', 3).leave).toBeGreaterThan(hazardOn(model, 'pool', 100).leave);
  });
});

describe("each candidate's chance of an admission decision dated by 31 December", () => {
  const history = learnStageModel([], '2026-12-30', cal);
  const chance = (f: ForecastFacts, asOf: string, year = 2026) =>
    yearEndChances(
      { ...history, asOf },
      [{ facts: f, forecast: forecastCandidate(f, year, asOf, cal) }],
      year,
      cal,
    )[0];
  const voted = (on: string, asOf: string) =>
    facts(
      [
        { kind: 'certificate', on: '2025-06-01' },
        { kind: 'cell-vote', on, data: { officialMembers: 30, notCounted: 0, inFavour: 25 } },
      ],
      asOf,
    );

  it('L-01 boundary: a vote on 30/12 leaves 31/12 (a working day) for the decision, so it counts', () => {
    const f = voted('2026-12-30', '2026-12-30');
    expect(forecastCandidate(f, 2026, '2026-12-30', cal).earliestAdmission).toBe('2026-12-31');
    expect(chance(f, '2026-12-30')).toBeGreaterThan(0);
  });

  it('L-01 boundary: a vote on 31/12 leaves the decision for January: no chance in the year', () => {
    const f = voted('2026-12-31', '2026-12-31');
    expect(forecastCandidate(f, 2026, '2026-12-31', cal).earliestAdmission > '2026-12-31').toBe(true);
    expect(chance(f, '2026-12-31')).toBe(0);
  });

  it('E-02 boundary: turning 18 in December 2026 still leaves a chance in 2026; in January 2027 none', () => {
    const young = (birthDate: string) =>
      forecastFacts(
        { ...base, birthDate },
        [
          { kind: 'certificate', on: '2026-03-01' },
          { kind: 'verification-answered', on: '2026-05-01' },
        ],
        '2026-06-01',
      );
    expect(chance(young('2008-12-31'), '2026-06-01')).toBeGreaterThan(0);
    expect(chance(young('2009-01-02'), '2026-06-01')).toBe(0);
  });

  it('the further along and the earlier in the year, the better the chance; a stalled one fades', () => {
    const at = (kind: string, on: string, asOf = '2026-06-30') =>
      chance(
        facts(
          [
            { kind: 'entered-pool', on: '2025-06-01' },
            { kind, on },
          ],
          asOf,
        ),
        asOf,
      ) ?? 0;
    const pool = chance(facts([{ kind: 'entered-pool', on: '2026-06-01' }], '2026-06-30'), '2026-06-30') ?? 0;
    expect(pool).toBeLessThan(at('verification-requested', '2026-06-15'));
    expect(at('verification-requested', '2026-06-15')).toBeLessThan(
      chance(voted('2026-06-20', '2026-06-30'), '2026-06-30') ?? 0,
    );
    expect(at('verification-requested', '2026-06-15', '2026-10-31')).toBeLessThan(
      at('verification-requested', '2026-06-15'),
    );
    // In the verification stage since 2019, never moved on: the prior takes seven years there as stalled.
    expect(at('verification-requested', '2019-06-15')).toBeLessThan(
      at('verification-requested', '2026-06-15') / 3,
    );
  });
});

describe('year-end projection', () => {
  const cells = [
    { cellId: 'c1', name: 'Chi bộ 1', target: 2, admitted: 1 },
    { cellId: 'c2', name: 'Chi bộ 2', target: 1, admitted: 0 },
    { cellId: 'c3', name: 'Chi bộ 3', target: 1, admitted: 1 },
  ];
  const model = learnStageModel([], '2026-06-01', cal);
  const votedIn = (id: string, cellId: string): ForecastFacts =>
    forecastFacts(
      { id, cellId, birthDate: '1990-01-01' },
      [
        { kind: 'certificate', on: '2025-06-01' },
        { kind: 'cell-vote', on: '2026-05-25', data: { officialMembers: 20, notCounted: 0, inFavour: 18 } },
      ],
      '2026-06-01',
    );
  const project = (candidates: ForecastFacts[], communeTarget = 4) =>
    projectCommune({
      communeName: 'Xã A',
      year: 2026,
      asOf: '2026-06-01',
      communeTarget,
      cells,
      candidates,
      model,
      calendar: cal,
    });

  it('expected counts those admitted and the chances; the interval and the lawful maximum bracket it', () => {
    const p = project([votedIn('a', 'c1'), votedIn('b', 'c1')]);
    const [c1, c2, c3] = p.cells;
    // Two candidates voted a week ago: each almost surely decided within L-01's 60 working days.
    expect(p.candidates.every((c) => c.chance > 0.9)).toBe(true);
    expect(c1).toMatchObject({ admitted: 1, expected: 3, optimistic: 3, risk: null });
    expect(c2).toMatchObject({ expected: 0, optimistic: 0, risk: { code: 'FORECAST.NO_CANDIDATES' } });
    expect(c3?.risk).toBeNull();
    expect(p.commune).toMatchObject({ admitted: 2, expected: 4, high: 4, optimistic: 4, target: 4 });
  });

  it('a cell far from its target with nobody who can be admitted this year is at risk, and says why', () => {
    const p = project([], 4);
    expect(p.cells[1]?.risk?.code).toBe('FORECAST.NO_CANDIDATES');
    expect(p.cells[1]?.risk?.message.vi).toContain('không còn quần chúng nào có thể kết nạp trong năm');
    expect(p.commune.risk?.code).toBe('FORECAST.NO_CANDIDATES');
  });

  it('a cell whose only hope is someone just entering the pool is likely short, with the chance in words', () => {
    const newcomer = forecastFacts(
      { id: 'n', cellId: 'c2', birthDate: '1990-01-01' },
      [{ kind: 'entered-pool', on: '2026-05-30' }],
      '2026-06-01',
    );
    const p = project([newcomer]);
    expect(p.cells[1]?.chanceOfTarget).toBeLessThan(0.5);
    expect(p.cells[1]?.risk?.code).toBe('FORECAST.LIKELY_SHORT');
    expect(p.cells[1]?.risk?.message.vi).toMatch(/khả năng đạt chỉ tiêu (\d+%|dưới 1%)/);
    expect(chanceText(0.004)).toEqual({ vi: 'dưới 1%', en: 'under 1%' });
    expect(chanceText(0).vi).toBe('0%');
  });

  it('property: admitted ≤ low ≤ expected ≤ high ≤ optimistic for every cell and the commune', () => {
    const stage = fc.constantFrom(...FORECAST_STAGES);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cell: fc.constantFrom('c1', 'c2', 'c3'),
            stage,
            since: fc.integer({ min: 0, max: 700 }),
            birth: fc.integer({ min: 1960, max: 2012 }),
            cert: fc.option(fc.integer({ min: 0, max: 3000 })),
            closed: fc.boolean(),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 0, max: 364 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (people, dayOfYear, priorWeight) => {
          const asOf = addDays('2026-01-01', dayOfYear);
          const candidates: ForecastFacts[] = people.map((p, i) => {
            const since = addDays(asOf, -p.since);
            const reached = FORECAST_STAGES.indexOf(p.stage);
            return {
              id: `q${i}`,
              cellId: p.cell,
              birthDate: `${p.birth}-06-15`,
              stage: p.stage,
              stageSince: since,
              stageDays: FORECAST_STAGES.map((_, k) => (k <= reached ? since : null)),
              certificateOn: p.cert === null ? null : addDays('2018-01-01', p.cert),
              introducers: [],
              cellVote: null,
              decidedOn: null,
              closedOn: p.closed ? since : null,
            };
          });
          const proj = projectCommune({
            communeName: 'Xã A',
            year: 2026,
            asOf,
            communeTarget: 5,
            cells,
            candidates,
            model: learnStageModel(candidates, asOf, cal, { priorWeight }),
            calendar: cal,
          });
          for (const u of [...proj.cells, proj.commune]) {
            expect(u.admitted).toBeLessThanOrEqual(u.low);
            expect(u.low).toBeLessThanOrEqual(u.expected);
            expect(u.expected).toBeLessThanOrEqual(u.high);
            expect(u.high).toBeLessThanOrEqual(u.optimistic);
          }
          for (const c of proj.candidates) expect(c.chance).toBeGreaterThanOrEqual(0);
          expect(proj.commune.optimistic).toBe(proj.cells.reduce((s, c) => s + c.optimistic, 0));
        },
      ),
      { numRuns: 60 },
    );
  });
});
