import { z } from 'zod';
import { authedProcedure, router } from '../trpc.js';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '../use-cases/calendar-feed.js';

/**
 * Reminders (docs/reminders.md): each signed-in account's own calendar feed of the deadlines of its units, by a
 * secret address it creates (shown once), replaces or revokes.
 */
export const remindersRouter = router({
  /** Whether the caller has a live feed, and since when. */
  feed: authedProcedure.query(({ ctx }) => calendarFeedStatus(ctx)),
  /** A new secret feed address (the previous one stops working); shown only in this answer. */
  createFeed: authedProcedure.input(z.object({}).optional()).mutation(({ ctx }) => createCalendarFeed(ctx)),
  /** Stops the caller's feed. */
  revokeFeed: authedProcedure.input(z.object({}).optional()).mutation(({ ctx }) => revokeCalendarFeed(ctx)),
});
