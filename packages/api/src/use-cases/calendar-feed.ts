import { createHash, randomBytes } from 'node:crypto';
import {
  accountById,
  accountOfFeed,
  activeFeedOf,
  type DbClient,
  insertFeed,
  revokeFeedsOf,
} from '@ketnap/db';
import { type IsoDate, renderIcs } from '@ketnap/domain';
import type { CallerContext } from '../context.js';
import { accountDeadlines } from './account-deadlines.js';

/** Only the hash of a feed token is stored: a copy of the database holds no working feed address. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A feed token as it may appear in the address: 43 base64url characters (32 random bytes). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The caller's own reminders: whether a feed is live and since when (its address is shown only once), and the
 * digest address.
 */
export async function calendarFeedStatus(ctx: CallerContext) {
  const [feed, account] = await Promise.all([
    activeFeedOf(ctx.db, ctx.session.accountId),
    accountById(ctx.db, ctx.session.accountId),
  ]);
  return { active: feed !== undefined, createdAt: feed?.created_at ?? null, email: account?.email ?? null };
}

/**
 * A new secret feed address for the caller (`reminders.createFeed`), in one transaction: any previous one revoked,
 * the new token's hash stored, audited. The answer is the only time the address is shown.
 */
export async function createCalendarFeed(ctx: CallerContext): Promise<{ path: string }> {
  const token = randomBytes(32).toString('base64url');
  const at = ctx.now().toISOString();
  const accountId = ctx.session.accountId;
  await ctx.db.transaction().execute(async (trx) => {
    await revokeFeedsOf(trx, accountId, at);
    await insertFeed(trx, { tokenHash: hashOf(token), accountId, at });
    await ctx.audit(trx, {
      action: 'reminders.feed-created',
      targetType: 'account',
      targetId: accountId,
      orgId: null,
    });
  });
  return { path: `/api/calendar/${token}.ics` };
}

/** Revokes the caller's feed (`reminders.revokeFeed`): its address answers 404 from now on. */
export async function revokeCalendarFeed(ctx: CallerContext): Promise<{ revoked: number }> {
  const at = ctx.now().toISOString();
  const accountId = ctx.session.accountId;
  return ctx.db.transaction().execute(async (trx) => {
    const revoked = await revokeFeedsOf(trx, accountId, at);
    await ctx.audit(trx, {
      action: 'reminders.feed-revoked',
      targetType: 'account',
      targetId: accountId,
      orgId: null,
    });
    return { revoked };
  });
}

/**
 * The iCalendar text of the feed whose address holds `token`, or null when it is not a live feed of an enabled
 * account. The feed names the candidate and the step only (docs/reminders.md).
 */
export async function calendarFeedText(
  db: DbClient,
  token: string,
  when: { today: IsoDate; now: string },
): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const account = await accountOfFeed(db, hashOf(token));
  if (!account) return null;
  const items = await accountDeadlines(db, account.id, when.today);
  return renderIcs(items, { name: 'ketnap — hạn phát triển đảng viên', now: when.now });
}
