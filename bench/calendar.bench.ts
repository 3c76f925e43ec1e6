/**
 * Working-day calendar: 60 working days (L-01's decision window) added to 100,000 random dates 2016–2030, by the
 * table lookup against a day-by-day walk over the same calendar, measured in the same run. Prints ms and the
 * ratio; the results are recorded in docs/benchmarks.md.
 *
 * Run: pnpm --filter @ketnap/bench exec tsx calendar.bench.ts
 */
import { addDays, fromEpochDay, type IsoDate, toEpochDay, vietnamCalendar } from '@ketnap/domain';

const DATES = 100_000;
const WORKING_DAYS = 60;
const ROUNDS = 3;

/** A fixed-seed generator (mulberry32), so every run measures the same dates. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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

const next = random(20_260_214);
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
