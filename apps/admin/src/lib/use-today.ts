import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc.js';

/**
 * Today as the server counts it (Vietnam's calendar day, or the fixed day of a test): the day forms default to and
 * the rules are judged on, so a browser whose clock or zone differs never dates a step the server calls future.
 * `org.today` reads nothing (the candidate page has it in its file already).
 */
export function useServerToday(): string | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.org.today.queryOptions()).data?.today;
}
