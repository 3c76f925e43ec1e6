import { setAccountEmail } from '@ketnap/db';
import type { CallerContext } from '../context.js';

/** Sets (or, with null, removes) the caller's own digest address (`reminders.setEmail`), audited without it. */
export async function setReminderEmail(
  ctx: CallerContext,
  email: string | null,
): Promise<{ email: string | null }> {
  const accountId = ctx.session.accountId;
  await ctx.db.transaction().execute(async (trx) => {
    await setAccountEmail(trx, accountId, email);
    await ctx.audit(trx, {
      action: email === null ? 'reminders.email-removed' : 'reminders.email-set',
      targetType: 'account',
      targetId: accountId,
      orgId: null,
    });
  });
  return { email };
}
