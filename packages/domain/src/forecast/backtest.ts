/**
 * Backtesting the year-end forecast on complete histories: for a commune and a year, forecast on a day from what
 * was known that day (events after it have not happened yet) and compare with the admissions the year actually had.
 * What docs/targets-and-forecast.md reports and the backtest test holds (the generated data of `ketnap gen`).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { compareDates, type IsoDate } from '../date.js';
import { admissionDaySetBy } from '../pipeline/stage.js';
import { forecastFacts, type HistoryEvent } from './facts.js';
import { projectCommune } from './projection.js';
import { defaultForecastSettings, type ForecastSettings, learnStageModel } from './stage-model.js';

/** A commune's complete history: its cells and every candidate with all events (known up to some day). */
export interface BacktestCommune {
  name: string;
  cells: readonly { id: string; validFrom: IsoDate; validTo: IsoDate | null }[];
  candidates: readonly { id: string; cellId: string; birthDate: IsoDate; events: readonly HistoryEvent[] }[];
}

/** One forecast against what happened. */
export interface BacktestCase {
  commune: string;
  year: number;
  on: IsoDate;
  /** Admitted by `on`, the forecast made on `on`, and the year's actual admissions. */
  admitted: number;
  expected: number;
  low: number;
  high: number;
  actual: number;
}

/** The forecast of `commune`'s `year` made on each of `days`, each against the year's actual admissions. */
export function backtestCommune(
  commune: BacktestCommune,
  year: number,
  days: readonly IsoDate[],
  calendar: WorkingCalendar,
  settings: ForecastSettings = defaultForecastSettings,
): BacktestCase[] {
  const decisions = commune.candidates.flatMap((c) =>
    c.events.flatMap((e) => {
      const on = admissionDaySetBy(e);
      return on?.startsWith(`${year}-`) ? [{ cellId: c.cellId, on }] : [];
    }),
  );
  return days.map((on) => {
    const known = commune.candidates.map((c) => forecastFacts(c, [...c.events], on));
    const live = commune.cells.filter(
      (c) => compareDates(c.validFrom, on) <= 0 && (c.validTo === null || compareDates(c.validTo, on) > 0),
    );
    const projection = projectCommune({
      communeName: commune.name,
      year,
      asOf: on,
      communeTarget: null,
      cells: live.map((c) => ({
        cellId: c.id,
        name: c.id,
        target: null,
        admitted: decisions.filter((d) => d.cellId === c.id && compareDates(d.on, on) <= 0).length,
      })),
      candidates: known,
      model: learnStageModel(known, on, calendar, settings),
      calendar,
    });
    const { admitted, expected, low, high } = projection.commune;
    return { commune: commune.name, year, on, admitted, expected, low, high, actual: decisions.length };
  });
}

/** How a set of forecasts did: mean absolute error, mean error (bias), and the share inside the interval. */
export interface BacktestSummary {
  cases: number;
  meanAbsoluteError: number;
  meanError: number;
  coverage: number;
}

/** Sums up backtest cases (an empty set: zeros). */
export function backtestSummary(cases: readonly BacktestCase[]): BacktestSummary {
  const n = cases.length;
  if (n === 0) return { cases: 0, meanAbsoluteError: 0, meanError: 0, coverage: 0 };
  const sum = (f: (c: BacktestCase) => number) => cases.reduce((s, c) => s + f(c), 0);
  return {
    cases: n,
    meanAbsoluteError: sum((c) => Math.abs(c.expected - c.actual)) / n,
    meanError: sum((c) => c.expected - c.actual) / n,
    coverage: sum((c) => (c.low <= c.actual && c.actual <= c.high ? 1 : 0)) / n,
  };
}
