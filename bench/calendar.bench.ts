/**
 * Working-day calendar: 60 working days (L-01's decision window) added to 100,000 random dates 2016–2030, by the
 * table lookup against a day-by-day walk over the same calendar, measured in the same run. Prints ms and the
 * ratio; the results are recorded in docs/benchmarks.md.
 *
 * Run: pnpm --filter @ketnap/bench exec tsx calendar.bench.ts
 */
import { addDays, fromEpochDay, type IsoDate, toEpochDay, vietnamCalendar } from '@ketnap/domain';
import { seededRandom } from './seeded-random.js';

const DATES = 100_000;
const WORKING_DAYS = 60;
const ROUNDS = 3;

/** The baseline: what a deadline helper without tables does, one calendar day at a time. */
function walk(date: IsoDate, n: number): IsoDate {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (vietnamCalendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

function time(
  label: string,
  add: (date: IsoDate) => IsoDate,
  dates: IsoDate[],
): { ms: number; results: IsoDate[] } {
  let best = Number.POSITIVE_INFINITY;
  let results: IsoDate[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    results = dates.map(add);
    best = Math.min(best, performance.now() - started);
  }
  console.log(`${label.padEnd(34)} ${best.toFixed(1).padStart(8)} ms (best of ${ROUNDS})`);
  return { ms: best, results };
}

const next = seededRandom(20_260_214);
const first = toEpochDay('2016-01-01');
const span = toEpochDay('2030-12-31') - first;
const dates = Array.from({ length: DATES }, () => fromEpochDay(first + Math.floor(next() * span)));

// Build every year table once, so both sides measure lookups, not the one-off table construction.
for (const date of dates) vietnamCalendar.isWorkingDay(date);

console.log(
  `Calendar: addWorkingDays(date, ${WORKING_DAYS}) on ${DATES.toLocaleString('en')} random dates 2016–2030`,
);
const baseline = time('baseline: day-by-day walk', (date) => walk(date, WORKING_DAYS), dates);
const tables = time(
  'addWorkingDays (year tables)',
  (date) => vietnamCalendar.addWorkingDays(date, WORKING_DAYS),
  dates,
);
if (tables.results.some((result, i) => result !== baseline.results[i])) throw new Error('results differ');
console.log(
  `ratio (baseline / tables): ${(baseline.ms / tables.ms).toFixed(1)}x, same ${DATES.toLocaleString('en')} results`,
);
