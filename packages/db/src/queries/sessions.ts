import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SessionTable } from '../schema.js';

export type SessionRow = Selectable<SessionTable>;

/** Stores a new session (its id is the hash of the cookie's token, never the token). */
export async function insertSession(db: Kysely<Database>, session: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('session').values(session).execute();
}

/** The session with this id (token hash), or undefined. */
export async function sessionById(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves the sliding idle window: the session was used at `at`. */
export async function touchSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Ends one session (logout); ending an ended one changes nothing. */
export async function revokeSession(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/**
 * Ends every open session of an account (disabled, password reset), or every one but `keep` (the caller's own, when
 * the person changed their password); returns how many it ended.
 */
export async function revokeSessionsOf(
  db: Kysely<Database>,
  accountId: string,
  at: string,
  keep?: string,
): Promise<number> {
  let update = db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null);
  if (keep !== undefined) update = update.where('id', '!=', keep);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
