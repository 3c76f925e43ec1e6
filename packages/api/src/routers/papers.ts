import {
  annualPaperInput,
  candidatePaperInput,
  candidateRef,
  handwrittenPapers,
  paperKinds,
  paperRegisterInput,
  reissuePaperInput,
} from '@ketnap/domain';
import { authedProcedure, decideProcedure, readProcedure, router } from '../trpc.js';
import { annualPaper, candidatePaper, paperStatus } from '../use-cases/read-paper.js';
import { paperRegister } from '../use-cases/read-register.js';
import { reissuePaper } from '../use-cases/reissue-paper.js';

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

  /** Re-issues a corrected paper: a new number, the old one kept as superseded with the reason (the office only). */
  reissue: decideProcedure('candidate')
    .input(reissuePaperInput)
    .mutation(({ ctx, input }) => reissuePaper(ctx, input)),

  /** The commune's document register for a year, searchable by number or name (the office and viewers). */
  register: readProcedure('communeSlug')
    .input(paperRegisterInput)
    .query(({ ctx, input }) => paperRegister(ctx, input)),

  /** A commune's annual statistics of new members (audited; counts only). */
  annual: readProcedure('communeSlug')
    .input(annualPaperInput)
    .query(({ ctx, input }) => annualPaper(ctx, input)),
});
