import { defaultBoardDay } from '@ketnap/domain';
import { boardInput, communesWithYears, publicBoard } from '../board.js';
import { valueOrThrow } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';

/**
 * The public router: aggregates only. The board app is typed against this router alone, so it cannot even name
 * an admin procedure.
 */
export const publicRouter = router({
  communes: publicProcedure.query(({ ctx }) => communesWithYears(ctx.db)),
  board: publicProcedure.input(boardInput).query(async ({ ctx, input }) =>
    // A past year is counted to its 31/12, the current one to today (the JSON route's rule).
    valueOrThrow(
      await publicBoard(ctx.db, { ...input, asOf: input.asOf ?? defaultBoardDay(input.year, ctx.today()) }),
    ),
  ),
});

export type PublicRouter = typeof publicRouter;
