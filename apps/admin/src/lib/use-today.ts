import { useQuery } from '@tanstack/react-query';
import type { Scope } from './scope.js';
import { useTRPC } from './trpc.js';

/**
 * Today as the server counts it (Vietnam's calendar day, or the fixed day of a test): the day forms default to and
 * the rules are judged on, so a browser whose clock or zone differs never dates a step the server calls future.
 * It comes with the dashboard of the person's unit, which the console has loaded (and cached) anyway.
 */
export function useServerToday(scope: Scope): string | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.pipeline.dashboard.queryOptions({ orgId: scope.orgId })).data?.today;
}
