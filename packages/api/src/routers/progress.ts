import { communeProgressRows, communesOf, orgPath, targetsInForce } from '@ketnap/db';
import { isIsoDate, percentOfTarget, rollUp, rollUpCommune } from '@ketnap/domain';
import { z } from 'zod';
import { communeForecast, communeProgress } from '../commune-year.js';
import { toTRPCError } from '../errors.js';
import { readProcedure, router } from '../trpc.js';

const day = z.string().refine(isIsoDate, { error: 'Ngày phải có thật, dạng YYYY-MM-DD.' });
const communeYear = z.object({
  commune: z.string().min(1).max(100),
  year: z.int().min(1930).max(2200),
  asOf: day.optional(),
});

/** Progress against targets and the year-end forecast (read: any role over the unit, viewers included). */
export const progressRouter = router({
  /** A commune's year on `asOf` (default today): cells, commune, grades, checkpoints, monthly series. */
  commune: readProcedure('communeSlug')
    .input(communeYear)
    .query(async ({ ctx, input }) => {
      const result = await communeProgress(ctx.db, { ...input, asOf: input.asOf ?? ctx.today() });
      if (!result.ok) throw toTRPCError(result.error);
      return result.value;
    }),

  /** A province's year on `asOf`: each commune's totals and the province's (admissions add up; targets are own). */
  province: readProcedure('org')
    .input(
      z.object({ orgId: z.string().min(1).max(64), year: z.int().min(1930).max(2200), asOf: day.optional() }),
    )
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? ctx.today();
      const province = await orgPath(ctx.db, input.orgId);
      if (province?.level !== 'province')
        throw toTRPCError({
          code: 'ACCESS.NOT_FOUND',
          message: { vi: 'Không tìm thấy tỉnh này.', en: 'No such province.' },
        });
      const communes = await Promise.all(
        (await communesOf(ctx.db, input.orgId)).map(async (c) => {
          const rows = await communeProgressRows(ctx.db, c.id, input.year, asOf);
          const t = rollUpCommune(rows.cells, rows.communeTarget);
          return {
            slug: c.slug ?? c.id,
            name: c.name,
            members: t.members,
            target: t.target,
            admitted: t.admitted,
            percent: percentOfTarget(t),
          };
        }),
      );
      const [own] = await targetsInForce(ctx.db, [input.orgId], input.year, asOf);
      const totals = rollUp(communes, own?.total ?? null);
      return {
        province: { id: input.orgId, ...totals, percent: percentOfTarget(totals) },
        year: input.year,
        asOf,
        communes,
      };
    }),

  /**
   * The year-end forecast (expected with its 80 % interval, the lawful maximum, the chance of each target, the units
   * at risk) with what-if inputs.
   */
  forecast: readProcedure('communeSlug')
    .input(
      communeYear.extend({
        whatIf: z
          .object({ classEndsOn: day.optional(), cellVotes: z.record(z.string().max(64), day).optional() })
          .optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const result = await communeForecast(ctx.db, { ...input, asOf: input.asOf ?? ctx.today() });
      if (!result.ok) throw toTRPCError(result.error);
      return result.value;
    }),
});
