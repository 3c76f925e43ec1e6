import { describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../calendar/index.js';
import { type BoardSnapshotData, boardOn } from './board-snapshot.js';
import { type BoardFacts, buildBoardSnapshot, forecastDays } from './build-board-snapshot.js';
import { parseCommuneSettings } from './settings.js';

const facts: BoardFacts = {
  commune: { id: 'xa', slug: 'xa', name: 'Xã Thử' },
  year: 2023,
  settings: parseCommuneSettings(null),
  cells: [
    { id: 'cb-1', name: 'Chi bộ 1', kind: 'rural', validFrom: '2000-01-01', validTo: null },
    { id: 'cb-2', name: 'Chi bộ 2', kind: 'school', validFrom: '2000-01-01', validTo: '2023-07-01' },
  ],
  members: [
    { cellId: 'cb-1', joinedOn: '2020-05-01', leftOn: null },
    { cellId: 'cb-1', joinedOn: '2010-05-01', leftOn: '2023-02-01' },
  ],
  targets: [
    { orgId: 'xa', total: 7, setOn: '2023-01-10' },
    { orgId: 'cb-1', total: 2, setOn: '2023-01-10' },
  ],
  candidates: [
    {
      id: 'qc-1',
      cellId: 'cb-1',
      gender: 'F',
      birthDate: '1998-04-01',
      events: [
        { kind: 'entered-pool', on: '2021-01-01' },
        { kind: 'admission-decision', on: '2023-03-15' },
      ],
    },
    // Decided the year before: not an admission of 2023.
    {
      id: 'qc-2',
      cellId: 'cb-1',
      gender: 'M',
      birthDate: '1990-01-01',
      events: [{ kind: 'admission-decision', on: '2022-12-30' }],
    },
  ],
};

describe('the public board snapshot, built from the facts', () => {
  it('counts admissions by the decision day in the year, per cell, with the new member’s gender and age band', () => {
    const s = buildBoardSnapshot(facts, '2023-06-30', vietnamCalendar);
    expect(s.cells[0]?.admissions).toEqual(['2023-03-15']);
    expect(s.cells[1]?.admissions).toEqual([]);
    expect(s.newMembers).toEqual([{ on: '2023-03-15', gender: 'F', ageBand: '<=30' }]);
  });

  it('keeps members as sorted join and leave days, targets as dated lists, the cells’ days of existence', () => {
    const s = buildBoardSnapshot(facts, '2023-06-30', vietnamCalendar);
    expect(s.cells[0]).toMatchObject({
      joins: ['2010-05-01', '2020-05-01'],
      leaves: ['2023-02-01'],
      targets: [['2023-01-10', 2]],
    });
    expect(s.cells[1]).toMatchObject({ validTo: '2023-07-01', targets: [] });
    expect(s.communeTargets).toEqual([['2023-01-10', 7]]);
  });

  it('forecasts at each month end before the day it is computed, then on that day', () => {
    expect(forecastDays(2024, '2024-03-15')).toEqual(['2024-01-31', '2024-02-29', '2024-03-15']);
    expect(forecastDays(2023, '2024-01-02')).toHaveLength(12);
    expect(buildBoardSnapshot(facts, '2023-02-10', vietnamCalendar).forecasts.map((f) => f.on)).toEqual([
      '2023-01-31',
      '2023-02-10',
    ]);
  });

  it('keeps each forecast as expected with its interval, those admitted included', () => {
    const s = buildBoardSnapshot(facts, '2023-06-30', vietnamCalendar);
    const june = s.forecasts.find((f) => f.on === '2023-06-30');
    // One admitted by then, nobody open: 1 expected, and nothing either side.
    expect(june).toEqual({ on: '2023-06-30', expected: 1, low: 1, high: 1 });
    expect(boardOn(s, '2023-07-15').forecast).toEqual(june);
  });

  it('a snapshot stored before the calibrated forecast (version 1) shows no forecast, never its old band', () => {
    const s = buildBoardSnapshot(facts, '2023-06-30', vietnamCalendar);
    const old = {
      ...s,
      version: 1,
      forecasts: [{ on: '2023-06-30', realistic: 37, optimistic: 43 }],
    } as unknown as BoardSnapshotData;
    expect(boardOn(old, '2023-06-30').forecast).toBeNull();
    expect(boardOn(old, '2023-06-30').commune.admitted).toBe(1);
  });
});

describe('source targets and introductions to the awareness class on the board', () => {
  const withSources: BoardFacts = {
    ...facts,
    targets: [
      ...facts.targets,
      { orgId: 'cb-1', total: 2, setOn: '2023-03-01', sourceTotal: 2 },
      // A later row leaving the source target empty keeps the one set before it.
      { orgId: 'cb-1', total: 3, setOn: '2023-05-01', sourceTotal: null },
    ],
    candidates: [
      ...facts.candidates,
      {
        id: 'qc-3',
        cellId: 'cb-1',
        gender: 'M',
        birthDate: '2000-01-01',
        events: [
          { kind: 'certificate', on: '2022-12-31' },
          // Sent again after the first certificate: introduced again, in 2023.
          { kind: 'certificate', on: '2023-06-30' },
        ],
      },
    ],
  };
  const s = buildBoardSnapshot(withSources, '2023-12-31', vietnamCalendar);

  it('a source target counts from the day it is set: the day before it none, on the day 2', () => {
    expect(boardOn(s, '2023-02-28').cells[0]?.sourceTarget).toBeNull();
    expect(boardOn(s, '2023-03-01').cells[0]?.sourceTarget).toBe(2);
    expect(boardOn(s, '2023-06-01').cells[0]).toMatchObject({ target: 3, sourceTarget: 2 });
  });

  it('introduced counts the certificates of the year up to asOf: 30/06 counts on 30/06, not on 29/06', () => {
    expect(boardOn(s, '2023-06-29').cells[0]?.introduced).toBe(0);
    expect(boardOn(s, '2023-06-30').cells[0]?.introduced).toBe(1);
    expect(boardOn(s, '2023-06-30').commune).toMatchObject({ sourceTarget: 2, introduced: 1 });
  });

  it('the commune has no source target when no cell has one', () => {
    expect(
      boardOn(buildBoardSnapshot(facts, '2023-06-30', vietnamCalendar), '2023-06-30').commune,
    ).toMatchObject({
      sourceTarget: null,
      introduced: 0,
    });
  });

  it('a snapshot stored before source targets reads as none set, nobody introduced', () => {
    const old = {
      ...s,
      cells: s.cells.map(({ sourceTargets: _, introductions: __, ...c }) => c),
    } as BoardSnapshotData;
    expect(boardOn(old, '2023-06-30').cells[0]).toMatchObject({ sourceTarget: null, introduced: 0 });
  });
});

describe('commune settings saved before the calibrated forecast', () => {
  it("still parse, keeping the commune's other choices, with the forecast's prior weight defaulted", () => {
    const saved = JSON.stringify({
      forecast: { stallDays: 365, minCases: 3, fallback: 0.5 },
      publicMinCount: 5,
      grading: { excellent: 120, good: 100, complete: 50 },
    });
    expect(parseCommuneSettings(saved)).toMatchObject({
      forecast: { priorWeight: 2 },
      publicMinCount: 5,
      grading: { excellent: 120 },
    });
  });
});
