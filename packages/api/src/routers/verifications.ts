import { addVerificationInput, answerVerificationInput, candidateRef } from '@ketnap/domain';
import { readSensitiveProcedure, router, writeProcedure } from '../trpc.js';
import { addVerification } from '../use-cases/add-verification.js';
import { answerVerification } from '../use-cases/answer-verification.js';
import { listVerifications } from '../use-cases/list-verifications.js';

/**
 * Background verification (docs/verification.md): one request per person verified, its answer, the deadlines.
 * Relatives' names are sensitive: the list is for those who may read sensitive fields (never viewers), audited.
 */
export const verificationsRouter = router({
  /** The candidate's requests with their V-07 deadlines and the V-02/V-05 checks of the cell vote. */
  list: readSensitiveProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => listVerifications(ctx, input.candidateId)),

  /** One person's request sent to a named organisation, or a side exempted under V-04 with its reason. */
  add: writeProcedure('candidate')
    .input(addVerificationInput)
    .mutation(({ ctx, input }) => addVerification(ctx, input)),

  /** The answer of an open request: clear, concerns, or closed without an answer. */
  answer: writeProcedure('candidate')
    .input(answerVerificationInput)
    .mutation(({ ctx, input }) => answerVerification(ctx, input)),
});
