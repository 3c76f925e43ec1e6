/**
 * The public board's precomputed year for one commune, and how any day of that year is read back from it. The
 * snapshot is rebuilt when a decision (or a target) is recorded, so a visit only reads it: members, targets and
 * admissions are kept as dated change lists, and the day asked (`asOf`) is a fold over them.
 */
import type { IsoDate } from '../date.js';
import { compareDates } from '../date.js';
import type { CellKind } from '../locale/cell-kind.js';
import { communeSourceTarget } from '../source-pool/introductions.js';
import { AGE_BANDS, type AgeBand, publishedBreakdown } from './composition.js';
import type { PublicBoard } from './public-board.js';
import { countInYear, countingEnd, monthlySeries } from './series.js';

/** A target as set on a day (the newest set on or before a day is in force). */
export type DatedTarget = [setOn: IsoDate, total: number];

/** One cell of the snapshot: when it exists, its members' join and leave days, its targets and admissions. */
export interface SnapshotCell {
  name: string;
  kind: CellKind;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Ceremony days of its members (sorted); a member counts from that day. */
  joins: IsoDate[];
  /** Days members left (sorted); a member stops counting on that day. */
  leaves: IsoDate[];
  targets: DatedTarget[];
  /** Admission decision days in the year (sorted). */
  admissions: IsoDate[];
  /** Source targets (introduce N to the awareness class) as set; absent in a snapshot stored before them: none. */
  sourceTargets?: DatedTarget[];
  /** Days its candidates were introduced to the class in the year (sorted); absent before: none. */
  introductions?: IsoDate[];
}

/**
 * The year-end forecast computed on `on` from what was known that day: the admissions expected by 31 December and
 * the 80 % interval, those already made included (forecast/projection.ts).
 */
export interface ForecastPoint {
  on: IsoDate;
  expected: number;
  low: number;
  high: number;
}

/**
 * The snapshot's shape. 2: forecast points are `{ on, expected, low, high }` (1 held the uncalibrated
 * `{ realistic, optimistic }`, which is not shown: a snapshot stored before shows no forecast until rebuilt).
 */
export const SNAPSHOT_VERSION = 2;

/** A new member for the commune-wide composition: decision day, gender and age band, nothing else. */
export interface NewMemberTrait {
  on: IsoDate;
  gender: 'F' | 'M';
  ageBand: AgeBand;
}

/** What the board_snapshot row holds. */
export interface BoardSnapshotData {
  version: typeof SNAPSHOT_VERSION;
  commune: { slug: string; name: string };
  year: number;
  /** The Vietnamese date the snapshot was computed on; forecasts are known up to it. */
  computedOn: IsoDate;
  communeTargets: DatedTarget[];
  cells: SnapshotCell[];
  newMembers: NewMemberTrait[];
  /** Month ends of the year up to `computedOn`, then `computedOn` itself. */
  forecasts: ForecastPoint[];
  /** Groups smaller than this are not published (composition). */
  suppressBelow: number;
}

/** The public board for one day, read from a snapshot: the public contract less the rebuild instant. */
export type BoardDay = Omit<PublicBoard, 'updatedAt'>;

const onOrBefore = (d: IsoDate, asOf: IsoDate) => compareDates(d, asOf) <= 0;

/** The target in force on `asOf`: the newest set on or before it (later in the list wins a tie); null if none. */
export function targetOn(targets: readonly DatedTarget[], asOf: IsoDate): number | null {
  let found: number | null = null;
  for (const [setOn, total] of targets) if (onOrBefore(setOn, asOf)) found = total;
  return found;
}

/** Members on `asOf`: joined on or before it, minus those who left on or before it. */
export function membersOn(cell: Pick<SnapshotCell, 'joins' | 'leaves'>, asOf: IsoDate): number {
  let n = 0;
  for (const d of cell.joins) if (onOrBefore(d, asOf)) n++;
  for (const d of cell.leaves) if (onOrBefore(d, asOf)) n--;
  return n;
}

/**
 * Reads the board for `asOf` from a snapshot: cells existing that day (validFrom ≤ asOf < validTo), members and
 * targets as they stood, admissions of the year up to it, the monthly trend, the latest forecast known by then
 * (none after the year ends or before the first one), and the commune-wide composition as published at quarter
 * ends with small groups, homogeneous groups and small differences between quarters withheld.
 */
export function boardOn(s: BoardSnapshotData, asOf: IsoDate): BoardDay {
  const cells = s.cells.filter(
    (c) => onOrBefore(c.validFrom, asOf) && (c.validTo === null || compareDates(c.validTo, asOf) > 0),
  );
  const rows = cells.map((c) => ({
    name: c.name,
    kind: c.kind,
    target: targetOn(c.targets, asOf),
    admitted: countInYear(c.admissions, s.year, asOf),
    sourceTarget: targetOn(c.sourceTargets ?? [], asOf),
    introduced: countInYear(c.introductions ?? [], s.year, asOf),
  }));
  const end = countingEnd(s.year, asOf);
  const current = (s.version as number) === SNAPSHOT_VERSION;
  const forecast =
    end !== asOf || !current
      ? null
      : ([...s.forecasts].reverse().find((f) => onOrBefore(f.on, asOf)) ?? null);
  const gender = publishedBreakdown(
    ['F', 'M'] as const,
    s.newMembers.map((m) => ({ on: m.on, value: m.gender })),
    s.year,
    end,
    s.suppressBelow,
  );
  const bands = publishedBreakdown(
    AGE_BANDS,
    s.newMembers.map((m) => ({ on: m.on, value: m.ageBand })),
    s.year,
    end,
    s.suppressBelow,
  );
  return {
    commune: {
      ...s.commune,
      members: cells.reduce((n, c) => n + membersOn(c, asOf), 0),
      cells: cells.length,
      target: targetOn(s.communeTargets, asOf),
      admitted: rows.reduce((n, r) => n + r.admitted, 0),
      sourceTarget: communeSourceTarget(rows.map((r) => r.sourceTarget)),
      introduced: rows.reduce((n, r) => n + r.introduced, 0),
    },
    year: s.year,
    asOf,
    cells: rows,
    trend: monthlySeries(
      cells.flatMap((c) => c.admissions),
      s.year,
      asOf,
    ),
    forecast,
    composition: {
      minCount: s.suppressBelow,
      gender: gender && { on: gender.on, female: gender.counts.F, male: gender.counts.M },
      ageBands: bands && { on: bands.on, bands: bands.counts },
    },
  };
}
