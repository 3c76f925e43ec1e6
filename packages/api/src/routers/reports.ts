import { isIsoDate } from '@ketnap/domain';
import { z } from 'zod';
import { readProcedure, router } from '../trpc.js';
import { reportComposition } from '../use-cases/report-composition.js';
import { candidateList, memberList, villageRegister } from '../use-cases/report-registers.js';
import { reportResults } from '../use-cases/report-results.js';

const day = z.string().refine(isIsoDate, { error: 'Ngày phải có thật, dạng YYYY-MM-DD.' });
const commune = z.string().min(1).max(100);
const communeYear = z.object({ commune, year: z.int().min(1930).max(2200), asOf: day.optional() });
const communeDay = z.object({ commune, asOf: day.optional() });

/**
 * The commune office's reports (commune administrators and viewers of the commune or its province; a cell
 * secretary's unit is below the commune, so they are refused). Every answer is counts or basic fields: the
 * composition reads the sensitive fields of those admitted, audits that read, and returns only counts.
 */
export const reportsRouter = router({
  /** Results against target per cell for a year on `asOf`: the progress figures plus women admitted per cell. */
  results: readProcedure('communeSlug')
    .input(communeYear)
    .query(({ ctx, input }) => reportResults(ctx, input)),

  /** The composition of the year's new members: counts; no sensitive breakdown for a viewer. */
  composition: readProcedure('communeSlug')
    .input(communeYear)
    .query(({ ctx, input }) => reportComposition(ctx, input)),

  /** The villages of the commune on `asOf` with their cell and members, flagging those without either. */
  villages: readProcedure('communeSlug')
    .input(communeDay)
    .query(({ ctx, input }) => villageRegister(ctx, input)),

  /** The member register on `asOf` (basic fields), in Vietnamese order: the members' list export. */
  members: readProcedure('communeSlug')
    .input(communeDay)
    .query(({ ctx, input }) => memberList(ctx, input)),

  /** Every candidate of the commune's cells today with the basic fields, in Vietnamese order: the list export. */
  candidates: readProcedure('communeSlug')
    .input(z.object({ commune }))
    .query(({ ctx, input }) => candidateList(ctx, input)),
});
