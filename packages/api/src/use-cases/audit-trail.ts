import { auditEntries, orgDescendants } from '@ketnap/db';
import type { CallerContext } from '../context.js';

/** A commune's audit trail (`audit.list`): its own and its units' entries, newest first, a page before `beforeSeq`. */
export async function auditTrail(
  ctx: CallerContext,
  input: { communeId: string; beforeSeq?: number; limit: number },
) {
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
}
