import type { createCandidateInput } from '@ketnap/domain';
import type { z } from 'zod';
import { addToPool } from '../candidate-file.js';
import type { CallerContext } from '../context.js';

/**
 * Adds a person to a cell's pool (`candidates.create`): the candidate, the first event and the person record, with
 * the audit entry (the field names written, never their values), in one transaction.
 */
export async function createCandidate(ctx: CallerContext, input: z.output<typeof createCandidateInput>) {
  const at = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const added = await addToPool(trx, input, at);
    await ctx.audit(trx, {
      action: 'candidate.create',
      targetType: 'candidate',
      targetId: added.id,
      orgId: input.cellId,
      payload: { eventId: added.eventId, fields: [...Object.keys(input.profile), ...added.fields] },
    });
    return added.id;
  });
  return { id, version: 1 };
}
