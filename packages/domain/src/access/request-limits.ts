/**
 * The most calls one tRPC batch request (`/trpc/a,b,c?batch=1`) may carry: the server refuses a longer batch before
 * any procedure runs (so one request cannot make hundreds of calls), and the console's batch link splits its calls
 * at this size, so it never sends one.
 */
export const MAX_BATCH_CALLS = 10;
