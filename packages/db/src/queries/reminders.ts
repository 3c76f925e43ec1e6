import type { Kysely, Selectable } from 'kysely';
import type { Database, ReminderLogTable } from '../schema.js';
import type { Account } from './accounts.js';

export type ReminderLogRow = Selectable<ReminderLogTable>;

/** The account's live feed (created, not revoked), or undefined. */
export async function activeFeedOf(
  db: Kysely<Database>,
  accountId: string,
): Promise<{ created_at: string } | undefined> {
  return db
    .selectFrom('calendar_feed')
    .select('created_at')
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Revokes every live feed of the account; answers how many. */
export async function revokeFeedsOf(db: Kysely<Database>, accountId: string, at: string): Promise<number> {
  const r = await db
    .updateTable('calendar_feed')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertFeed(
  db: Kysely<Database>,
  feed: { tokenHash: string; accountId: string; at: string },
): Promise<void> {
  await db
    .insertInto('calendar_feed')
    .values({ token_hash: feed.tokenHash, account_id: feed.accountId, created_at: feed.at, revoked_at: null })
    .execute();
}

/** The enabled account a live feed token (by its hash) belongs to, or undefined. */
export async function accountOfFeed(db: Kysely<Database>, tokenHash: string): Promise<Account | undefined> {
  return db
    .selectFrom('calendar_feed as f')
    .innerJoin('account as a', 'a.id', 'f.account_id')
    .selectAll('a')
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .where('a.disabled', '=', 0)
    .executeTakeFirst();
}

export async function setAccountEmail(
  db: Kysely<Database>,
  accountId: string,
  email: string | null,
): Promise<void> {
  await db.updateTable('account').set({ email }).where('id', '=', accountId).execute();
}

/** The enabled accounts with an e-mail address, by id: who gets a digest. */
export async function digestAccounts(db: Kysely<Database>): Promise<Account[]> {
  return db
    .selectFrom('account')
    .selectAll()
    .where('email', 'is not', null)
    .where('disabled', '=', 0)
    .orderBy('id')
    .execute();
}

export async function logReminder(db: Kysely<Database>, row: ReminderLogRow): Promise<void> {
  await db.insertInto('reminder_log').values(row).execute();
}

/** The digests logged for `accountIds`, newest first. */
export async function reminderLogOf(
  db: Kysely<Database>,
  accountIds: readonly string[],
  limit: number,
): Promise<ReminderLogRow[]> {
  if (accountIds.length === 0) return [];
  return db
    .selectFrom('reminder_log')
    .selectAll()
    .where('account_id', 'in', accountIds)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The accounts whose digest for `day` was sent (a rerun of the day's sending skips them). */
export async function digestSentOn(db: Kysely<Database>, day: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('reminder_log')
    .select('account_id')
    .where('day', '=', day)
    .where('status', '=', 'sent')
    .execute();
  return new Set(rows.map((r) => r.account_id));
}
