import { initTRPC } from '@trpc/server';
import type { Context } from './context.js';

const t = initTRPC.context<Context>().create();

/** Router and middleware builders. Procedures are built only from the allow-list below. */
export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A procedure any caller may use. Until accounts and roles exist (issue 4) the admin router is built on it too,
 * so it exposes only aggregates (counts and targets), never a person.
 */
export const publicProcedure = t.procedure;
