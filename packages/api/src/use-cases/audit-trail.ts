import { accountNames, auditEntries, candidatesByIds, orgDescendants } from '@ketnap/db';
import { auditActionLabel } from '@ketnap/domain';
import type { CallerContext } from '../context.js';
import { seesSensitive } from './read-candidate.js';

/**
 * A commune's audit trail (`audit.list`): its own and its units' entries, newest first, a page before `beforeSeq`.
 * Each entry speaks to people: the actor's display name, the action's words (the domain's one table), and the
 * target's name, an account's always, a candidate's only for a reader who may see the candidate's sensitive fields
 * and only for a candidate of the commune's own cells (a reader without either sees the id).
 */
export async function auditTrail(
  ctx: CallerContext,
  input: { communeId: string; beforeSeq?: number; limit: number },
) {
  const orgIds = [input.communeId, ...(await orgDescendants(ctx.db, input.communeId))];
  const rows = await auditEntries(ctx.db, { orgIds, beforeSeq: input.beforeSeq, limit: input.limit });
  const idsOf = (type: string) => [
    ...new Set(rows.flatMap((r) => (r.target_type === type && r.target_id ? [r.target_id] : []))),
  ];
  const accountIds = [
    ...new Set([
      ...rows.flatMap((r) => (r.actor_account_id ? [r.actor_account_id] : [])),
      ...idsOf('account'),
    ]),
  ];
  const units = new Set(orgIds);
  const [accounts, candidates] = await Promise.all([
    accountNames(ctx.db, accountIds),
    seesSensitive(ctx) ? candidatesByIds(ctx.db, idsOf('candidate')) : Promise.resolve([]),
  ]);
  const candidateName = new Map(
    candidates.filter((c) => units.has(c.cell_id)).map((c) => [c.id, c.full_name] as const),
  );
  const nameOf = (type: string, id: string | null) =>
    id === null
      ? null
      : type === 'account'
        ? (accounts.get(id) ?? null)
        : type === 'candidate'
          ? (candidateName.get(id) ?? null)
          : null;
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actorAccountId: r.actor_account_id,
    actorName: r.actor_account_id ? (accounts.get(r.actor_account_id) ?? null) : null,
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    targetType: r.target_type,
    targetId: r.target_id,
    targetName: nameOf(r.target_type, r.target_id),
    orgId: r.org_id,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
  }));
}
