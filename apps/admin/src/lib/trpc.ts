// A type import only: the browser bundle must never contain server code, just the router's shape.
import type { AdminRouter } from '@ketnap/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AdminRouter>();

/** What each admin procedure answers, for components that receive its data as props. */
export type AdminOutputs = inferRouterOutputs<AdminRouter>;

/** The console's tRPC client: same origin, so `/trpc` reaches the server in production and the Vite proxy in dev. */
export function createAdminClient() {
  return createTRPCClient<AdminRouter>({ links: [httpBatchLink({ url: '/trpc' })] });
}

/** True when the server answered "no such thing" (an unknown commune, a year without a plan). */
export function isNotFound(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === 'NOT_FOUND';
}
