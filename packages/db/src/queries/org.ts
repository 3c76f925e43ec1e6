import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, OrgUnitTable } from '../schema.js';
import { activeOn } from './active-on.js';

export type OrgUnit = Selectable<OrgUnitTable>;

/** Adds one organisation unit. */
export async function insertOrgUnit(db: Kysely<Database>, unit: Insertable<OrgUnitTable>): Promise<void> {
  await db.insertInto('org_unit').values(unit).execute();
}

/** The commune with this slug, or undefined. */
export async function communeBySlug(db: Kysely<Database>, slug: string): Promise<OrgUnit | undefined> {
  return db
    .selectFrom('org_unit')
    .selectAll()
    .where('slug', '=', slug)
    .where('level', '=', 'commune')
    .executeTakeFirst();
}

/** Every commune, by name. */
export async function listCommunes(db: Kysely<Database>): Promise<OrgUnit[]> {
  return db.selectFrom('org_unit').selectAll().where('level', '=', 'commune').orderBy('name').execute();
}

/** The cells directly under `communeId` that exist on `asOf` (valid_from ≤ asOf < valid_to). */
export async function cellsOf(db: Kysely<Database>, communeId: string, asOf: string): Promise<OrgUnit[]> {
  return db
    .selectFrom('org_unit')
    .selectAll()
    .where('parent_id', '=', communeId)
    .where('level', '=', 'cell')
    .where((eb) => activeOn(eb, 'valid_from', 'valid_to', asOf))
    .orderBy('id')
    .execute();
}

/** The names of the units `ids` (any level, current or dissolved), by id; an unknown id is left out. */
export async function orgNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** True when the database holds no organisation yet: the only state in which demo or generated data is loaded. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
