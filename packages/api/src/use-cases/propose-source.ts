import { randomUUID } from 'node:crypto';
import { insertSourceProposal } from '@ketnap/db';
import type { proposeSourceInput } from '@ketnap/domain';
import type { z } from 'zod';
import type { CallerContext } from '../context.js';

/**
 * Records a mass organisation's proposal to a cell's source list (`sourcePool.propose`), pending until the cell
 * committee's next review; audited with the organisation, never the person's name.
 */
export async function proposeSource(ctx: CallerContext, input: z.output<typeof proposeSourceInput>) {
  const id = `de-${randomUUID()}`;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertSourceProposal(trx, { id, ...input }, at);
    await ctx.audit(trx, {
      action: 'source.propose',
      targetType: 'source-proposal',
      targetId: id,
      orgId: input.cellId,
      payload: { proposedBy: input.proposedBy },
    });
  });
  return { id };
}
