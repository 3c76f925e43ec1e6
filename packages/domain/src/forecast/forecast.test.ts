import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/index.js';
import { addDays } from '../date.js';
import { firstEligibleDay, forecastCandidate } from './earliest.js';
import { FORECAST_STAGES, type ForecastFacts, forecastFacts } from './facts.js';
import { projectCommune } from './projection.js';
import { completionRates, defaultRateSettings } from './rates.js';

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

  it('a vote on 31 December leaves the decision for the next working day, in the next year', () => {
    const f = facts([{ kind: 'certificate', on: '2025-06-01' }], '2026-12-31');
    const r = forecastCandidate(f, 2026, '2026-12-31', cal);
    expect(r.earliestAdmission > '2026-12-31').toBe(true);
    expect(r.inYear).toBe(false);
  });
});

describe('completion rates from the commune history', () => {
  const done = (id: string, stage: ForecastFacts['stage'] = 'voted'): ForecastFacts => ({
    ...base,
    id,
    stage,
    stageSince: '2024-01-01',
    certificateOn: null,
    cellVote: null,
    decidedOn: '2024-06-01',
    closedOn: null,
  });
  const gone = (id: string, stage: ForecastFacts['stage']): ForecastFacts => ({
    ...done(id, stage),
    decidedOn: null,
    closedOn: '2024-06-01',
  });

  it('counts a decided candidate at every stage, a withdrawn one up to its stage; too few cases use the fallback', () => {
    const rates = completionRates(
      [done('a'), done('b'), done('c'), gone('d', 'pool'), gone('e', 'pool'), gone('f', 'certified')],
      '2026-06-01',
    );
    expect(rates.pool).toMatchObject({ finished: 6, completed: 3, rate: 0.5, source: 'history' });
    expect(rates.certified).toMatchObject({ finished: 4, completed: 3, rate: 0.75 });
    expect(rates.voted).toMatchObject({ finished: 3, completed: 3, rate: 1 });
    expect(completionRates([], '2026-06-01').voted).toMatchObject({
      rate: defaultRateSettings.fallback,
      source: 'fallback',
    });
  });

  it('a candidate still running is left out until it stalls for a year', () => {
    const running: ForecastFacts = { ...done('r', 'pool'), decidedOn: null, stageSince: '2026-01-01' };
    expect(completionRates([running], '2026-06-01').pool.finished).toBe(0);
    expect(completionRates([running], '2027-01-02').pool.finished).toBe(1);
  });
});

describe('year-end projection', () => {
  const cells = [
    { cellId: 'c1', name: 'Chi bộ 1', target: 2, admitted: 1 },
    { cellId: 'c2', name: 'Chi bộ 2', target: 1, admitted: 0 },
    { cellId: 'c3', name: 'Chi bộ 3', target: 1, admitted: 1 },
  ];
  const rates = completionRates([], '2026-06-01', { ...defaultRateSettings, fallback: 0.5 });
  const open = (id: string, cellId: string): ForecastFacts =>
    forecastFacts(
      { id, cellId, birthDate: '1990-01-01' },
      [{ kind: 'certificate', on: '2025-06-01' }],
      '2026-06-01',
    );

  it('optimistic counts every candidate who can be admitted this year; realistic weighs them; cells at risk say why', () => {
    const p = projectCommune({
      communeName: 'Xã A',
      year: 2026,
      asOf: '2026-06-01',
      communeTarget: 4,
      cells,
      candidates: [open('a', 'c1'), open('b', 'c1')],
      rates,
      calendar: cal,
    });
    const [c1, c2, c3] = p.cells;
    expect(c1).toMatchObject({ optimistic: 3, realistic: 2, risk: null });
    expect(c2).toMatchObject({ optimistic: 0, realistic: 0, risk: { code: 'FORECAST.NO_CANDIDATES' } });
    expect(c3?.risk).toBeNull();
    expect(p.commune).toMatchObject({
      admitted: 2,
      realistic: 3,
      optimistic: 4,
      target: 4,
      risk: { code: 'FORECAST.LIKELY_SHORT' },
    });
  });

  it('property: admitted ≤ realistic ≤ optimistic for every cell and the commune, and the cells add up', () => {
    const stage = fc.constantFrom(...FORECAST_STAGES);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cell: fc.constantFrom('c1', 'c2', 'c3'),
            stage,
            birth: fc.integer({ min: 1960, max: 2012 }),
            cert: fc.option(fc.integer({ min: 0, max: 3000 })),
            closed: fc.boolean(),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 0, max: 364 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (people, dayOfYear, fallback) => {
          const asOf = addDays('2026-01-01', dayOfYear);
          const candidates: ForecastFacts[] = people.map((p, i) => ({
            id: `q${i}`,
            cellId: p.cell,
            birthDate: `${p.birth}-06-15`,
            stage: p.stage,
            stageSince: '2025-01-01',
            certificateOn: p.cert === null ? null : addDays('2018-01-01', p.cert),
            cellVote: null,
            decidedOn: null,
            closedOn: p.closed ? '2025-12-01' : null,
          }));
          const proj = projectCommune({
            communeName: 'Xã A',
            year: 2026,
            asOf,
            communeTarget: 5,
            cells,
            candidates,
            rates: completionRates(candidates, asOf, { ...defaultRateSettings, fallback }),
            calendar: cal,
          });
          for (const u of [...proj.cells, proj.commune]) {
            expect(u.admitted).toBeLessThanOrEqual(u.realistic);
            expect(u.realistic).toBeLessThanOrEqual(u.optimistic);
          }
          expect(proj.commune.optimistic).toBe(proj.cells.reduce((s, c) => s + c.optimistic, 0));
          expect(proj.commune.realistic).toBe(proj.cells.reduce((s, c) => s + c.realistic, 0));
        },
      ),
      { numRuns: 60 },
    );
  });
});
