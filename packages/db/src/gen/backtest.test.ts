import {
  type BacktestCase,
  type BacktestCommune,
  backtestCommune,
  backtestSummary,
  storedData,
  vietnamCalendar,
} from '@ketnap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCommune } from './commune.js';
import { GEN_SEED } from './load.js';
import { NATION, planOf } from './plan.js';

/** A generated commune's complete history as the backtest reads it (the events as the database stores them). */
function historyOf(province: number, plan: Parameters<typeof generateCommune>[2]): BacktestCommune {
  const g = generateCommune(GEN_SEED, province, plan);
  return {
    name: String(g.orgUnits[0]?.name),
    cells: g.orgUnits
      .filter((u) => u.level === 'cell')
      .map((u) => ({ id: u.id, validFrom: u.valid_from, validTo: u.valid_to ?? null })),
    candidates: g.candidates.map((c) => ({
      id: c.id,
      cellId: c.cellId,
      birthDate: c.birthDate,
      events: c.history.map((e) => ({ kind: e.kind, on: e.on, data: storedData(e) })),
    })),
  };
}

/**
 * The year-end forecast against what the generated years actually held (docs/targets-and-forecast.md): every tenth
 * commune of province 1 (six communes of 30–100 admissions a year), each year 2021–2025, forecast on 30/06 and
 * 30/09 from what was known that day. The figures of this sample: MAE 1.9, 85 % inside the 80 % interval, mean error −0.4.
 */
describe('backtest of the year-end forecast on generated communes', () => {
  const [province] = planOf('province', GEN_SEED);
  const sample = (province?.communes ?? []).filter((_, i) => i % 10 === 0);
  let cases: BacktestCase[] = [];
  beforeAll(() => {
    cases = sample.flatMap((plan) => {
      const commune = historyOf(province?.index ?? 1, plan);
      return NATION.years.flatMap((year) =>
        backtestCommune(commune, year, [`${year}-06-30`, `${year}-09-30`], vietnamCalendar),
      );
    });
  });

  it('the actual year-end falls inside the 80 % interval at least 80 % of the time', () => {
    expect(sample.length).toBe(6);
    expect(cases).toHaveLength(6 * NATION.years.length * 2);
    expect(backtestSummary(cases).coverage).toBeGreaterThanOrEqual(0.8);
  });

  it('the mean absolute error is at most 2.5 admissions (3–5 % of a year here), with no bias beyond 1', () => {
    const summary = backtestSummary(cases);
    expect(summary.meanAbsoluteError).toBeLessThanOrEqual(2.5);
    expect(Math.abs(summary.meanError)).toBeLessThanOrEqual(1);
  });

  it('on 30/09 the forecast is closer than on 30/06, and the first year (prior alone) stays inside its interval', () => {
    const at = (day: string) => backtestSummary(cases.filter((c) => c.on.endsWith(day)));
    expect(at('09-30').meanAbsoluteError).toBeLessThan(at('06-30').meanAbsoluteError);
    expect(backtestSummary(cases.filter((c) => c.year === NATION.years[0])).coverage).toBeGreaterThanOrEqual(
      0.8,
    );
  });
});
