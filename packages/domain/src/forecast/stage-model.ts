/**
 * How the commune's candidates move through the stages, learnt from its own history on a day: for each stage, the
 * daily chance of moving on to the next stage (the last stage's "next" is the admission decision) and of leaving
 * (withdrawn or rejected), by the days already spent in the stage. What the year-end chances (chance.ts) are
 * computed from.
 *
 * The model is a piecewise-constant hazard per stage (the day a stage is reached alone, then ten-day bins through the
 * first year and 30-day bins through the second, then one tail), each bin's rate the Gamma–Poisson posterior mean: the commune's moves (or departures) in the
 * bin plus the prior's, over its candidate-days at risk plus the prior's. The prior counts as `priorWeight`
 * candidates at risk through every bin, so a commune with years of history follows its own pace and one without
 * follows the prior; a bin nobody has reached yet (long stays, a first year) is the prior's. Candidates still
 * running on the day are counted up to it (censored), never as failures.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { type IsoDate, toEpochDay } from '../date.js';
import { ruleSetOn } from '../rules/index.js';
import { FORECAST_STAGES, type ForecastFacts, type ForecastStage } from './facts.js';

/** The commune's forecast setting (commune settings, `forecast`): how much the prior weighs. */
export interface ForecastSettings {
  /** Candidates' worth of prior history in every bin (0: the commune's own history alone). */
  priorWeight: number;
}

/**
 * Two candidates' worth: a commune's first year of its own history (about 7 admissions and their predecessors in
 * Yên Bình) outweighs the prior at the durations it has seen, and an empty history is the prior alone.
 */
export const defaultForecastSettings: ForecastSettings = { priorWeight: 2 };

/**
 * The prior per stage: the mean days spent in it (until moving on or leaving) and the share of those who leave from
 * it. Local practice, not law: sources are followed for about three months before a member is assigned to help
 * (pool), the awareness class comes two or three times a year (sympathiser, about four months), the application
 * and background declaration follow within two months (certified) and the verification request within a month
 * (dossier); the verification answers, introductions and comments take about two and a half months (verification).
 * A quarter of the sources are never taken further, about one in ten sympathisers and one in twenty later leave.
 * From the pool, about half are admitted, some 14 months later (the commune finds its sources one year and admits
 * them the next). The voted stage's mean is not here: it is half the L-01 window of the rule set in force
 * ({@link learnStageModel}), the law's own clock, with nobody decided on the vote's day.
 */
export const STAGE_PRIOR: Record<Exclude<ForecastStage, 'voted'>, { meanDays: number; leaving: number }> & {
  voted: { leaving: number };
} = {
  pool: { meanDays: 90, leaving: 0.25 },
  sympathiser: { meanDays: 120, leaving: 0.1 },
  certified: { meanDays: 60, leaving: 0.05 },
  dossier: { meanDays: 30, leaving: 0.05 },
  verification: { meanDays: 75, leaving: 0.05 },
  voted: { leaving: 0.03 },
};

/**
 * After a year in one stage without moving on, the prior takes a candidate as stalled: its prior rate of moving on
 * is a tenth of the stage's (the year the earlier forecast's `stallDays` counted as "not completing"). The
 * commune's own history of long stays, when it has one, outweighs this like any other bin.
 */
export const STALLED_AFTER_DAYS = 365;
const STALLED_FACTOR = 0.1;

/**
 * The first day of each bin: the day a stage is reached alone (a skipped stage), ten-day bins through the first
 * year (steps take weeks, and coarser bins would blur when the fast ones move on), 30-day bins through the second,
 * then one tail bin for every later day.
 */
const BIN_STARTS: readonly number[] = [
  0,
  ...Array.from({ length: 36 }, (_, i) => 1 + 10 * i),
  ...Array.from({ length: 12 }, (_, i) => 361 + 30 * i),
  721,
];
const BIN_COUNT = BIN_STARTS.length;
const TAIL_FROM = BIN_STARTS[BIN_COUNT - 1] as number;
/** Days in each bin (the tail counts as 30 for the prior's weight). */
const BIN_WIDTH = BIN_STARTS.map((start, b) => ((BIN_STARTS[b + 1] ?? start + 30) as number) - start);
const BIN_OF_DAY = Uint8Array.from({ length: TAIL_FROM }, (_, d) => {
  let b = 0;
  while ((BIN_STARTS[b + 1] as number) <= d) b++;
  return b;
});

