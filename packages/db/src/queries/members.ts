import type { Insertable, Kysely } from 'kysely';
import type { Database, MemberTable } from '../schema.js';
import { activeOn } from './active-on.js';

/** Adds one party member. */
export async function insertMember(db: Kysely<Database>, member: Insertable<MemberTable>): Promise<void> {
  await db.insertInto('member').values(member).execute();
}

/** Members of one cell on a day, split by status. */
export interface MemberCounts {
  cellId: string;
  official: number;
  probationary: number;
}

/**
 * Members of each of `cellIds` on `asOf`: joined (ceremony) on or before `asOf` and not left by then; official
 * when recognised on or before `asOf`, otherwise probationary. Cells without members are absent from the answer.
 */
export async function memberCountsByCell(
  db: Kysely<Database>,
  cellIds: readonly string[],
  asOf: string,
): Promise<MemberCounts[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .select((eb) => [
      'cell_id',
      eb.fn.countAll().as('total'),
      eb.fn
        // A null official_on compares as unknown, so it falls to else: probationary.
        .sum<number | string>(eb.case().when('official_on', '<=', asOf).then(1).else(0).end())
        .as('official'),
    ])
    .where('cell_id', 'in', cellIds)
    .where((eb) => activeOn(eb, 'joined_on', 'left_on', asOf))
    .groupBy('cell_id')
    .execute();
  return rows.map((r) => {
    const official = Number(r.official);
    return { cellId: r.cell_id, official, probationary: Number(r.total) - official };
  });
}
