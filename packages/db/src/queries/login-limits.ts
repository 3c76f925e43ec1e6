import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { DbTransaction } from './audit.js';

/**
 * Takes the login gate inside `trx`: the row lock (PostgreSQL) or the write lock already held since `BEGIN
 * IMMEDIATE` (SQLite) makes every other reservation, in this process or another, wait until `trx` ends. Call it
 * first, before reading the attempts the decision counts.
 */
export async function lockLoginGate(trx: DbTransaction, at: string): Promise<void> {
  await trx.updateTable('login_gate').set({ at }).where('id', '=', 1).execute();
}

/** One counted attempt: the limit key it counts against and when it was made. */
export interface LoginAttemptRow {
  keyHash: string;
  at: string;
}

/** The attempts counted against any of `keyHashes` strictly after `after`, oldest first. */
export async function loginAttemptsAfter(
  db: Kysely<Database>,
  keyHashes: readonly string[],
  after: string,
): Promise<LoginAttemptRow[]> {
  if (keyHashes.length === 0) return [];
  const rows = await db
    .selectFrom('login_attempt')
    .select(['key_hash', 'at'])
    .where('key_hash', 'in', keyHashes)
    .where('at', '>', after)
    .orderBy('at')
    .execute();
  return rows.map((r) => ({ keyHash: r.key_hash, at: r.at }));
}

/**
 * Counts one attempt against each of `keyHashes` (rows sharing `attemptId`), and forgets every attempt made before
 * `forgetBefore` (of any key: they have left every window).
 */
export async function insertLoginAttempt(
  trx: DbTransaction,
  params: { attemptId: string; keyHashes: readonly string[]; at: string; forgetBefore: string },
): Promise<void> {
  await trx.deleteFrom('login_attempt').where('at', '<', params.forgetBefore).execute();
  await trx
    .insertInto('login_attempt')
    .values(params.keyHashes.map((k) => ({ attempt_id: params.attemptId, key_hash: k, at: params.at })))
    .execute();
}

/**
 * After a successful login, in one transaction: takes the attempt off `keyHashes` (it no longer counts there) and
 * forgets every attempt counted against `clearKeyHashes` (earlier failures included).
 */
export async function forgiveLoginAttempt(
  db: Kysely<Database>,
  params: { attemptId: string; keyHashes: readonly string[]; clearKeyHashes: readonly string[] },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (params.keyHashes.length > 0)
      await trx
        .deleteFrom('login_attempt')
        .where('attempt_id', '=', params.attemptId)
        .where('key_hash', 'in', params.keyHashes)
        .execute();
    if (params.clearKeyHashes.length > 0)
      await trx.deleteFrom('login_attempt').where('key_hash', 'in', params.clearKeyHashes).execute();
  });
}

/** Adds one to the count of refusals of `kind` on `day` (Vietnam calendar day), in one statement. */
export async function countRefusal(
  db: Kysely<Database>,
  params: { day: string; kind: string },
): Promise<void> {
  await db
    .insertInto('refusal_count')
    .values({ day: params.day, kind: params.kind, count: 1 })
    .onConflict((oc) => oc.columns(['day', 'kind']).doUpdateSet({ count: sql`refusal_count.count + 1` }))
    .execute();
}

/** One day's count of one kind of refusal. */
export interface RefusalCount {
  day: string;
  kind: string;
  count: number;
}

/** The refusal counts from `sinceDay` on (inclusive), by day then kind. */
export async function refusalCounts(db: Kysely<Database>, sinceDay: string): Promise<RefusalCount[]> {
  const rows = await db
    .selectFrom('refusal_count')
    .selectAll()
    .where('day', '>=', sinceDay)
    .orderBy('day')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ day: r.day, kind: r.kind, count: Number(r.count) }));
}
