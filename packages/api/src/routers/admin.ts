import { listCommunes, orgPath } from '@ketnap/db';
import { defaultBoardDay } from '@ketnap/domain';
import { z } from 'zod';
import { grants } from '../access.js';
import { boardInput, communeOverview, communesWithYears } from '../board.js';
import { toTRPCError } from '../errors.js';
import { authedProcedure, readProcedure, router } from '../trpc.js';
import { accountsRouter } from './accounts.js';
import { auditRouter } from './audit.js';
import { authRouter } from './auth.js';
import { candidatesRouter } from './candidates.js';
import { importsRouter } from './imports.js';
import { pipelineRouter } from './pipeline.js';
import { privacyRouter } from './privacy.js';
import { progressRouter } from './progress.js';
import { reportsRouter } from './reports.js';
import { targetsRouter } from './targets.js';

/** The admin console's router. */
export const adminRouter = router({
  auth: authRouter,
  accounts: accountsRouter,
  audit: auditRouter,
  targets: targetsRouter,
  progress: progressRouter,
  candidates: candidatesRouter,
  pipeline: pipelineRouter,
  reports: reportsRouter,
  imports: importsRouter,
  privacy: privacyRouter,
  org: router({
    /** The communes the caller may read (viewer, or administrator, of the commune or its province). */
    communes: authedProcedure.query(async ({ ctx }) => {
      const readable = new Set<string>();
      for (const commune of await listCommunes(ctx.db)) {
        const unit = await orgPath(ctx.db, commune.id);
        if (unit && commune.slug && grants(ctx.session.roles, 'read', unit)) readable.add(commune.slug);
      }
      return (await communesWithYears(ctx.db)).filter((c) => readable.has(c.slug));
    }),
    overview: readProcedure('communeSlug')
      .input(boardInput.extend({ year: z.number().int().min(1930).max(2200) }))
      .query(async ({ ctx, input }) => {
        // A past year is counted to its 31/12 (members on that day beside that year's admissions), as on the board.
        const asOf = input.asOf ?? defaultBoardDay(input.year, ctx.today());
        const result = await communeOverview(ctx.db, { ...input, asOf });
        if (!result.ok) throw toTRPCError(result.error);
        return result.value;
      }),
  }),
});

export type AdminRouter = typeof adminRouter;
