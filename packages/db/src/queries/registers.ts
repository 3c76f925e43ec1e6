import type { IsoDate } from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { activeOn } from './active-on.js';

/** A member as the register lists them for export (basic fields only). */
export interface MemberRegisterRow {
  id: string;
  cellId: string;
  fullName: string;
  gender: string;
  birthDate: IsoDate;
  villageName: string | null;
  admittedOn: IsoDate;
  joinedOn: IsoDate;
  officialOn: IsoDate | null;
}

/** Members of `cellIds` on `asOf` (joined by then, not left), with the village they live in; by id. */
export async function memberRegister(
  db: Kysely<Database>,
  cellIds: readonly string[],
  asOf: IsoDate,
): Promise<MemberRegisterRow[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('member as m')
    .leftJoin('village as v', 'v.id', 'm.village_id')
    .select([
      'm.id',
      'm.cell_id',
      'm.full_name',
      'm.gender',
      'm.birth_date',
      'v.name as village_name',
      'm.admitted_on',
      'm.joined_on',
      'm.official_on',
    ])
    .where('m.cell_id', 'in', cellIds)
    .where((eb) => activeOn(eb, 'm.joined_on', 'm.left_on', asOf))
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cellId: r.cell_id,
    fullName: r.full_name,
    gender: r.gender,
    birthDate: r.birth_date,
    villageName: r.village_name,
    admittedOn: r.admitted_on,
    joinedOn: r.joined_on,
    officialOn: r.official_on !== null && r.official_on <= asOf ? r.official_on : null,
  }));
}

/** The people already on the books of `cellIds`, members and candidates alike: name and birth date, for duplicates. */
export async function peopleOf(
  db: Kysely<Database>,
  cellIds: readonly string[],
): Promise<{ kind: 'member' | 'candidate'; fullName: string; birthDate: IsoDate }[]> {
  if (cellIds.length === 0) return [];
  const [members, candidates] = await Promise.all([
    db.selectFrom('member').select(['full_name', 'birth_date']).where('cell_id', 'in', cellIds).execute(),
    db.selectFrom('candidate').select(['full_name', 'birth_date']).where('cell_id', 'in', cellIds).execute(),
  ]);
  return [
    ...members.map((r) => ({ kind: 'member' as const, fullName: r.full_name, birthDate: r.birth_date })),
    ...candidates.map((r) => ({
      kind: 'candidate' as const,
      fullName: r.full_name,
      birthDate: r.birth_date,
    })),
  ];
}

/** A candidate as the register lists them for export: the row's basic columns and the profile (JSON text). */
export interface CandidateRegisterRow {
  id: string;
  cellId: string;
  fullName: string;
  gender: string;
  birthDate: IsoDate;
  enteredPoolOn: IsoDate;
  stage: string;
  profile: string;
  /** The day the dossier was erased (its person's columns then hold placeholders), or null. */
  erasedOn: IsoDate | null;
}

/** Every candidate of `cellIds` (open and closed), by id. */
export async function candidateRegister(
  db: Kysely<Database>,
  cellIds: readonly string[],
): Promise<CandidateRegisterRow[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('candidate')
    .select([
      'id',
      'cell_id',
      'full_name',
      'gender',
      'birth_date',
      'entered_pool_on',
      'stage',
      'profile',
      'erased_on',
    ])
    .where('cell_id', 'in', cellIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cellId: r.cell_id,
    fullName: r.full_name,
    gender: r.gender,
    birthDate: r.birth_date,
    enteredPoolOn: r.entered_pool_on,
    stage: r.stage,
    profile: r.profile,
    erasedOn: r.erased_on,
  }));
}

/**
 * The person records of those admitted (decision dated in `year`, up to the earlier of `asOf` and 31 December) in
 * `cellIds`, sensitive part included, for aggregate reports only: the caller must audit the read of the sensitive
 * fields (`ctx.auditRead`) and let only counts leave the server.
 */
export async function admittedRecords(
  db: Kysely<Database>,
  cellIds: readonly string[],
  year: number,
  asOf: IsoDate,
): Promise<
  {
    candidateId: string;
    cellId: string;
    decidedOn: IsoDate;
    gender: string;
    birthDate: IsoDate;
    profile: string;
    sensitive: string | null;
  }[]
> {
  if (cellIds.length === 0) return [];
  const end = asOf < `${year}-12-31` ? asOf : `${year}-12-31`;
  const rows = await db
    .selectFrom('candidate_event as e')
    .innerJoin('candidate as c', 'c.id', 'e.candidate_id')
    .leftJoin('candidate_sensitive as s', 's.candidate_id', 'c.id')
    .select(['c.id', 'c.cell_id', 'e.occurred_on', 'c.gender', 'c.birth_date', 'c.profile', 's.data'])
    .where('c.cell_id', 'in', cellIds)
    .where('e.kind', '=', 'admission-decision')
    .where('e.occurred_on', '>=', `${year}-01-01`)
    .where('e.occurred_on', '<=', end)
    .orderBy('e.occurred_on')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    candidateId: r.id,
    cellId: r.cell_id,
    decidedOn: r.occurred_on,
    gender: r.gender,
    birthDate: r.birth_date,
    profile: r.profile,
    sensitive: r.data,
  }));
}
