import type { IsoDate } from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A member row as the personal data export lists it. */
export interface MemberRecord {
  id: string;
  cellId: string;
  fullName: string;
  gender: string;
  birthDate: IsoDate;
  admittedOn: IsoDate;
  joinedOn: IsoDate;
  officialOn: IsoDate | null;
  leftOn: IsoDate | null;
  leftReason: string | null;
}

/**
 * The member row of an admitted candidate. The two tables share no key (a member is written by the demo loader or
 * the member import, not by the pipeline), so the person is found as those write them: the same full name, birth
 * date and admission decision day, in one of `cellIds` (the candidate's commune: a member may have moved cell).
 * Undefined when none matches.
 */
export async function memberOfCandidate(
  db: Kysely<Database>,
  person: { cellIds: readonly string[]; fullName: string; birthDate: IsoDate; admittedOn: IsoDate },
): Promise<MemberRecord | undefined> {
  if (person.cellIds.length === 0) return undefined;
  const row = await db
    .selectFrom('member')
    .selectAll()
    .where('cell_id', 'in', person.cellIds)
    .where('full_name', '=', person.fullName)
    .where('birth_date', '=', person.birthDate)
    .where('admitted_on', '=', person.admittedOn)
    .orderBy('id')
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      cellId: row.cell_id,
      fullName: row.full_name,
      gender: row.gender,
      birthDate: row.birth_date,
      admittedOn: row.admitted_on,
      joinedOn: row.joined_on,
      officialOn: row.official_on,
      leftOn: row.left_on,
      leftReason: row.left_reason,
    }
  );
}

/** One audit entry about a person, payload parsed. */
export interface AuditEntryAbout {
  seq: number;
  at: string;
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  payload: Record<string, unknown>;
}

/** The audit entries whose target is one of `targets` (type and id), oldest first. */
export async function auditEntriesAbout(
  db: Kysely<Database>,
  targets: readonly { type: string; id: string }[],
): Promise<AuditEntryAbout[]> {
  if (targets.length === 0) return [];
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor_account_id', 'action', 'target_type', 'target_id', 'payload'])
    .where((eb) =>
      eb.or(targets.map((t) => eb.and([eb('target_type', '=', t.type), eb('target_id', '=', t.id)]))),
    )
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actorAccountId: r.actor_account_id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
  }));
}

/** The values an erasure writes (the domain's `erasedPerson`), and the day it happens. */
export interface Erasure {
  id: string;
  expectedVersion: number;
  erasedOn: IsoDate;
  person: {
    fullName: string;
    nameFolded: string;
    gender: string;
    birthDate: IsoDate;
    profile: Record<string, never>;
    eventData: Record<string, never>;
  };
}

/**
 * Erases a candidate's dossier inside the caller's transaction: replaces the person's columns with `person`, marks
 * the row erased and bumps its version (from `expectedVersion`: false, and nothing
 * written, when the row moved on), deletes the sensitive record and the verification requests (relatives' names) and replaces every event's data. Kinds, days, seq
 * and the stage cache stay. Answers the number of events whose data was replaced.
 */
export async function eraseCandidate(
  trx: Kysely<Database>,
  erasure: Erasure,
): Promise<{ erased: boolean; events: number }> {
  const { person } = erasure;
  const updated = await trx
    .updateTable('candidate')
    .set((eb) => ({
      version: eb('version', '+', 1),
      full_name: person.fullName,
      name_folded: person.nameFolded,
      gender: person.gender,
      birth_date: person.birthDate,
      profile: JSON.stringify(person.profile),
      erased_on: erasure.erasedOn,
    }))
    .where('id', '=', erasure.id)
    .where('version', '=', erasure.expectedVersion)
    .where('erased_on', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return { erased: false, events: 0 };
  await trx.deleteFrom('candidate_sensitive').where('candidate_id', '=', erasure.id).execute();
  await trx.deleteFrom('verification_request').where('candidate_id', '=', erasure.id).execute();
  const events = await trx
    .updateTable('candidate_event')
    .set({ data: JSON.stringify(person.eventData) })
    .where('candidate_id', '=', erasure.id)
    .executeTakeFirst();
  return { erased: true, events: Number(events.numUpdatedRows) };
}
