/**
 * What the admin file routes share (the Excel files in `excel/`, the personal data export in `admin-files.ts`):
 * the admin router called in-process with the request's own context, so every file goes through the SAME procedure,
 * access check and audit as the console's call, and their refusals sent as the same JSON errors.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiError, adminRouter, type Context, createCallerFactory, ERROR_STATUS } from '@ketnap/api';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { sendError } from './respond.js';

/** The admin router called in-process with a request's context. */
export const callerOf = createCallerFactory(adminRouter);
export type AdminCaller = ReturnType<typeof callerOf>;

/** What the routes need from the server: the tRPC context of a request (session from the cookie). */
export interface AdminFileDeps {
  createContext(args: { req: IncomingMessage; res: ServerResponse }): Promise<Context>;
}

/** One file route: the methods it takes and what serves it. */
export interface AdminFileRoute {
  methods: readonly string[];
  serve(req: IncomingMessage, res: ServerResponse, url: URL, deps: AdminFileDeps): Promise<void>;
}

/** A query string that its procedure's schema refused, said per parameter with the schema's Vietnamese message. */
export class BadQuery extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('bad query');
  }
}

/**
 * A refusal from a procedure (or the access check) as the same JSON error every route sends, under its code and the
 * status the one table gives it. tRPC's own input validation is `REQUEST.INVALID` (zod's messages are not for
 * people); anything else is not a refusal and is rethrown, so the server answers it as a fault or a 500.
 */
export function sendFailure(res: ServerResponse, error: unknown): void {
  if (error instanceof BadQuery) {
    const said = error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
    sendError(res, 'REQUEST.INVALID', {
      vi: `Tham số không hợp lệ: ${said}`,
      en: `Invalid query parameters: ${error.issues.map((i) => i.path.join('.')).join(', ')}.`,
    });
    return;
  }
  if (!(error instanceof TRPCError)) throw error;
  const cause = error.cause as Partial<ApiError> | undefined;
  if (typeof cause?.code === 'string' && cause.code in ERROR_STATUS && cause.message) {
    sendError(res, cause.code, cause.message);
    return;
  }
  if (error.code !== 'BAD_REQUEST') throw error;
  sendError(res, 'REQUEST.INVALID', { vi: 'Tham số không hợp lệ.', en: 'Invalid parameters.' });
}

/** `input` parsed by a procedure's own schema; a refusal is thrown as {@link BadQuery} for {@link sendFailure}. */
export function parseQuery<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new BadQuery(parsed.error.issues);
  return parsed.data;
}
