import { candidateListInput, candidateRef, createCandidateInput, updateProfileInput } from '@ketnap/domain';
import { readProcedure, readSensitiveProcedure, router, writeProcedure } from '../trpc.js';
import { candidatePage } from '../use-cases/candidate-page.js';
import { createCandidate } from '../use-cases/create-candidate.js';
import { listCandidates } from '../use-cases/list-candidates.js';
import {
  candidateChecklist,
  candidateChecks,
  candidateDetail,
  candidateNextActions,
  candidateSensitive,
  candidateTimeline,
} from '../use-cases/read-candidate.js';
import { updateProfile } from '../use-cases/update-profile.js';

/**
 * Candidates: the list, the whole candidate page in one call, one candidate's record, timeline, dossier and rule
 * checks, and the person record's edits. Each resolver is input → use case (packages/api/src/use-cases/) → answer.
 */
export const candidatesRouter = router({
  /** The candidates of a commune or a cell: filters, a diacritic-insensitive search, Vietnamese order, 50 a page. */
  list: readProcedure('org')
    .input(candidateListInput)
    .query(({ ctx, input }) => listCandidates(ctx, input)),

  /**
   * Everything the candidate page shows, in one call: today, the detail, the timeline and (unless erased) the
   * checklist, checks, next actions, introducers and the cell's members, as the separate reads answer them.
   */
  file: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidatePage(ctx, input.candidateId)),

  /** One candidate's basic record: never a sensitive field; an erased dossier answers its placeholders. */
  detail: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidateDetail(ctx, input.candidateId)),

  /** The sensitive fields of the person record; every call is written to the audit log (field names only). */
  sensitive: readSensitiveProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidateSensitive(ctx, input.candidateId)),

  /** The history, oldest first, with each step's name; an erased dossier's steps have a null `event`. */
  timeline: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidateTimeline(ctx, input.candidateId)),

  /** The dossier checklist of the forms in force today. */
  checklist: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidateChecklist(ctx, input.candidateId)),

  /** The rule checks today (`evaluateCase`), the deadlines with working-day countdowns, and the fixed dates. */
  checks: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidateChecks(ctx, input.candidateId)),

  /** The steps the caller may record next (none for a viewer; no decisions for a cell secretary). */
  nextActions: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => candidateNextActions(ctx, input.candidateId)),

  /** Adds a person to a cell's pool: the candidate, the first event and the person record, in one transaction. */
  create: writeProcedure('cell')
    .input(createCandidateInput)
    .mutation(({ ctx, input }) => createCandidate(ctx, input)),

  /** Changes fields of the person record against the version the editor loaded; a stale version changes nothing. */
  updateProfile: writeProcedure('candidate')
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx, input)),
});
