/**
 * The year-end projection per cell and for the commune: an optimistic and a realistic figure, and the cells at risk.
 *
 * - optimistic = admitted so far + every open candidate whose earliest lawful admission falls in the year;
 * - realistic = admitted so far + the same candidates, each weighted by the completion rate of its stage learnt
 *   from the commune's own history (rates.ts), rounded per cell to the nearest whole person; the commune's figures
 *   are the sums of its cells'.
 * So admitted ≤ realistic ≤ optimistic always holds.
 */
import type { Bilingual, WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { type CandidateForecast, forecastCandidate, type WhatIf } from './earliest.js';
import { type ForecastFacts, type ForecastStage, isOpenCandidate } from './facts.js';
import type { StageRate } from './rates.js';

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
  realistic: number;
  optimistic: number;
  /** Open candidates whose admission can still fall in the year. */
  candidatesInYear: number;
  risk: Risk | null;
}

/** The projection of a commune: each cell, the commune, and each open candidate's forecast. */
export interface CommuneProjection {
  year: number;
  asOf: IsoDate;
  cells: (UnitProjection & { cellId: string; name: string })[];
  commune: UnitProjection;
  candidates: CandidateForecast[];
}

/**
 * The risk for a unit with a target still to reach (`admitted < target`); none without a target or once reached.
 * Worst first: no candidate can be admitted this year; even all of them would not be enough (`optimistic <
 * target`); the realistic figure falls short (`realistic < target`).
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
  if (p.realistic < p.target)
    return {
      code: 'FORECAST.LIKELY_SHORT',
      message: {
        vi: `${name}: dự báo thực tế ${p.realistic}/${p.target}, có nguy cơ không đạt chỉ tiêu.`,
        en: `${name}: realistic forecast ${p.realistic}/${p.target}, at risk of missing the target.`,
      },
    };
  return null;
}

function unit(
  name: string,
  target: number | null,
  admitted: number,
  inYear: CandidateForecast[],
  weight: (c: CandidateForecast) => number,
): UnitProjection {
  const expected = inYear.reduce((s, c) => s + weight(c), 0);
  const p = {
    target,
    admitted,
    optimistic: admitted + inYear.length,
    realistic: admitted + Math.min(inYear.length, Math.round(expected)),
    candidatesInYear: inYear.length,
  };
  return { ...p, risk: riskOf(name, p) };
}

/**
 * Projects a commune's year on `asOf`. `candidates` are facts as of `asOf` (closed and decided ones are skipped);
 * `rates` come from {@link completionRates}. The commune's admitted figure is the sum of its cells'; its target is
 * its own (`communeTarget`).
 */
export function projectCommune(input: {
  communeName: string;
  year: number;
  asOf: IsoDate;
  communeTarget: number | null;
  cells: readonly ProjectionCell[];
  candidates: readonly ForecastFacts[];
  rates: Record<ForecastStage, StageRate>;
  calendar: WorkingCalendar;
  whatIf?: WhatIf;
}): CommuneProjection {
  const stageOf = new Map(input.candidates.map((c) => [c.id, c.stage]));
  const weight = (c: CandidateForecast) => input.rates[stageOf.get(c.candidateId) ?? 'pool'].rate;
  const known = new Set(input.cells.map((c) => c.cellId));
  const forecasts = input.candidates
    .filter((c) => isOpenCandidate(c) && known.has(c.cellId))
    .map((c) => forecastCandidate(c, input.year, input.asOf, input.calendar, input.whatIf));
  const inYear = forecasts.filter((f) => f.inYear);
  const cells = input.cells.map((c) => ({
    cellId: c.cellId,
    name: c.name,
    ...unit(
      c.name,
      c.target,
      c.admitted,
      inYear.filter((f) => f.cellId === c.cellId),
      weight,
    ),
  }));
  // The commune's figures are the sums of its cells' (each cell rounded on its own), so the levels add up.
  const sum = (pick: (c: UnitProjection) => number) => cells.reduce((s, c) => s + pick(c), 0);
  const totals = {
    target: input.communeTarget,
    admitted: sum((c) => c.admitted),
    realistic: sum((c) => c.realistic),
    optimistic: sum((c) => c.optimistic),
    candidatesInYear: sum((c) => c.candidatesInYear),
  };
  return {
    year: input.year,
    asOf: input.asOf,
    cells,
    commune: { ...totals, risk: riskOf(input.communeName, totals) },
    candidates: forecasts,
  };
}
