import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../date.js';
import { rollUp } from './roll-up.js';
import { checkpointFigures, countInYear, monthlySeries } from './series.js';

const DEMO_2023 = [
  '2023-02-20',
  '2023-03-15',
  '2023-04-20',
  '2023-05-18',
  '2023-06-12',
  '2023-09-11',
  '2023-10-16',
  '2023-11-20',
];

describe('admissions by decision date within the year', () => {
  it('the demo commune has 5 by 30 June 2023 and 8 in the year', () => {
    expect(countInYear(DEMO_2023, 2023, '2023-06-30')).toBe(5);
    expect(countInYear(DEMO_2023, 2023, '2026-01-01')).toBe(8);
  });
  it('a decision on asOf counts, the day after does not; other years never count', () => {
    expect(countInYear(['2023-06-12'], 2023, '2023-06-12')).toBe(1);
    expect(countInYear(['2023-06-12'], 2023, '2023-06-11')).toBe(0);
    expect(countInYear(['2022-12-31', '2024-01-01'], 2023, '2024-06-01')).toBe(0);
  });
  it('the monthly series runs January to the month of asOf, partial in the last month', () => {
    const s = monthlySeries(DEMO_2023, 2023, '2023-06-30');
    expect(s.map((p) => p.cumulative)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(monthlySeries(DEMO_2023, 2023, '2023-06-11').at(-1)).toEqual({
      month: '2023-06',
      admitted: 0,
      cumulative: 4,
    });
    expect(monthlySeries(DEMO_2023, 2023, '2022-12-31')).toEqual([]);
    expect(monthlySeries(DEMO_2023, 2023, '2030-01-01')).toHaveLength(12);
  });
  it('checkpoints: Q1, half-year, nine months, year; those still ahead are null', () => {
    expect(checkpointFigures(DEMO_2023, 2023, '2023-07-01').map((c) => [c.key, c.admitted])).toEqual([
      ['Q1', 2],
      ['H1', 5],
      ['M9', null],
      ['Y', null],
    ]);
  });
  it('property: the series adds up to the count, and every monthly part is its difference', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 800 }).map((n) => addDays('2023-01-01', n - 30))),
        fc.integer({ min: 0, max: 400 }).map((n) => addDays('2023-01-01', n)),
        (dates, asOf) => {
          const s = monthlySeries(dates, 2023, asOf);
          expect(s.at(-1)?.cumulative ?? 0).toBe(countInYear(dates, 2023, asOf));
          expect(s.reduce((a, p) => a + p.admitted, 0)).toBe(countInYear(dates, 2023, asOf));
        },
      ),
    );
  });
  it('property: roll-ups add up at every level (cells → commune → province)', () => {
    const unit = fc.record({ members: fc.nat(100), admitted: fc.nat(10), target: fc.option(fc.nat(5)) });
    fc.assert(
      fc.property(fc.array(fc.array(unit, { maxLength: 10 }), { maxLength: 6 }), (communes) => {
        const communeTotals = communes.map((cells) => rollUp(cells, 7));
        const province = rollUp(communeTotals, null);
        const all = communes.flat();
        expect(province.admitted).toBe(all.reduce((s, c) => s + c.admitted, 0));
        expect(province.members).toBe(all.reduce((s, c) => s + c.members, 0));
        expect(province.partTargetSum).toBe(7 * communes.length);
        for (const [i, t] of communeTotals.entries())
          expect(t.partTargetSum).toBe((communes[i] ?? []).reduce((s, c) => s + (c.target ?? 0), 0));
      }),
    );
  });
});
