import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { Viewer } from '../../lib/session.js';
import { useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';

/**
 * The units whose candidate lists and dashboards show a candidate of `cellId` to this person: the cell itself, and
 * every unit above a cell the person holds a role over (the office's commune, a viewer's province), which is what
 * those screens are opened on. A secretary's other cells do not show it.
 */
export function unitsShowing(cellId: string, roles: Viewer['roles']): string[] {
  return [cellId, ...roles.filter((r) => r.orgLevel !== 'cell').map((r) => r.orgId)];
}

/** True when a list's or a dashboard's query key is over one of `orgIds` (its input's `orgId`). */
export function isOverUnit(queryKey: QueryKey, orgIds: readonly string[]): boolean {
  const input = (queryKey[1] as { input?: { orgId?: unknown } } | undefined)?.input;
  return typeof input?.orgId === 'string' && orgIds.includes(input.orgId);
}

/**
 * After a change to one candidate (a step, an edit, an erasure): refetches what it changed, and only that: the
 * candidate's file (`candidates.file`) and the candidate lists and dashboards over its cell or a unit above it.
 * The audited sensitive read is never refetched by this (it is disabled; the forms replace or hide it themselves).
 */
export function useCandidateChanged(): (candidate: { candidateId: string; cellId: string }) => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { viewer } = useSession();
  return async ({ candidateId, cellId }) => {
    const units = unitsShowing(cellId, viewer.roles);
    const overUnit = (query: { queryKey: QueryKey }) => isOverUnit(query.queryKey, units);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.candidates.file.queryKey({ candidateId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.candidates.list.pathKey(), predicate: overUnit }),
      queryClient.invalidateQueries({ queryKey: trpc.pipeline.dashboard.pathKey(), predicate: overUnit }),
    ]);
  };
}
