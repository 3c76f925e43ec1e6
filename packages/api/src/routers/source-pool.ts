import { proposeSourceInput, recordId, sourceReviewInput } from '@ketnap/domain';
import { z } from 'zod';
import { readProcedure, router, writeProcedure } from '../trpc.js';
import { proposeSource } from '../use-cases/propose-source.js';
import { reviewSources } from '../use-cases/review-sources.js';
import { sourceList } from '../use-cases/source-list.js';

/** The source pool (docs/source-pool.md): the mass organisations' proposals and the cell committee's reviews. */
export const sourcePoolRouter = router({
  /** A cell's source list: proposals, the pool's undecided candidates, past reviews, when the next is due. */
  list: readProcedure('cell')
    .input(z.strictObject({ cellId: recordId }))
    .query(({ ctx, input }) => sourceList(ctx, input.cellId)),

  /** Records a mass organisation's proposal, pending until the next review. */
  propose: writeProcedure('cell')
    .input(proposeSourceInput)
    .mutation(({ ctx, input }) => proposeSource(ctx, input)),

  /**
   * Records a review of the whole list in one transaction (adds become candidates, dropped candidates are withdrawn);
   * a refused review answers the problems and writes nothing.
   */
  review: writeProcedure('cell')
    .input(sourceReviewInput)
    .mutation(({ ctx, input }) => reviewSources(ctx, input)),
});