/** The bin of the `d`-th day in a stage (0 = the day it was reached). */
export function binOf(d: number): number {
  if (d <= 0) return 0;
  return d >= TAIL_FROM ? BIN_COUNT - 1 : (BIN_OF_DAY[d] as number);
}

/** One stage's learnt daily hazards per bin, and how much of the commune's own history went into them. */
export interface StageHazards {
  /** Daily chance of moving on to the next stage (from `voted`: of the admission decision), per bin. */
  move: number[];
  /** Daily chance of leaving (withdrawn, rejected), per bin. */
  leave: number[];
  /**
   * The posterior's shape per bin (the commune's moves on, or departures, plus the prior's pseudo ones): how sure
   * each rate is (its log has a variance of about 1 / shape), what the forecast's interval widens by.
   */
  moveShape: number[];
  leaveShape: number[];
  /** Candidates of the commune who reached the stage, and of them who moved on and who left, by the day. */
  reached: number;
  movedOn: number;
  left: number;
}

/** The commune's stage model on `asOf`. */
export interface StageModel {
  asOf: IsoDate;
  stages: Record<ForecastStage, StageHazards>;
}

/** The model's daily chances of moving on and of leaving on the `d`-th day in `stage`. */
export function hazardOn(
  model: StageModel,
  stage: ForecastStage,
  d: number,
): { move: number; leave: number } {
  const h = model.stages[stage];
  const b = binOf(d);
  return { move: h.move[b] ?? 0, leave: h.leave[b] ?? 0 };
}

/**
 * How unsure the model is of a stage's pace: the standard deviation of the log of its moving-on (or leaving) rates
 * taken together, each bin weighted by the share of the stage's stays that end in it (a weighted mean of
 * independent Gamma posteriors: variance Σ w² / shape).
 */
export function stageUncertainty(model: StageModel, stage: ForecastStage): { move: number; leave: number } {
  const h = model.stages[stage];
  const moveEnds = new Array<number>(BIN_COUNT).fill(0);
  const leaveEnds = new Array<number>(BIN_COUNT).fill(0);
  let stay = 1;
  for (let d = 0; d < TAIL_FROM + 360 && stay > 1e-6; d++) {
    const b = binOf(d);
    const m = h.move[b] ?? 0;
    const l = h.leave[b] ?? 0;
    moveEnds[b] = (moveEnds[b] as number) + stay * m;
    leaveEnds[b] = (leaveEnds[b] as number) + stay * l;
    stay *= 1 - m - l;
  }
  const spread = (ends: number[], shapes: number[]) => {
    const total = ends.reduce((a, b) => a + b, 0);
    if (total <= 0) return 0;
    let variance = 0;
    ends.forEach((e, b) => {
      const shape = shapes[b] ?? 0;
      if (e > 0 && shape > 0) variance += (e / total) ** 2 / shape;
    });
    return Math.sqrt(variance);
  };
  return { move: spread(moveEnds, h.moveShape), leave: spread(leaveEnds, h.leaveShape) };
}

/** The model with one stage's moving-on or leaving rates multiplied by `factor` (kept to at most 1 a day). */
export function scaledModel(
  model: StageModel,
  stage: ForecastStage,
  rate: 'move' | 'leave',
  factor: number,
): StageModel {
  const h = model.stages[stage];
  const scaled = h[rate].map((r, b) => {
    const other = (rate === 'move' ? h.leave[b] : h.move[b]) ?? 0;
    return Math.min(r * factor, 1 - other);
  });
  return { ...model, stages: { ...model.stages, [stage]: { ...h, [rate]: scaled } } };
}

const dayNo = (d: IsoDate) => toEpochDay(d);

/**
 * Learns the model on `asOf` from `history` (every candidate's facts as of `asOf`: the days each stage was reached,
 * the decision, the departure). A candidate counts at each stage it reached: moved on when the next stage (or the
 * decision) was reached, after as many days; left when withdrawn or rejected; still there on `asOf` otherwise. The
 * voted stage's prior is the L-01 window of the rule set in force on `asOf`, in calendar days on `calendar`.
 */
