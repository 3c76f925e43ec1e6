import type { Insertable, Kysely } from 'kysely';
import type { AdmissionTargetTable, Database } from '../schema.js';

/** Records a target; the older one for the same unit and year stays as history. */
export async function setAdmissionTarget(
  db: Kysely<Database>,
  target: Insertable<AdmissionTargetTable>,
): Promise<void> {
  await db.insertInto('admission_target').values(target).execute();
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
): Promise<{ orgId: string; total: number; resolutionRef: string | null }[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('admission_target')
    .select(['org_id', 'total', 'resolution_ref', 'set_on', 'id'])
    .where('org_id', 'in', orgIds)
    .where('year', '=', year)
    .where('set_on', '<=', asOf)
    .orderBy('set_on')
    .orderBy('id')
    .execute();
  const latest = new Map<string, { orgId: string; total: number; resolutionRef: string | null }>();
  for (const r of rows)
    latest.set(r.org_id, { orgId: r.org_id, total: r.total, resolutionRef: r.resolution_ref });
  return [...latest.values()];
}

/** Years for which the unit has any target, ascending. */
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
