import { z } from 'zod';
import { boardInput, communeOverview, communesWithYears } from '../board.js';
import { toTRPCError } from '../errors.js';
import { publicProcedure, router } from '../trpc.js';

/** The admin console's router. */
export const adminRouter = router({
  org: router({
    communes: publicProcedure.query(({ ctx }) => communesWithYears(ctx.db)),
    overview: publicProcedure
      .input(boardInput.extend({ year: z.number().int().min(1930).max(2200) }))
      .query(async ({ ctx, input }) => {
        const result = await communeOverview(ctx.db, { ...input, asOf: input.asOf ?? ctx.today() });
        if (!result.ok) throw toTRPCError(result.error);
        return result.value;
      }),
  }),
});

export type AdminRouter = typeof adminRouter;
