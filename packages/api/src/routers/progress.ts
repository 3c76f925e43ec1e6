import { communeYearInput, isoDay as day, planYear, recordId } from '@ketnap/domain';
import { z } from 'zod';
import { communeForecast, communeProgress } from '../commune-year.js';
import { valueOrThrow } from '../errors.js';
import { readProcedure, router } from '../trpc.js';
import { provinceProgress } from '../use-cases/province-progress.js';

/** The forecast's input (a commune's year on a day, with what-if dates), shared with its Excel file. */
export const forecastInput = communeYearInput.extend({
  whatIf: z
    .object({ classEndsOn: day.optional(), cellVotes: z.record(z.string().max(64), day).optional() })
    .optional(),
});

/** Progress against targets and the year-end forecast (read: any role over the unit, viewers included). */
export const progressRouter = router({
  /** A commune's year on `asOf` (default today): cells, commune, grades, checkpoints, monthly series. */
  commune: readProcedure('communeSlug')
    .input(communeYearInput)
    .query(async ({ ctx, input }) =>
      valueOrThrow(await communeProgress(ctx.db, { ...input, asOf: input.asOf ?? ctx.today() })),
    ),

  /** A province's year on `asOf`: each commune's totals and the province's (admissions add up; targets are own). */
  province: readProcedure('org')
    .input(z.object({ orgId: recordId, year: planYear, asOf: day.optional() }))
    .query(({ ctx, input }) => provinceProgress(ctx, input)),

  /**
   * The year-end forecast (expected with its 80 % interval, the lawful maximum, the chance of each target, the units
   * at risk) with what-if inputs.
   */
  forecast: readProcedure('communeSlug')
    .input(forecastInput)
    .query(async ({ ctx, input }) =>
      valueOrThrow(await communeForecast(ctx.db, { ...input, asOf: input.asOf ?? ctx.today() })),
    ),
});
