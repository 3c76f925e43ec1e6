import { decideProcedure, router } from '../trpc.js';
import { importCandidates } from '../use-cases/import-candidates.js';
import { importMembers } from '../use-cases/import-members.js';
import { importInput } from '../use-cases/import-register.js';

/** Imports of registers from Excel (the HTTP shell parses the workbook; commune administrators only). */
export const importsRouter = router({
  /** Members (historical records): checked whole; written only when every row is valid. */
  members: decideProcedure('communeSlug')
    .input(importInput)
    .mutation(({ ctx, input }) => importMembers(ctx, input)),

  /** Candidates entering the pool, as `candidates.create` records one: the row, the first event, the record. */
  candidates: decideProcedure('communeSlug')
    .input(importInput)
    .mutation(({ ctx, input }) => importCandidates(ctx, input)),
});
