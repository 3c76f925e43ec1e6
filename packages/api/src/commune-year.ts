import {
  candidatesWithHistory,
  cellEventsInYear,
  communeBySlug,
  communeProgressRows,
  communeSettings,
  type DbClient,
  leftDuringProbation,
  type TargetInForce,
  targetsInForce,
} from '@ketnap/db';
import {
  type CommuneSettings,
  checkpointFigures,
  communeSourceTarget,
  forecastFacts,
  GRADE_LABELS,
  gradeOf,
  INTRODUCED_BY,
  type IsoDate,
  learnStageModel,
  monthlySeries,
  percentOfTarget,
  projectCommune,
  rollUp,
  vietnamCalendar,
  type WhatIf,
} from '@ketnap/domain';
import type { ApiError } from './errors.js';

/** What every commune-year view loads first: the commune, its settings, its cells with figures on `asOf`. */
export async function loadCommuneYear(db: DbClient, slug: string, year: number, asOf: IsoDate) {
  const commune = await communeBySlug(db, slug);
  if (!commune) {
    const error: ApiError = {
      code: 'BOARD.COMMUNE_NOT_FOUND',
      message: { vi: `Không tìm thấy xã "${slug}".`, en: `No commune "${slug}".` },
    };
    return { ok: false as const, error };
  }
  const [rows, settings] = await Promise.all([
    communeProgressRows(db, commune.id, year, asOf),
    communeSettings(db, commune.id),
  ]);
  const cellIds = rows.cells.map((c) => c.id);
  const targets = await targetsInForce(db, [commune.id, ...cellIds], year, asOf);
  const targetOf = new Map<string, TargetInForce>(targets.map((t) => [t.orgId, t]));
  return { ok: true as const, commune, rows, settings, cellIds, targetOf };
}

/** The day a year's report is made on: `asOf`, never past 31 December of the year. */
export const reportDay = (year: number, asOf: IsoDate): IsoDate =>
  asOf > `${year}-12-31` ? `${year}-12-31` : asOf;

/** The grade of a unit with its words, or null without a target. */
function graded(admitted: number, target: number | null, settings: CommuneSettings) {
  const grade = gradeOf(admitted, target, settings.grading);
  return grade && { grade, label: GRADE_LABELS[grade] };
}

/**
 * Progress of a commune's year on `asOf`: each cell's target, admissions (by decision date), percent and grade;
 * recognitions and probation outcomes in the year; the checkpoints and the monthly series.
 */
export async function communeProgress(db: DbClient, input: { commune: string; year: number; asOf: IsoDate }) {
  const loaded = await loadCommuneYear(db, input.commune, input.year, input.asOf);
  if (!loaded.ok) return loaded;
  const { commune, rows, settings, cellIds, targetOf } = loaded;
  const [events, left] = await Promise.all([
    cellEventsInYear(db, cellIds, input.year, ['admission-decision', 'recognition-decision', INTRODUCED_BY]),
    leftDuringProbation(db, cellIds, input.year, input.asOf),
  ]);
  const upTo = events.filter((e) => e.on <= input.asOf);
  const decisions = upTo.filter((e) => e.kind === 'admission-decision');
  const recognitions = upTo.filter((e) => e.kind === 'recognition-decision');
  const introductions = upTo.filter((e) => e.kind === INTRODUCED_BY);
  const sourceTargetOf = (cellId: string) => targetOf.get(cellId)?.sourceTotal ?? null;
  const cells = rows.cells.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    members: c.official + c.probationary,
    official: c.official,
    probationary: c.probationary,
    target: c.target,
    subTargets: targetOf.get(c.id)?.subTargets ?? {},
    admitted: c.admitted,
    percent: percentOfTarget(c),
    grade: graded(c.admitted, c.target, settings),
    recognised: recognitions.filter((r) => r.cellId === c.id).length,
    leftInProbation: left.filter((l) => l.cellId === c.id).length,
    sourceTarget: sourceTargetOf(c.id),
    introduced: introductions.filter((i) => i.cellId === c.id).length,
  }));
  const totals = rollUp(cells, rows.communeTarget);
  return {
    ok: true as const,
    value: {
      commune: {
        slug: commune.slug ?? commune.id,
        name: commune.name,
        ...totals,
        subTargets: targetOf.get(commune.id)?.subTargets ?? {},
        resolutionRef: targetOf.get(commune.id)?.resolutionRef ?? null,
        assignedBy: targetOf.get(commune.id)?.assignedBy ?? null,
        percent: percentOfTarget(totals),
        grade: graded(totals.admitted, totals.target, settings),
        recognised: recognitions.length,
        leftInProbation: left.length,
        sourceTarget: communeSourceTarget(cells.map((c) => c.sourceTarget)),
        introduced: introductions.length,
      },
      year: input.year,
      asOf: input.asOf,
      cells,
      checkpoints: checkpointFigures(
        decisions.map((d) => d.on),
        input.year,
        input.asOf,
      ),
      monthly: monthlySeries(
        decisions.map((d) => d.on),
        input.year,
        input.asOf,
      ),
      grading: settings.grading,
    },
  };
}

/** The year-end forecast of a commune on `asOf`, with optional what-if inputs (forecast/ in the domain). */
export async function communeForecast(
  db: DbClient,
  input: { commune: string; year: number; asOf: IsoDate; whatIf?: WhatIf },
) {
  const loaded = await loadCommuneYear(db, input.commune, input.year, input.asOf);
  if (!loaded.ok) return loaded;
  const { commune, rows, settings, cellIds } = loaded;
  const histories = await candidatesWithHistory(db, cellIds);
  const facts = histories.map((h) => forecastFacts(h, h.events, input.asOf));
  const model = learnStageModel(facts, input.asOf, vietnamCalendar, settings.forecast);
  const projection = projectCommune({
    communeName: commune.name,
    year: input.year,
    asOf: input.asOf,
    communeTarget: rows.communeTarget,
    cells: rows.cells.map((c) => ({ cellId: c.id, name: c.name, target: c.target, admitted: c.admitted })),
    candidates: facts,
    model,
    calendar: vietnamCalendar,
    whatIf: input.whatIf,
  });
  const stageOf = new Map(facts.map((f) => [f.id, f.stage]));
  return {
    ok: true as const,
    value: {
      ...projection,
      // The chances under the model's shifted paces only serve the intervals: not sent.
      candidates: projection.candidates.map(({ perturbed: _, ...c }) => ({
        ...c,
        stage: stageOf.get(c.candidateId) ?? 'pool',
      })),
      // How much of the commune's own history each stage's pace rests on (the rest is the prior).
      history: Object.fromEntries(
        Object.entries(model.stages).map(([stage, h]) => [
          stage,
          { reached: h.reached, movedOn: h.movedOn, left: h.left },
        ]),
      ),
    },
  };
}