export function learnStageModel(
  history: readonly ForecastFacts[],
  asOf: IsoDate,
  calendar: WorkingCalendar,
  settings: ForecastSettings = defaultForecastSettings,
): StageModel {
  const today = dayNo(asOf);
  const n = FORECAST_STAGES.length;
  // Per stage i and bin b, at [i * BIN_COUNT + b]: candidate-days at risk, moves on, departures.
  const exposure = new Float64Array(n * BIN_COUNT);
  const moves = new Float64Array(n * BIN_COUNT);
  const leaves = new Float64Array(n * BIN_COUNT);
  const counts = FORECAST_STAGES.map(() => ({ reached: 0, movedOn: 0, left: 0 }));
  for (const f of history) {
    for (let i = 0; i < n; i++) {
      const entered = f.stageDays[i];
      if (entered == null) break;
      const start = dayNo(entered);
      if (start > today) break;
      const next = i < n - 1 ? f.stageDays[i + 1] : f.decidedOn;
      const c = counts[i] as (typeof counts)[number];
      c.reached++;
      let last: number;
      let outcome: 'move' | 'leave' | null = null;
      if (next != null) {
        last = dayNo(next) - start;
        outcome = 'move';
        c.movedOn++;
      } else if (f.closedOn !== null && dayNo(f.closedOn) >= start) {
        last = dayNo(f.closedOn) - start;
        outcome = 'leave';
        c.left++;
      } else {
        last = today - start;
      }
      last = Math.max(0, last);
      addExposure(exposure, i * BIN_COUNT, last);
      if (outcome === 'move') add(moves, i * BIN_COUNT + binOf(last), 1);
      else if (outcome === 'leave') add(leaves, i * BIN_COUNT + binOf(last), 1);
    }
  }
  const numbers = ruleSetOn(asOf).numbers;
  const windowDays = dayNo(calendar.addWorkingDays(asOf, numbers.decisionWorkingDays.value.base)) - today;
  const k = settings.priorWeight;
  const stages = {} as Record<ForecastStage, StageHazards>;
  FORECAST_STAGES.forEach((stage, i) => {
    const prior =
      stage === 'voted'
        ? { meanDays: windowDays / 2, leaving: STAGE_PRIOR.voted.leaving }
        : STAGE_PRIOR[stage];
    const priorMove = (1 - prior.leaving) / prior.meanDays;
    const priorLeave = prior.leaving / prior.meanDays;
    const move: number[] = [];
    const leave: number[] = [];
    const moveShape: number[] = [];
    const leaveShape: number[] = [];
    for (let b = 0; b < BIN_COUNT; b++) {
      const width = BIN_WIDTH[b] as number;
      const at = i * BIN_COUNT + b;
      const e = exposure[at] as number;
      const pseudo = k * width;
      // The day a stage is reached: moving on at once is a skipped stage, learnt from the history alone (prior 0);
      // leaving that day likewise. The decision never comes on the vote's own day (L-01 counts from the next one).
      const m0 =
        b === 0 ? 0 : (BIN_STARTS[b] as number) > STALLED_AFTER_DAYS ? priorMove * STALLED_FACTOR : priorMove;
      const l0 = b === 0 ? 0 : priorLeave;
      const ms = (moves[at] as number) + pseudo * m0;
      const ls = (leaves[at] as number) + pseudo * l0;
      let hm = e + pseudo > 0 ? ms / (e + pseudo) : m0;
      let hl = e + pseudo > 0 ? ls / (e + pseudo) : l0;
      moveShape.push(ms);
      leaveShape.push(ls);
      if (stage === 'voted' && b === 0) hm = 0;
      if (hm + hl > 1) {
        const scale = 1 / (hm + hl);
        hm *= scale;
        hl *= scale;
      }
      move.push(hm);
      leave.push(hl);
    }
    stages[stage] = { move, leave, moveShape, leaveShape, ...(counts[i] as (typeof counts)[number]) };
  });
  return { asOf, stages };
}

/** Adds the days 0..last (inclusive) of one stay to the bins (from `offset`) of candidate-days at risk. */
function addExposure(bins: Float64Array, offset: number, last: number): void {
  add(bins, offset, 1);
  let day = 1;
  while (day <= last) {
    const b = binOf(day);
    const to = b === BIN_COUNT - 1 ? last : Math.min(last, (BIN_STARTS[b + 1] as number) - 1);
    add(bins, offset + b, to - day + 1);
    day = to + 1;
  }
}

function add(values: Float64Array, at: number, by: number): void {
  values[at] = (values[at] as number) + by;
}
