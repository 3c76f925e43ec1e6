/**
 * One year's unusual days, built from the statutory holidays and that year's data records: holidays, their
 * compensatory days (Art. 112.3: a holiday on a weekly rest day is made up on the next working day), announced
 * extra days off and swapped days.
 */
import { addDays, compareDates, dayOfWeek, type IsoDate, isIsoDate } from '../date.js';
import type { Bilingual, CalendarData, DayOffEntry } from './calendar-data.js';
import { STATUTORY_HOLIDAYS, statuteFor } from './statutory.js';

function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** `dd/mm`, the way Vietnamese notices write a date. */
function dayMonth(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/**
 * Throws RangeError, naming the record and the field, when a record cannot be used: a malformed date, a swap that
 * does not give a weekday for a weekend day, or an added holiday without a name. Data comes from settings tables
 * and files, so it is checked once, when a calendar is created, not each time a day is looked up.
 */
export function assertCalendarData(record: CalendarData): void {
  const fail = (what: string) => {
    throw new RangeError(`calendar data for ${record.year} (${record.source}): ${what}`);
  };
  if (!Number.isInteger(record.year)) fail('year is not an integer');
  const known = new Set<string>(STATUTORY_HOLIDAYS.map((h) => h.id));
  for (const holiday of record.holidays ?? []) {
    if (!known.has(holiday.id) && !holiday.name)
      fail(`holiday "${holiday.id}" is not statutory and has no name`);
    for (const date of holiday.dates) if (!isIsoDate(date)) fail(`holiday "${holiday.id}" date ${date}`);
  }
  for (const extra of record.extraDaysOff ?? [])
    if (!isIsoDate(extra.date)) fail(`extra day off ${extra.date}`);
  for (const swap of record.swaps ?? []) {
    if (!isIsoDate(swap.off) || isWeekend(swap.off)) fail(`swap day off ${swap.off} is not a weekday`);
    if (!isIsoDate(swap.work) || !isWeekend(swap.work))
      fail(`swap make-up day ${swap.work} is not a weekend day`);
  }
}

/** The records that apply to `year`, after `replace` has dropped the ones it overrides. */
function recordsInForce(records: readonly CalendarData[], year: number): CalendarData[] {
  const inForce: CalendarData[] = [];
  for (const record of records) {
    if (record.year !== year) continue;
    if (record.replace) inForce.length = 0;
    inForce.push(record);
  }
  return inForce;
}

interface Holiday {
  dates: IsoDate[];
  name: Bilingual;
  source: string;
}

/** Statutory holidays with the announced picks applied (a later record wins), then holidays that data adds. */
function holidaysOf(year: number, records: readonly CalendarData[]): Holiday[] {
  const byId = new Map<string, Holiday>();
  for (const rule of STATUTORY_HOLIDAYS) {
    byId.set(rule.id, { dates: rule.defaultDates(year), name: rule.name, source: statuteFor(year) });
  }
  for (const record of records) {
    for (const { id, dates, name } of record.holidays ?? []) {
      const existing = byId.get(id);
      // assertCalendarData guarantees a name for ids that are not statutory.
      const resolvedName = name ?? existing?.name ?? { vi: id, en: id };
      byId.set(id, { dates, name: resolvedName, source: record.source });
    }
  }
  return [...byId.values()];
}

/**
 * Every unusual day that `year`'s arrangements create, unsorted and possibly spilling into a neighbouring year
 * (a swap of 31 December announced for the next year). One entry per date: a holiday beats every other kind,
 * and an announced day off or swap never displaces a holiday or a compensatory day.
 *
 * Compensatory days are assigned in date order to the first Monday–Friday after the holiday that is not already a
 * holiday, compensatory, extra or swapped day off, so two weekend holidays in a row (30/4 on Saturday, 1/5 on
 * Sunday) yield two successive days off (Monday and Tuesday).
 */
export function arrangementEntries(year: number, allRecords: readonly CalendarData[]): DayOffEntry[] {
  const records = recordsInForce(allRecords, year);
  const entries = new Map<IsoDate, DayOffEntry>();
  const holidays = holidaysOf(year, records);
  for (const { dates, name, source } of holidays) {
    for (const date of dates)
      if (!entries.has(date)) entries.set(date, { date, kind: 'holiday', reason: name, source });
  }

  const announcedOff = new Set<IsoDate>();
  for (const record of records) {
    for (const extra of record.extraDaysOff ?? []) announcedOff.add(extra.date);
    for (const swap of record.swaps ?? []) announcedOff.add(swap.off);
  }

  const weekendHolidays = holidays
    .flatMap(({ dates, name, source }) => dates.filter(isWeekend).map((date) => ({ date, name, source })))
    .sort((a, b) => compareDates(a.date, b.date));
  for (const { date, name, source } of weekendHolidays) {
    let day = addDays(date, 1);
    while (isWeekend(day) || entries.has(day) || announcedOff.has(day)) day = addDays(day, 1);
    entries.set(day, {
      date: day,
      kind: 'compensatory',
      reason: {
        vi: `Nghỉ bù ${name.vi} (${dayMonth(date)})`,
        en: `Compensatory day off for ${name.en} (${date})`,
      },
      source,
    });
  }

  const addIfFree = (entry: DayOffEntry) => {
    if (!entries.has(entry.date)) entries.set(entry.date, entry);
  };
  for (const { source, extraDaysOff = [], swaps = [] } of records) {
    for (const { date, reason } of extraDaysOff) addIfFree({ date, kind: 'extra', reason, source });
    for (const { off, work, reason } of swaps) {
      addIfFree({
        date: off,
        kind: 'swap-off',
        reason: reason ?? {
          vi: `Nghỉ hoán đổi, làm bù ${dayMonth(work)}`,
          en: `Day off swapped for working on ${work}`,
        },
        source,
      });
      addIfFree({
        date: work,
        kind: 'swap-work',
        reason: reason ?? {
          vi: `Làm bù cho ngày ${dayMonth(off)}`,
          en: `Working day in exchange for ${off}`,
        },
        source,
      });
    }
  }
  return [...entries.values()];
}
