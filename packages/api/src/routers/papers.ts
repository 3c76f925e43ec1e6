import {
  annualPaperInput,
  candidatePaperInput,
  candidateRef,
  handwrittenPapers,
  paperKinds,
} from '@ketnap/domain';
import { authedProcedure, readProcedure, router } from '../trpc.js';
import { annualPaper, candidatePaper, paperStatus } from '../use-cases/read-paper.js';

/**
 * The papers (docs/papers.md): the registry, a dossier's papers and what each lacks, and one paper's document
 * model for the download route. Readable by those who may read the dossier (or the commune, for its statistics).
 */
export const papersRouter = router({
  /** The registry of kinds and the hand-written papers: data only, for every signed-in caller. */
  registry: authedProcedure.query(() => ({ kinds: paperKinds, handwritten: handwrittenPapers })),

  /** Every paper of one dossier: can it be made now, or what to fill first (field, step, rule). */
  status: readProcedure('candidate')
    .input(candidateRef)
    .query(({ ctx, input }) => paperStatus(ctx, input.candidateId)),

  /** One paper of a dossier as its document model (audited). */
  candidate: readProcedure('candidate')
    .input(candidatePaperInput)
    .query(({ ctx, input }) => candidatePaper(ctx, input)),

  /** A commune's annual statistics of new members (audited; counts only). */
  annual: readProcedure('communeSlug')
    .input(annualPaperInput)
    .query(({ ctx, input }) => annualPaper(ctx, input)),
});
