import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { activeOn } from './active-on.js';
import { targetsInForce } from './targets.js';

/** One part of a roll-up (a commune of a province, or a province of the nation): its own target and admissions. */
export interface RollupPart {
  id: string;
  /** The part's target in force on `asOf`; null when none was set. */
  target: number | null;
  /** Admission decisions dated in the year up to `asOf`, in cells existing on `asOf`. */
  admitted: number;
}

/**
 * Admissions by commune or by province for `year` up to `asOf`, counted as {@link admittedByCell} counts them (the
 * decision's date, cells existing on `asOf`), in ONE grouped query instead of four queries per commune: the roll-up
 * of a province or of the nation costs the same number of round trips as one commune's. It reads the decision's day
 * kept on the candidate (`admitted_on`, migration 0007) rather than joining every decision to its candidate, and
 * groups by commune before going up to the province (3,321 communes instead of 158,000 admissions to look up).
 */
async function admissionsBy(
  db: Kysely<Database>,
  level: 'commune' | 'province',
  within: string | null,
  year: number,
  asOf: string,
): Promise<Map<string, number>> {
  const yearEnd = `${year}-12-31`;
  const byCommune = db
    .selectFrom('candidate as c')
    .innerJoin('org_unit as cell', 'cell.id', 'c.cell_id')
    .select((eb) => ['cell.parent_id as commune_id', eb.fn.countAll<number>().as('admitted')])
    .where('c.admitted_on', '>=', `${year}-01-01`)
    .where('c.admitted_on', '<=', asOf < yearEnd ? asOf : yearEnd)
    .where((eb) => activeOn(eb, 'cell.valid_from', 'cell.valid_to', asOf))
    .$if(within !== null, (q) =>
      q.where('cell.parent_id', 'in', (eb) =>
        eb
          .selectFrom('org_unit')
          .select('id')
          .where('parent_id', '=', within ?? ''),
      ),
    )
    .groupBy('cell.parent_id');
  const rows = await db
    .selectFrom(byCommune.as('x'))
    .innerJoin('org_unit as commune', 'commune.id', 'x.commune_id')
    .select((eb) => [
      eb.ref(level === 'commune' ? 'commune.id' : 'commune.parent_id').as('unit'),
      eb.fn.sum<number>('x.admitted').as('admitted'),
    ])
    .groupBy(level === 'commune' ? 'commune.id' : 'commune.parent_id')
    .execute();
  return new Map(rows.map((r) => [r.unit ?? '', Number(r.admitted)]));
}

/** Targets and admissions of every commune of a province for `year` on `asOf`, and the province's own target. */
export async function provinceRollupRows(
  db: Kysely<Database>,
  provinceId: string,
  year: number,
  asOf: string,
): Promise<{ ownTarget: number | null; parts: RollupPart[] }> {
  const communes = await db
    .selectFrom('org_unit')
    .select('id')
    .where('parent_id', '=', provinceId)
    .where('level', '=', 'commune')
    .orderBy('id')
    .execute();
  const ids = communes.map((c) => c.id);
  const [admitted, targets] = await Promise.all([
    admissionsBy(db, 'commune', provinceId, year, asOf),
    targetsInForce(db, [provinceId, ...ids], year, asOf),
  ]);
  const targetOf = new Map(targets.map((t) => [t.orgId, t.total]));
  return {
    ownTarget: targetOf.get(provinceId) ?? null,
    parts: ids.map((id) => ({ id, target: targetOf.get(id) ?? null, admitted: admitted.get(id) ?? 0 })),
  };
}

/** Targets and admissions of every province for `year` on `asOf`. */
export async function nationRollupRows(
  db: Kysely<Database>,
  year: number,
  asOf: string,
): Promise<RollupPart[]> {
  const provinces = await db
    .selectFrom('org_unit')
    .select('id')
    .where('level', '=', 'province')
    .where('parent_id', 'is', null)
    .orderBy('id')
    .execute();
  const ids = provinces.map((p) => p.id);
  const [admitted, targets] = await Promise.all([
    admissionsBy(db, 'province', null, year, asOf),
    targetsInForce(db, ids, year, asOf),
  ]);
  const targetOf = new Map(targets.map((t) => [t.orgId, t.total]));
  return ids.map((id) => ({ id, target: targetOf.get(id) ?? null, admitted: admitted.get(id) ?? 0 }));
}
