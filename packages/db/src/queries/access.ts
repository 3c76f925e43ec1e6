import { type Kysely, sql } from 'kysely';
import type { Database, OrgLevel } from '../schema.js';

/** A unit with the chain of units above it: what an access check compares role grants against. */
export interface OrgPath {
  /** The unit itself. */
  id: string;
  level: OrgLevel;
  /** Ids from the unit itself up to the root (the unit first). */
  path: string[];
  /** The commune on the path, if the unit is a commune or under one. */
  communeId: string | null;
}

/**
 * The unit and every unit above it, in one recursive query (works on SQLite and PostgreSQL). Undefined for an
 * unknown id. A unit's parent is its current parent: a dated move keeps history in the unit rows themselves.
 */
export async function orgPath(db: Kysely<Database>, orgId: string): Promise<OrgPath | undefined> {
  const rows = await sql<{ id: string; parent_id: string | null; level: OrgLevel; depth: number }>`
    with recursive up(id, parent_id, level, depth) as (
      select id, parent_id, level, 0 from org_unit where id = ${orgId}
      union all
      select o.id, o.parent_id, o.level, up.depth + 1 from org_unit o join up on o.id = up.parent_id
      where up.depth < 16
    )
    select id, parent_id, level, depth from up order by depth`.execute(db);
  const self = rows.rows[0];
  if (!self) return undefined;
  return {
    id: self.id,
    level: self.level,
    path: rows.rows.map((r) => r.id),
    communeId: rows.rows.find((r) => r.level === 'commune')?.id ?? null,
  };
}

/** Every unit under `orgId` (not itself), at any depth. */
export async function orgDescendants(db: Kysely<Database>, orgId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    with recursive down(id, depth) as (
      select id, 0 from org_unit where parent_id = ${orgId}
      union all
      select o.id, down.depth + 1 from org_unit o join down on o.parent_id = down.id where down.depth < 16
    )
    select id from down`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** The cell of a candidate, or undefined for an unknown candidate. */
export async function cellOfCandidate(
  db: Kysely<Database>,
  candidateId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('candidate')
    .select('cell_id')
    .where('id', '=', candidateId)
    .executeTakeFirst();
  return row?.cell_id;
}

/** The cell of a party member, or undefined for an unknown member. */
export async function cellOfMember(db: Kysely<Database>, memberId: string): Promise<string | undefined> {
  const row = await db.selectFrom('member').select('cell_id').where('id', '=', memberId).executeTakeFirst();
  return row?.cell_id;
}

/** The home unit of an account, or undefined for an unknown account. */
export async function homeOfAccount(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('account')
    .select('home_org_id')
    .where('id', '=', accountId)
    .executeTakeFirst();
  return row?.home_org_id;
}
