// A type import only: the browser bundle must never contain server code, just the router's shape.
import type { AdminRouter } from '@ketnap/api';
import { MAX_BATCH_CALLS } from '@ketnap/domain';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AdminRouter>();

/** What each admin procedure answers, for components that receive its data as props. */
export type AdminOutputs = inferRouterOutputs<AdminRouter>;

/**
 * The console's tRPC client: same origin, so `/trpc` reaches the server in production and the Vite proxy in dev.
 * Calls are batched, at most {@link MAX_BATCH_CALLS} to a request (the server refuses longer batches), except the
 * login, which the server takes only as a single call.
 */
export function createAdminClient() {
  return createTRPCClient<AdminRouter>({
    links: [
      splitLink({
        condition: (op) => op.path === 'auth.login',
        true: httpLink({ url: '/trpc' }),
        false: httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH_CALLS }),
      }),
    ],
  });
}

/** True when the server answered "no such thing" (an unknown commune, a year without a plan). */
export function isNotFound(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === 'NOT_FOUND';
}

/** True when the server refused because the caller's roles do not allow it: asking again cannot help. */
export function isForbidden(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === 'FORBIDDEN';
}

/** The server's own words for a refused request (in Vietnamese), or null when the failure was not the server's answer. */
export function errorMessage(error: unknown): string | null {
  return error instanceof TRPCClientError && error.message ? error.message : null;
}

/** True when the server refused because nobody is signed in (or the session ended). */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === 'UNAUTHORIZED';
}

/** True when the server refused a change made against an outdated version of the record (optimistic concurrency). */
export function isConflict(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === 'CONFLICT';
}
