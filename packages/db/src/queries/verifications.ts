import type { Kysely } from 'kysely';
import type { Database, VerificationRequestTable } from '../schema.js';

/** A stored verification request. */
export type VerificationRow = VerificationRequestTable;

/** A candidate's verification requests, oldest first (then by id). `person_name` is sensitive: audit the read. */
export async function verificationsOf(db: Kysely<Database>, candidateId: string): Promise<VerificationRow[]> {
  return db
    .selectFrom('verification_request')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One request by id, or undefined. */
export async function verificationById(
  db: Kysely<Database>,
  id: string,
): Promise<VerificationRow | undefined> {
  return db.selectFrom('verification_request').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open (sent, unanswered, not exempted) requests of the candidates of `cellIds`, for reminders. */
export async function openVerificationsIn(
  db: Kysely<Database>,
  cellIds: readonly string[],
): Promise<(VerificationRow & { cell_id: string; full_name: string })[]> {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('verification_request as v')
    .innerJoin('candidate as c', 'c.id', 'v.candidate_id')
    .selectAll('v')
    .select(['c.cell_id', 'c.full_name'])
    .where('c.cell_id', 'in', cellIds)
    .where('c.erased_on', 'is', null)
    .where('v.answered_on', 'is', null)
    .where('v.exempt_reason', 'is', null)
    .orderBy('v.sent_on')
    .orderBy('v.id')
    .execute();
}

export async function insertVerification(db: Kysely<Database>, row: VerificationRow): Promise<void> {
  await db.insertInto('verification_request').values(row).execute();
}

/** Records the answer of a request still open: false (nothing written) when it was already answered. */
export async function answerVerification(
  db: Kysely<Database>,
  id: string,
  answer: Pick<VerificationRow, 'answered_on' | 'answer'>,
): Promise<boolean> {
  const r = await db
    .updateTable('verification_request')
    .set(answer)
    .where('id', '=', id)
    .where('answered_on', 'is', null)
    .where('exempt_reason', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
