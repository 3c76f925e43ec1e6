/**
 * Building the public board's snapshot of one commune and year from the facts the database holds: the decision of
 * what the board shows (admissions by decision day, members by their join and leave days, targets as dated lists,
 * the new members' gender and age band, the forecast at each month end) lives here; the database only loads the
 * facts and stores the result (`rebuildBoardSnapshot` in @ketnap/db).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { compareDates, daysInMonth, formatIsoDate, type IsoDate } from '../date.js';
import { type ForecastFacts, forecastFacts, type HistoryEvent } from '../forecast/facts.js';
import { projectCommune } from '../forecast/projection.js';
import { learnStageModel } from '../forecast/stage-model.js';
import type { CellKind } from '../locale/cell-kind.js';
import { admissionDaySetBy } from '../pipeline/stage.js';
import { introductionDays } from '../source-pool/introductions.js';
import {
  type BoardSnapshotData,
  type DatedTarget,
  type ForecastPoint,
  SNAPSHOT_VERSION,
  type SnapshotCell,
  targetOn,
} from './board-snapshot.js';
import { ageBandOn } from './composition.js';
import type { CommuneSettings } from './settings.js';

/** What the snapshot of one commune and year is built from. */
export interface BoardFacts {
  commune: { id: string; slug: string; name: string };
  year: number;
  settings: CommuneSettings;
  /** Every cell the commune ever had, with the days it existed (`validTo` exclusive). */
  cells: readonly { id: string; name: string; kind: CellKind; validFrom: IsoDate; validTo: IsoDate | null }[];
  /** The members of those cells: the ceremony day they count from, the day they left. */
  members: readonly { cellId: string; joinedOn: IsoDate; leftOn: IsoDate | null }[];
  /** The year's targets of the commune and its cells, in the order they were set, each with its source target. */
  targets: readonly { orgId: string; total: number; setOn: IsoDate; sourceTotal?: number | null }[];
  /** Every candidate of those cells with the history in order. */
  candidates: readonly {
    id: string;
    cellId: string;
    gender: string;
    birthDate: IsoDate;
    events: HistoryEvent[];
  }[];
}

/** The month ends of `year` before `today`, then `today` itself when it falls in the year: the forecast days. */
export function forecastDays(year: number, today: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let m = 1; m <= 12; m++) {
    const end = formatIsoDate(year, m, daysInMonth(year, m));
    if (compareDates(end, today) < 0) days.push(end);
  }
  if (today.startsWith(`${year}-`)) days.push(today);
  return days;
}

const byDate = (days: IsoDate[]) => days.sort(compareDates);

/**
 * The snapshot the public board reads for `facts.year`, computed on `today` (forecasts are known up to it). Pure:
 * the same facts and day give the same snapshot.
 */
export function buildBoardSnapshot(
  facts: BoardFacts,
  today: IsoDate,
  calendar: WorkingCalendar,
): BoardSnapshotData {
  const { year, commune } = facts;
  const targetsOf = (orgId: string): DatedTarget[] =>
    facts.targets.filter((t) => t.orgId === orgId).map((t) => [t.setOn, t.total]);
  // A source target left empty (null) on a later row is "none set": only the rows that set one are dated.
  const sourceTargetsOf = (orgId: string): DatedTarget[] =>
    facts.targets.flatMap((t) =>
      t.orgId === orgId && t.sourceTotal !== null && t.sourceTotal !== undefined
        ? [[t.setOn, t.sourceTotal]]
        : [],
    );
  const introductions = facts.candidates.flatMap((c) =>
    introductionDays(c.events).flatMap((on) => (on.startsWith(`${year}-`) ? [{ cellId: c.cellId, on }] : [])),
  );
  const decisions = facts.candidates.flatMap((c) =>
    c.events.flatMap((e) => {
      const on = admissionDaySetBy(e);
      return on?.startsWith(`${year}-`) ? [{ candidate: c, on }] : [];
    }),
  );
  const cells: SnapshotCell[] = facts.cells.map((c) => ({
    name: c.name,
    kind: c.kind,
    validFrom: c.validFrom,
    validTo: c.validTo,
    joins: byDate(facts.members.filter((m) => m.cellId === c.id).map((m) => m.joinedOn)),
    leaves: byDate(facts.members.flatMap((m) => (m.cellId === c.id && m.leftOn !== null ? [m.leftOn] : []))),
    targets: targetsOf(c.id),
    admissions: byDate(decisions.filter((d) => d.candidate.cellId === c.id).map((d) => d.on)),
    sourceTargets: sourceTargetsOf(c.id),
    introductions: byDate(introductions.filter((i) => i.cellId === c.id).map((i) => i.on)),
  }));
  const forecasts: ForecastPoint[] = forecastDays(year, today).map((on) => {
    const known: ForecastFacts[] = facts.candidates.map((c) => forecastFacts(c, c.events, on));
    const live = facts.cells.filter(
      (c) => compareDates(c.validFrom, on) <= 0 && (c.validTo === null || compareDates(c.validTo, on) > 0),
    );
    const projection = projectCommune({
      communeName: commune.name,
      year,
      asOf: on,
      communeTarget: targetOn(targetsOf(commune.id), on),
      cells: live.map((c) => ({
        cellId: c.id,
        name: c.name,
        target: targetOn(targetsOf(c.id), on),
        admitted: decisions.filter((d) => d.candidate.cellId === c.id && compareDates(d.on, on) <= 0).length,
      })),
      candidates: known,
      model: learnStageModel(known, on, calendar, facts.settings.forecast),
      calendar,
    });
    const { expected, low, high } = projection.commune;
    return { on, expected, low, high };
  });
  return {
    version: SNAPSHOT_VERSION,
    commune: { slug: commune.slug, name: commune.name },
    year,
    computedOn: today,
    communeTargets: targetsOf(commune.id),
    cells,
    newMembers: decisions.map((d) => ({
      on: d.on,
      gender: d.candidate.gender === 'F' ? 'F' : 'M',
      ageBand: ageBandOn(d.candidate.birthDate, d.on),
    })),
    forecasts,
    suppressBelow: facts.settings.publicMinCount,
  };
}
