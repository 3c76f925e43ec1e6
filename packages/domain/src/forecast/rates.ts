/**
 * Stage-specific completion rates from the commune's own history: of the candidates who reached a stage, the share
 * that went on to an admission decision. What the realistic projection weighs each open candidate by.
 */
import { addDays, compareDates, type IsoDate } from '../date.js';
import { FORECAST_STAGES, type ForecastFacts, type ForecastStage } from './facts.js';

/** How rates are learnt; every field is a commune setting with the default below. */
export interface RateSettings {
  /** A candidate who reached a stage this many days ago without a decision counts as not completing. */
  stallDays: number;
  /** Fewer finished cases than this at a stage: the rate is `fallback` (too little history to learn from). */
  minCases: number;
  /** The rate used without enough history, in [0, 1]. */
  fallback: number;
}

/** Defaults: a year to finish, at least 3 finished cases, and an even chance without history. */
export const defaultRateSettings: RateSettings = { stallDays: 365, minCases: 3, fallback: 0.5 };

/** A stage's rate and where it came from. */
export interface StageRate {
  rate: number;
  completed: number;
  finished: number;
  source: 'history' | 'fallback';
}

/**
 * Rates on `asOf` from `history` (each candidate's facts, as of `asOf`, with the furthest stage reached). A
 * candidate reached every stage up to its own. At each stage: completed = decided; not completed = withdrawn,
 * rejected, or no decision `stallDays` after reaching its stage; still running cases are left out. A candidate is
 * counted at the stages it passed through, so earlier stages have at least as many cases.
 */
export function completionRates(
  history: readonly ForecastFacts[],
  asOf: IsoDate,
  settings: RateSettings = defaultRateSettings,
): Record<ForecastStage, StageRate> {
  const stalledBefore = addDays(asOf, -settings.stallDays);
  const counts = FORECAST_STAGES.map(() => ({ completed: 0, finished: 0 }));
  for (const f of history) {
    const done = f.decidedOn !== null;
    const failed = !done && (f.closedOn !== null || compareDates(f.stageSince, stalledBefore) < 0);
    if (!done && !failed) continue;
    const reached = done ? FORECAST_STAGES.length - 1 : FORECAST_STAGES.indexOf(f.stage);
    for (let i = 0; i <= reached; i++) {
      const c = counts[i];
      if (!c) continue;
      c.finished++;
      if (done) c.completed++;
    }
  }
  const out = {} as Record<ForecastStage, StageRate>;
  FORECAST_STAGES.forEach((stage, i) => {
    const c = counts[i] ?? { completed: 0, finished: 0 };
    out[stage] =
      c.finished >= settings.minCases
        ? { rate: c.completed / c.finished, ...c, source: 'history' }
        : { rate: settings.fallback, ...c, source: 'fallback' };
  });
  return out;
}
