/**
 * The year-end projection per cell and for the commune: the admissions expected by 31 December (those already made
 * included) with an 80 % interval, the most the law still allows, the chance of reaching the target, and the units
 * at risk.
 *
 * - each open candidate has a chance of a decision dated in the year (chance.ts: the commune's own stage-to-stage
 *   pace with a prior, the earliest lawful days);
 * - expected = admitted so far + the sum of the chances, rounded; the interval is the 10th to 90th percentile of the
 *   number still to come (a Poisson-binomial over the chances) added to the admitted;
 * - optimistic = admitted so far + every open candidate whose earliest lawful decision falls in the year: the most
 *   that can happen, not a forecast.
 * Each unit's figures come from its own candidates (the commune's from all of them), so admitted ≤ low ≤ expected ≤
 * high ≤ optimistic holds for every unit; the cells' rounded expected figures need not add up to the commune's.
 */
import type { Bilingual, WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { formatPercentVi } from '../locale/index.js';
import { yearEndChanceSets } from './chance.js';
import { centralInterval, chanceOfAtLeast, predictiveDistribution } from './distribution.js';
import { type CandidateForecast, forecastCandidate, type WhatIf } from './earliest.js';
import { type ForecastFacts, isOpenCandidate } from './facts.js';
import type { StageModel } from './stage-model.js';

/** A cell as the projection sees it. */
export interface ProjectionCell {
  cellId: string;
  name: string;
  target: number | null;
  admitted: number;
}

/** Why a cell (or the commune) is at risk of missing its target. */
export interface Risk {
  code: 'FORECAST.NO_CANDIDATES' | 'FORECAST.SHORT_EVEN_IF_ALL' | 'FORECAST.LIKELY_SHORT';
  message: Bilingual;
}

/** A unit's projection for the year. */
export interface UnitProjection {
  target: number | null;
  admitted: number;
  /** Admissions expected by 31 December, those made included (rounded). */
  expected: number;
  /** The 80 % interval of the year's admissions, those made included. */
  low: number;
  high: number;
  /** Admitted + every open candidate whose admission can lawfully still fall in the year. */
  optimistic: number;
  /** Open candidates whose admission can still fall in the year. */
  candidatesInYear: number;
  /** The chance of reaching the target by 31 December (0..1); null without a target. */
  chanceOfTarget: number | null;
  risk: Risk | null;
}

/**
 * A candidate's forecast with its chance of a decision dated in the year, and that chance with each stage's pace
 * one standard deviation faster (`perturbed`, the same order for every candidate: what the interval widens by).
 */
export type CandidateChance = CandidateForecast & { chance: number; perturbed: number[] };

/** The projection of a commune: each cell, the commune, and each open candidate's forecast. */
export interface CommuneProjection {
  year: number;
  asOf: IsoDate;
  cells: (UnitProjection & { cellId: string; name: string })[];
  commune: UnitProjection;
  candidates: CandidateChance[];
}

/** Below this chance of reaching its target a unit is at risk of missing it (even odds). */
export const AT_RISK_BELOW = 0.5;

/**
 * The risk for a unit with a target still to reach (`admitted < target`); none without a target or once reached.
 * Worst first: no candidate can be admitted this year; even all of them would not be enough (`optimistic <
 * target`); the chance of reaching the target is below even.
 */
export function riskOf(name: string, p: Omit<UnitProjection, 'risk'>): Risk | null {
  if (p.target === null || p.admitted >= p.target) return null;
  const missing = p.target - p.admitted;
  if (p.candidatesInYear === 0)
    return {
      code: 'FORECAST.NO_CANDIDATES',
      message: {
        vi: `${name} còn thiếu ${missing} so với chỉ tiêu nhưng không còn quần chúng nào có thể kết nạp trong năm.`,
        en: `${name} is ${missing} short of its target with no candidate who can be admitted this year.`,
      },
    };
  if (p.optimistic < p.target)
    return {
      code: 'FORECAST.SHORT_EVEN_IF_ALL',
      message: {
        vi: `${name}: kể cả khi tất cả quần chúng đang bồi dưỡng được kết nạp, vẫn thiếu ${p.target - p.optimistic} so với chỉ tiêu.`,
        en: `${name}: even if every open candidate is admitted, it stays ${p.target - p.optimistic} short of its target.`,
      },
    };
  if (p.chanceOfTarget !== null && p.chanceOfTarget < AT_RISK_BELOW) {
    const chance = chanceText(p.chanceOfTarget);
    const range = p.low < p.high ? ` (khoảng ${p.low}–${p.high})` : '';
    return {
      code: 'FORECAST.LIKELY_SHORT',
      message: {
        vi: `${name}: dự kiến ${p.expected}/${p.target}${range}, khả năng đạt chỉ tiêu ${chance.vi}: có nguy cơ không đạt.`,
        en: `${name}: ${p.expected}/${p.target} expected${p.low < p.high ? ` (${p.low}–${p.high})` : ''}, a ${chance.en} chance of reaching the target: at risk.`,
      },
    };
  }
  return null;
}

/** A chance in words: whole percent, rounded down, but "under 1 %" rather than 0 % when it is not nil. */
export function chanceText(chance: number): Bilingual {
  if (chance > 0 && chance < 0.01) return { vi: 'dưới 1%', en: 'under 1%' };
  const percent = formatPercentVi(chance);
  return { vi: percent, en: percent };
}

/**
 * A unit's figures from its admitted count and its open candidates' chances: the number still to come is the sum of
 * independent chances (Poisson-binomial), spread by how much its mean moves with the model's uncertain pace (the
 * squared shifts under each stage's one-standard-deviation change, added).
 */
export function unitProjection(
  name: string,
  target: number | null,
  admitted: number,
  candidates: readonly CandidateChance[],
): UnitProjection {
  const inYear = candidates.filter((c) => c.inYear);
  const chances = inYear.map((c) => c.chance);
  const shifts = inYear[0]?.perturbed.map((_, k) =>
    inYear.reduce((s, c) => s + ((c.perturbed[k] ?? 0) - c.chance), 0),
  );
  const variance = (shifts ?? []).reduce((s, d) => s + d * d, 0);
  const dist = predictiveDistribution(chances, variance);
  const interval = centralInterval(dist);
  const expected = admitted + Math.round(chances.reduce((s, p) => s + p, 0));
  const p = {
    target,
    admitted,
    expected,
    low: Math.min(admitted + interval.low, expected),
    high: Math.max(admitted + interval.high, expected),
    optimistic: admitted + inYear.length,
    candidatesInYear: inYear.length,
    chanceOfTarget: target === null ? null : chanceOfAtLeast(dist, target - admitted),
  };
  return { ...p, risk: riskOf(name, p) };
}

/**
 * Projects a commune's year on `asOf`. `candidates` are facts as of `asOf` (closed and decided ones are skipped, and
 * so are those of a cell not in `cells`); `model` is {@link learnStageModel} on the same day. The commune's admitted
 * figure is the sum of its cells'; its target is its own (`communeTarget`).
 */
export function projectCommune(input: {
  communeName: string;
  year: number;
  asOf: IsoDate;
  communeTarget: number | null;
  cells: readonly ProjectionCell[];
  candidates: readonly ForecastFacts[];
  model: StageModel;
  calendar: WorkingCalendar;
  whatIf?: WhatIf;
}): CommuneProjection {
  const known = new Set(input.cells.map((c) => c.cellId));
  const open = input.candidates
    .filter((c) => isOpenCandidate(c) && known.has(c.cellId))
    .map((facts) => ({
      facts,
      forecast: forecastCandidate(facts, input.year, input.asOf, input.calendar, input.whatIf),
    }));
  const sets = yearEndChanceSets(input.model, open, input.year, input.calendar);
  const candidates: CandidateChance[] = open.map((o, i) => ({
    ...o.forecast,
    chance: sets.chances[i] ?? 0,
    perturbed: sets.perturbed.map((p) => p[i] ?? 0),
  }));
  const cells = input.cells.map((c) => ({
    cellId: c.cellId,
    name: c.name,
    ...unitProjection(
      c.name,
      c.target,
      c.admitted,
      candidates.filter((f) => f.cellId === c.cellId),
    ),
  }));
  const admitted = cells.reduce((s, c) => s + c.admitted, 0);
  return {
    year: input.year,
    asOf: input.asOf,
    cells,
    commune: unitProjection(input.communeName, input.communeTarget, admitted, candidates),
    candidates,
  };
}
