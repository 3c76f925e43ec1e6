import { accountsOf, reminderLogOf } from '@ketnap/db';
import type { CallerContext } from '../context.js';

/**
 * The digests logged for the accounts homed at a commune (`reminders.log`), newest first, with the account's
 * username: a digest that failed, or a day without one, shows here (docs/reminders.md).
 */
export async function reminderLog(ctx: CallerContext, communeId: string, limit: number) {
  const accounts = await accountsOf(ctx.db, [communeId]);
  const usernames = new Map(accounts.map((a) => [a.id, a.username]));
  const rows = await reminderLogOf(ctx.db, [...usernames.keys()], limit);
  return rows.map((r) => ({
    id: r.id,
    day: r.day,
    at: r.at,
    username: usernames.get(r.account_id) ?? r.account_id,
    recipient: r.recipient,
    status: r.status,
    items: Number(r.items),
    error: r.error,
  }));
}
