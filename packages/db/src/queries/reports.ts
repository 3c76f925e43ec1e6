import type { IsoDate } from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { CandidateEventKind, Database } from '../schema.js';

/** One dated step of some candidate of a cell: what progress and reports count. */
export interface CellEvent {
  cellId: string;
  candidateId: string;
  kind: CandidateEventKind;
  on: IsoDate;
}

/** Events of `kinds` dated in `year` (1 January to 31 December) for candidates of `cellIds`, by date. */
export async function cellEventsInYear(
  db: Kysely<Database>,
  cellIds: readonly string[],
  year: number,
  kinds: readonly CandidateEventKind[],
): Promise<CellEvent[]> {
  if (cellIds.length === 0 || kinds.length === 0) return [];
  const rows = await db
    .selectFrom('candidate_event as e')
    .innerJoin('candidate as c', 'c.id', 'e.candidate_id')
    .select(['c.cell_id', 'e.candidate_id', 'e.kind', 'e.occurred_on'])
    .where('c.cell_id', 'in', cellIds)
    .where('e.kind', 'in', kinds)
    .where('e.occurred_on', '>=', `${year}-01-01`)
    .where('e.occurred_on', '<=', `${year}-12-31`)
    .orderBy('e.occurred_on')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    cellId: r.cell_id,
    candidateId: r.candidate_id,
    kind: r.kind,
    on: r.occurred_on,
  }));
}

/**
 * Members of `cellIds` who left in `year` up to `asOf` while still probationary (left before being recognised):
 * the probation outcomes that are not a recognition.
 */
export async function leftDuringProbation(
  db: Kysely<Database>,
  cellIds: readonly string[],
  year: number,
  asOf: IsoDate,
): Promise<{ cellId: string; leftOn: IsoDate; reason: string | null }[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .select(['cell_id', 'left_on', 'left_reason'])
    .where('cell_id', 'in', cellIds)
    .where('left_on', '>=', `${year}-01-01`)
    .where('left_on', '<=', asOf)
    .where((eb) => eb.or([eb('official_on', 'is', null), eb('official_on', '>', eb.ref('left_on'))]))
    .execute();
  return rows.map((r) => ({ cellId: r.cell_id, leftOn: r.left_on as string, reason: r.left_reason }));
}

/** The people admitted (decision dated in `year` up to `asOf`) in `cellIds`: cell, decision day, gender, birth date. */
export async function admittedPeople(
  db: Kysely<Database>,
  cellIds: readonly string[],
  year: number,
  asOf: IsoDate,
): Promise<{ cellId: string; decidedOn: IsoDate; gender: string; birthDate: IsoDate }[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('candidate_event as e')
    .innerJoin('candidate as c', 'c.id', 'e.candidate_id')
    .select(['c.cell_id', 'e.occurred_on', 'c.gender', 'c.birth_date'])
    .where('c.cell_id', 'in', cellIds)
    .where('e.kind', '=', 'admission-decision')
    .where('e.occurred_on', '>=', `${year}-01-01`)
    .where('e.occurred_on', '<=', asOf < `${year}-12-31` ? asOf : `${year}-12-31`)
    .orderBy('e.occurred_on')
    .execute();
  return rows.map((r) => ({
    cellId: r.cell_id,
    decidedOn: r.occurred_on,
    gender: r.gender,
    birthDate: r.birth_date,
  }));
}

/** The communes directly under a province. */
export async function communesOf(
  db: Kysely<Database>,
  provinceId: string,
): Promise<{ id: string; slug: string | null; name: string }[]> {
  return db
    .selectFrom('org_unit')
    .select(['id', 'slug', 'name'])
    .where('parent_id', '=', provinceId)
    .where('level', '=', 'commune')
    .orderBy('name')
    .execute();
}
