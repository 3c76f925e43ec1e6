import { auditEntries, orgDescendants } from '@ketnap/db';
import { z } from 'zod';
import { decideProcedure, router } from '../trpc.js';

/** The audit view for commune administrators: their commune's trail, newest first. */
export const auditRouter = router({
  list: decideProcedure('commune')
    .input(
      z.object({
        communeId: z.string().min(1).max(200),
        beforeSeq: z.number().int().min(1).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(async ({ ctx, input }) => {
      const orgIds = [input.communeId, ...(await orgDescendants(ctx.db, input.communeId))];
      const rows = await auditEntries(ctx.db, { orgIds, beforeSeq: input.beforeSeq, limit: input.limit });
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actorAccountId: r.actor_account_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        orgId: r.org_id,
        payload: JSON.parse(r.payload) as Record<string, unknown>,
      }));
    }),
});
