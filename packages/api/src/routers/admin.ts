import { defaultBoardDay, planYear } from '@ketnap/domain';
import { boardInput, communeOverview } from '../board.js';
import { valueOrThrow } from '../errors.js';
import { authedProcedure, readProcedure, router } from '../trpc.js';
import { readableCommunes } from '../use-cases/readable-communes.js';
import { serverToday } from '../use-cases/today.js';
import { accountsRouter } from './accounts.js';
import { auditRouter } from './audit.js';
import { authRouter } from './auth.js';
import { awarenessClassRouter } from './awareness-class.js';
import { candidatesRouter } from './candidates.js';
import { importsRouter } from './imports.js';
import { papersRouter } from './papers.js';
import { pipelineRouter } from './pipeline.js';
import { privacyRouter } from './privacy.js';
import { progressRouter } from './progress.js';
import { remindersRouter } from './reminders.js';
import { reportsRouter } from './reports.js';
import { ruleSettingsRouter } from './rule-settings.js';
import { sourcePoolRouter } from './source-pool.js';
import { targetsRouter } from './targets.js';
import { verificationsRouter } from './verifications.js';

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
  ruleSettings: ruleSettingsRouter,
  imports: importsRouter,
  privacy: privacyRouter,
  papers: papersRouter,
  verifications: verificationsRouter,
  reminders: remindersRouter,
  sourcePool: sourcePoolRouter,
  awarenessClass: awarenessClassRouter,
  org: router({
    /** The communes the caller may read (viewer, or administrator, of the commune or its province). */
    communes: authedProcedure.query(({ ctx }) => readableCommunes(ctx)),
    /** The commune's figures as the public board shows them, plus member splits and cell ids. */
    overview: readProcedure('communeSlug')
      .input(boardInput.extend({ year: planYear }))
      .query(async ({ ctx, input }) =>
        // A past year is counted to its 31/12 (members on that day beside that year's admissions), as on the board.
        valueOrThrow(
          await communeOverview(ctx.db, {
            ...input,
            asOf: input.asOf ?? defaultBoardDay(input.year, ctx.today()),
          }),
        ),
      ),
    /** Today as the server counts it, for the forms that default to it: no query, unlike the dashboard. */
    today: authedProcedure.query(({ ctx }) => serverToday(ctx)),
  }),
});

export type AdminRouter = typeof adminRouter;
