import { memberListInput, orgRef, recordStepInput } from '@ketnap/domain';
import { authedProcedure, readProcedure, router, writeProcedure } from '../trpc.js';
import { dashboard } from '../use-cases/dashboard.js';
import { formsCatalogue } from '../use-cases/forms.js';
import { listMemberPage, listMembers } from '../use-cases/list-members.js';
import { candidateIntroducers } from '../use-cases/read-candidate.js';
import { recordStep } from '../use-cases/record-step.js';

/** The pipeline: recording steps, the dashboard, the members registry and the form catalogue. */
export const pipelineRouter = router({
  /**
   * Records one step in one transaction (use-cases/record-step.ts): a refused step answers the rule ids and
   * messages and writes only an audit entry of the attempt; a stale `version` is refused (CONFLICT).
   */
  record: writeProcedure('candidate')
    .input(recordStepInput)
    .mutation(({ ctx, input }) => recordStep(ctx, input)),

  /**
   * The dashboard of a commune or a cell on today: deadlines due within the coming working week, overdue ones,
   * candidates a blocking rule stops (before the decision), and progress against the year's target.
   */
  dashboard: readProcedure('org')
    .input(orgRef)
    .query(({ ctx, input }) => dashboard(ctx, input.orgId)),

  /** The members of a commune or a cell today: official or probationary, with dates (helpers and introducers). */
  members: readProcedure('org')
    .input(orgRef)
    .query(({ ctx, input }) => listMembers(ctx, input.orgId)),

  /** The members screen: one page of them, optionally only names matching a search, with the totals. */
  memberPage: readProcedure('org')
    .input(memberListInput)
    .query(({ ctx, input }) => listMemberPage(ctx, input)),

  /**
   * Who may introduce this candidate today (I-02, I-03): the official members of the candidate's cell, each with the
   * days together the history records (helper assignment, introduction letter) against the 12 months required.
   */
  introducers: readProcedure('candidate')
    .input(recordStepInput.pick({ candidateId: true }))
    .query(({ ctx, input }) => candidateIntroducers(ctx, input.candidateId)),

  /** The form catalogue (both regimes), for the dossier screens. */
  forms: authedProcedure.query(({ ctx }) => formsCatalogue(ctx)),
});
