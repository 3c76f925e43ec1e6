import type { OrgPath } from '@ketnap/db';
import type { Context, SessionInfo } from './context.js';
import { adminRouter } from './routers/admin.js';
import { checkAccess, type Meta } from './trpc.js';

const procedures = adminRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>;

/**
 * Whether the caller may run the admin procedure at `path` with `input`: the SAME declared policy and the same
 * check as the tRPC call (an unknown path has no policy: refused). For the HTTP shell's routes that serve a
 * procedure's data as a file, or read a file before calling it (Excel import), so a refused caller costs nothing.
 * Resolves with the session and units; rejects with the TRPCError the procedure itself would raise.
 */
export function authorizeAdmin(
  ctx: Context,
  path: string,
  input: unknown,
): Promise<{ session: SessionInfo; units: OrgPath[] }> {
  return checkAccess(ctx, procedures[path]?._def.meta?.policy, async () => input, path);
}
