import { z } from 'zod';
import { authedProcedure, decideProcedure, router } from '../trpc.js';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '../use-cases/calendar-feed.js';
import { reminderLog } from '../use-cases/reminder-log.js';
import { setReminderEmail } from '../use-cases/set-reminder-email.js';

/**
 * Reminders (docs/reminders.md): each signed-in account's own calendar feed of the deadlines of its units, by a
 * secret address it creates (shown once), replaces or revokes.
 */
export const remindersRouter = router({
  /** Whether the caller has a live feed, since when, and the caller's digest address. */
  feed: authedProcedure.query(({ ctx }) => calendarFeedStatus(ctx)),
  /** A new secret feed address (the previous one stops working); shown only in this answer. */
  createFeed: authedProcedure
    .input(z.strictObject({}).optional())
    .mutation(({ ctx }) => createCalendarFeed(ctx)),
  /** Stops the caller's feed. */
  revokeFeed: authedProcedure
    .input(z.strictObject({}).optional())
    .mutation(({ ctx }) => revokeCalendarFeed(ctx)),
  /** The caller's own digest address; null removes it (no digest). */
  setEmail: authedProcedure
    .input(
      z.object({
        email: z
          .email({ error: 'Địa chỉ e-mail không hợp lệ: kiểm tra lại (ví dụ ten@xa.gov.vn).' })
          .max(254, { error: 'Địa chỉ e-mail tối đa 254 ký tự.' })
          .nullable(),
      }),
    )
    .mutation(({ ctx, input }) => setReminderEmail(ctx, input.email)),
  /** The digests sent or failed for the commune's accounts, newest first (commune administrators). */
  log: decideProcedure('commune')
    .input(z.object({ communeId: z.string().min(1).max(200), limit: z.int().min(1).max(500).default(100) }))
    .query(({ ctx, input }) => reminderLog(ctx, input.communeId, input.limit)),
});
