import { boardInput, communesWithYears, publicBoard } from '../board.js';
import { valueOrThrow } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';

/**
 * The public router: aggregates only. The board app is typed against this router alone, so it cannot even name
 * an admin procedure.
 */
export const publicRouter = router({
  communes: publicProcedure.query(({ ctx }) => communesWithYears(ctx.db)),
  board: publicProcedure
    .input(boardInput)
    .query(async ({ ctx, input }) =>
      valueOrThrow(await publicBoard(ctx.db, { ...input, asOf: input.asOf ?? ctx.today() })),
    ),
});

export type PublicRouter = typeof publicRouter;
