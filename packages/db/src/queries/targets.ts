import type { Insertable, Kysely } from 'kysely';
import type { AdmissionTargetTable, Database } from '../schema.js';

/** Records a target; the older one for the same unit and year stays as history. */
export async function setAdmissionTarget(
  db: Kysely<Database>,
  target: Insertable<AdmissionTargetTable>,
): Promise<void> {
  await db.insertInto('admission_target').values(target).execute();
}

/** A target as recorded: the total, its Q-03 sub-targets, who gave it, by which resolution, set on which day. */
export interface TargetInForce {
  orgId: string;
  total: number;
  subTargets: Record<string, number>;
  resolutionRef: string | null;
  assignedBy: string | null;
  setOn: string;
  /** The source target beside it (introduce N to the awareness class, 0017); null = none. */
  sourceTotal: number | null;
}

function toTarget(r: {
  org_id: string;
  total: number;
  resolution_ref: string | null;
  set_on: string;
  sub_targets: string | null;
  assigned_by: string | null;
  source_total: number | null;
}): TargetInForce {
  return {
    orgId: r.org_id,
    total: Number(r.total),
    subTargets: r.sub_targets ? (JSON.parse(r.sub_targets) as Record<string, number>) : {},
    resolutionRef: r.resolution_ref,
    assignedBy: r.assigned_by,
    setOn: r.set_on,
    sourceTotal: r.source_total === null ? null : Number(r.source_total),
  };
}

/** The columns `toTarget` reads, selected alike by every query that answers targets. */
const TARGET_COLUMNS = [
  'org_id',
  'total',
  'resolution_ref',
  'set_on',
  'id',
  'sub_targets',
  'assigned_by',
  'source_total',
] as const;

/** Every target ever recorded for `orgIds` in `year`, oldest first: the history of changes. */
export async function targetHistory(
  db: Kysely<Database>,
  orgIds: readonly string[],
  year: number,
): Promise<TargetInForce[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('admission_target')
    .select(TARGET_COLUMNS)
    .where('org_id', 'in', orgIds)
    .where('year', '=', year)
    .orderBy('set_on')
    .orderBy('id')
    .execute();
  return rows.map(toTarget);
}

/**
 * The target in force on `asOf` for each of `orgIds` in `year`: the newest one set on or before `asOf`. Units
 * without a target by then are absent.
 */
export async function targetsInForce(
  db: Kysely<Database>,
  orgIds: readonly string[],
  year: number,
  asOf: string,
): Promise<TargetInForce[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('admission_target')
    .select(TARGET_COLUMNS)
    .where('org_id', 'in', orgIds)
    .where('year', '=', year)
    .where('set_on', '<=', asOf)
    .orderBy('set_on')
    .orderBy('id')
    .execute();
  const latest = new Map<string, TargetInForce>();
  for (const r of rows) latest.set(r.org_id, toTarget(r));
  return [...latest.values()];
}

/**
 * Every commune with the years its own plan covers (a commune-level target set for the year), in one query: what
 * the public board's choosers offer. Communes without a plan have no years.
 */
export async function communePlanYears(
  db: Kysely<Database>,
): Promise<{ id: string; slug: string | null; name: string; years: number[] }[]> {
  const rows = await db
    .selectFrom('org_unit as c')
    .leftJoin(
      (eb) => eb.selectFrom('admission_target').select(['org_id', 'year']).distinct().as('t'),
      (join) => join.onRef('t.org_id', '=', 'c.id'),
    )
    .select(['c.id', 'c.slug', 'c.name', 't.year'])
    .where('c.level', '=', 'commune')
    .orderBy('c.id')
    .orderBy('t.year')
    .execute();
  const communes = new Map<string, { id: string; slug: string | null; name: string; years: number[] }>();
  for (const r of rows) {
    const c = communes.get(r.id) ?? { id: r.id, slug: r.slug, name: r.name, years: [] };
    if (r.year !== null) c.years.push(Number(r.year));
    communes.set(r.id, c);
  }
  return [...communes.values()];
}

export async function targetYears(db: Kysely<Database>, orgId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('admission_target')
    .select('year')
    .distinct()
    .where('org_id', '=', orgId)
    .orderBy('year')
    .execute();
  return rows.map((r) => Number(r.year));
}
