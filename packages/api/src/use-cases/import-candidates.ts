import { checkCandidateImport } from '@ketnap/domain';
import type { z } from 'zod';
import { addToPool } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { type importInput, runImport } from './import-register.js';

/**
 * Imports candidates entering the pool (`imports.candidates`), each as `candidates.create` records one: the row, the
 * first event, the person record; all or nothing, in one transaction.
 */
export function importCandidates(ctx: CallerContext, input: z.output<typeof importInput>) {
  return runImport(ctx, 'candidates', input, checkCandidateImport, async (trx, row, at) => {
    const { id } = await addToPool(trx, row, at);
    return { id, targetType: 'candidate', action: 'candidate.import' };
  });
}
