import type { IsoDate } from '@ketnap/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Database, VillageTable } from '../schema.js';
import { activeOn } from './active-on.js';

/** Adds one village. */
export async function insertVillage(db: Kysely<Database>, village: Insertable<VillageTable>): Promise<void> {
  await db.insertInto('village').values(village).execute();
}

/** A village with the cell covering it and the members living there on a day. */
export interface VillageRow {
  id: string;
  name: string;
  cellId: string | null;
  cellName: string | null;
  /** True when the covering cell is the village's own; false when it was merged into a neighbour's (or none). */
  ownCell: boolean;
  /** Members living in the village on `asOf` (joined by then, not left), whatever their cell. */
  members: number;
}

/** The villages of a commune, each with its covering cell and its members on `asOf` (one grouped query). */
export async function villagesOf(
  db: Kysely<Database>,
  communeId: string,
  asOf: IsoDate,
): Promise<VillageRow[]> {
  const rows = await db
    .selectFrom('village as v')
    .leftJoin('org_unit as c', 'c.id', 'v.cell_id')
    .leftJoin('member as m', (join) =>
      join.onRef('m.village_id', '=', 'v.id').on((eb) => activeOn(eb, 'm.joined_on', 'm.left_on', asOf)),
    )
    .select((eb) => [
      'v.id',
      'v.name',
      'v.cell_id',
      'c.name as cell_name',
      'v.own_cell',
      eb.fn.count('m.id').as('members'),
    ])
    .where('v.commune_id', '=', communeId)
    .groupBy(['v.id', 'v.name', 'v.cell_id', 'c.name', 'v.own_cell'])
    .orderBy('v.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    cellId: r.cell_id,
    cellName: r.cell_name,
    ownCell: Number(r.own_cell) === 1 && r.cell_id !== null,
    members: Number(r.members),
  }));
}
