/**
 * Being together (I-03): the periods a candidate and an introducer worked, studied or lived side by side, counted in
 * whole calendar months (`to` inclusive) with the engine's day-of-month rule, and the day an ongoing period reaches
 * the months required.
 */
import { addMonths, compareDates, fromEpochDay, type IsoDate, parseIsoDate, toEpochDay } from '../date.js';
import type { TogetherRelation } from './rule-sets.js';

/** A period together: `to` is the last day together, inclusive (`null`: still going on). */
export interface TogetherPeriod {
  from: IsoDate;
  to?: IsoDate | null;
  relation: TogetherRelation;
}

/**
 * Whole calendar months in the span from `from` to `to`, both days included: the most `n` with
 * `from + n months − 1 day ≤ to`, months added with the engine's day-of-month rule (`addMonths`, clamped to the
 * month's end). 01/01–31/12 is 12; 01/05/2022–01/05/2023 is 12 (and a day); 0 when `to` is before `from`.
 */
export function wholeMonths(from: IsoDate, to: IsoDate): number {
  const end = toEpochDay(to) + 1; // the day after the last day together
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let n = Math.max(0, (b.year - a.year) * 12 + (b.month - a.month) + 1);
  while (n > 0 && toEpochDay(addMonths(from, n)) > end) n--;
  return n;
}

/**
 * Months the candidate and introducer were together before the day `on` (the cell vote), counting only
 * `relations`: the periods are cut at the day before `on` (an ongoing one runs to it), overlapping or touching
 * periods are joined (work and residence at once count once), and each joined span counts its whole calendar
 * months ({@link wholeMonths}); what is left of a month in a span that does not touch the next is not counted.
 */
export function togetherMonths(
  periods: readonly TogetherPeriod[],
  on: IsoDate,
  relations: readonly string[],
): number {
  const last = toEpochDay(on) - 1;
  const spans: [number, number][] = [];
  for (const p of periods) {
    if (!relations.includes(p.relation)) continue;
    const from = toEpochDay(p.from);
    const to = Math.min(p.to ? toEpochDay(p.to) : last, last);
    if (to >= from) spans.push([from, to]);
  }
  spans.sort(byStart);
  let months = 0;
  let current: [number, number] | null = null;
  for (const span of spans) {
    if (current && span[0] <= current[1] + 1) current[1] = Math.max(current[1], span[1]);
    else {
      if (current) months += wholeMonths(fromEpochDay(current[0]), fromEpochDay(current[1]));
      current = [span[0], span[1]];
    }
  }
  if (current) months += wholeMonths(fromEpochDay(current[0]), fromEpochDay(current[1]));
  return months;
}

function byStart(x: readonly [number, number], y: readonly [number, number]): number {
  return x[0] - y[0];
}

/**
 * The first day `d` after `on` with `togetherMonths(periods, d, relations) >= required`, when an ongoing period of a
 * counted relation makes it a matter of time; null otherwise. Binary search: the count only grows with `d`.
 */
export function togetherReachedOn(
  periods: readonly TogetherPeriod[],
  on: IsoDate,
  relations: readonly string[],
  required: number,
): IsoDate | null {
  let start: IsoDate | null = null;
  for (const p of periods)
    if (p.to == null && relations.includes(p.relation) && (start === null || compareDates(p.from, start) > 0))
      start = p.from;
  if (start === null) return null;
  let lo = toEpochDay(on); // short on this day
  const later = compareDates(start, on) > 0 ? start : on;
  let hi = toEpochDay(addMonths(later, required)) + 1; // the ongoing period alone holds `required` months by then
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (togetherMonths(periods, fromEpochDay(mid), relations) >= required) hi = mid;
    else lo = mid;
  }
  return fromEpochDay(hi);
}
