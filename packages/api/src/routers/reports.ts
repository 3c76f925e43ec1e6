import { communeDayInput, communeInput, communeYearInput } from '@ketnap/domain';
import { readProcedure, router } from '../trpc.js';
import { reportComposition } from '../use-cases/report-composition.js';
import { candidateList, memberList, villageRegister } from '../use-cases/report-registers.js';
import { reportResults } from '../use-cases/report-results.js';

/**
 * The commune office's reports (commune administrators and viewers of the commune or its province; a cell
 * secretary's unit is below the commune, so they are refused). Every answer is counts or basic fields: the
 * composition reads the sensitive fields of those admitted, audits that read, and returns only counts.
 */
export const reportsRouter = router({
  /** Results against target per cell for a year on `asOf`: the progress figures plus women admitted per cell. */
  results: readProcedure('communeSlug')
    .input(communeYearInput)
    .query(({ ctx, input }) => reportResults(ctx, input)),

  /** The composition of the year's new members: counts; no sensitive breakdown for a viewer. */
  composition: readProcedure('communeSlug')
    .input(communeYearInput)
    .query(({ ctx, input }) => reportComposition(ctx, input)),

  /** The villages of the commune on `asOf` with their cell and members, flagging those without either. */
  villages: readProcedure('communeSlug')
    .input(communeDayInput)
    .query(({ ctx, input }) => villageRegister(ctx, input)),

  /** The member register on `asOf` (basic fields), in Vietnamese order: the members' list export. */
  members: readProcedure('communeSlug')
    .input(communeDayInput)
    .query(({ ctx, input }) => memberList(ctx, input)),

  /** Every candidate of the commune's cells today with the basic fields, in Vietnamese order: the list export. */
  candidates: readProcedure('communeSlug')
    .input(communeInput)
    .query(({ ctx, input }) => candidateList(ctx, input)),
});
