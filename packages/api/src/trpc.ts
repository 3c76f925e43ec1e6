import {
  cellOfCandidate,
  cellOfMember,
  communeBySlug,
  homeOfAccount,
  type OrgPath,
  orgPath,
} from '@ketnap/db';
import { initTRPC } from '@trpc/server';
import { type AccessLevel, grants } from './access.js';
import type { Context, SessionInfo } from './context.js';
import { formatError } from './error-format.js';
import { toTRPCError } from './errors.js';

/**
 * How a procedure's target unit is found from its input: the kind of thing an input field names. Each kind has a
 * default field (`cellId`, `candidateId`, `memberId`, `communeId`, `commune` for a commune's slug, `orgId` for any
 * unit, `accountId` for an account's home unit).
 */
export type ScopeKind = 'cell' | 'candidate' | 'member' | 'commune' | 'communeSlug' | 'org' | 'account';

/** A scope: the kind of thing and the input field that names it. */
export interface ScopeRef {
  kind: ScopeKind;
  field: string;
}

/** Default input field per scope kind. */
export const SCOPE_FIELDS: Readonly<Record<ScopeKind, string>> = {
  cell: 'cellId',
  candidate: 'candidateId',
  member: 'memberId',
  commune: 'communeId',
  communeSlug: 'commune',
  org: 'orgId',
  account: 'accountId',
};

/**
 * Every procedure's declared access policy, kept in its meta (`proc._def.meta.policy`), read at run time by the
 * access middleware and by the access-matrix test, so what the test sees is what is enforced.
 * - `public`: anyone, signed in or not (the public router; `auth.login` in the admin router).
 * - `authed`: any signed-in account, about itself only (no unit in the input).
 * - `scoped`: a signed-in account holding `level` over EVERY unit the input names through `scopes`.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'authed' }
  | { kind: 'scoped'; level: AccessLevel; scopes: readonly ScopeRef[] };

/** Procedure meta. */
export interface Meta {
  policy?: Policy;
}

// Every error body speaks Vietnamese and quotes nothing sent (error-format.ts): database faults answer 503/507
// (faults.ts), validation errors name their fields. `isDev: false`: tRPC's default puts the stack trace in every
// error body unless NODE_ENV is 'production', which `pnpm start` does not set; a stack names files and lines, and
// ASVS 13.4 wants none of it shown.
const t = initTRPC.context<Context>().meta<Meta>().create({ errorFormatter: formatError, isDev: false });

/** Router and middleware builders. Procedures are built only from the allow-list below. */
export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A procedure any caller may use, declared so: its meta says `public`. */
export const publicProcedure = t.procedure.meta({ policy: { kind: 'public' } });

const denied = () =>
  toTRPCError({
    code: 'ACCESS.DENIED',
    message: {
      vi: 'Bạn không có quyền thực hiện thao tác này với đơn vị này.',
      en: 'You may not do this for this unit.',
    },
  });
const notFound = (kind: ScopeKind) =>
  toTRPCError({
    code: 'ACCESS.NOT_FOUND',
    message: { vi: `Không tìm thấy ${KIND_VI[kind]} này.`, en: `No such ${kind}.` },
  });
const KIND_VI: Record<ScopeKind, string> = {
  cell: 'chi bộ',
  candidate: 'quần chúng',
  member: 'đảng viên',
  commune: 'xã',
  communeSlug: 'xã',
  org: 'đơn vị',
  account: 'tài khoản',
};

/** The unit a scope names, or undefined when the thing does not exist or is of the wrong kind. */
async function resolveScope(ctx: Context, kind: ScopeKind, id: string): Promise<OrgPath | undefined> {
  const unitId =
    kind === 'candidate'
      ? await cellOfCandidate(ctx.db, id)
      : kind === 'member'
        ? await cellOfMember(ctx.db, id)
        : kind === 'account'
          ? await homeOfAccount(ctx.db, id)
          : kind === 'communeSlug'
            ? (await communeBySlug(ctx.db, id))?.id
            : id;
  if (unitId === undefined) return undefined;
  const unit = await orgPath(ctx.db, unitId);
  if (!unit) return undefined;
  if (
    (kind === 'cell' && unit.level !== 'cell') ||
    ((kind === 'commune' || kind === 'communeSlug') && unit.level !== 'commune')
  )
    return undefined;
  return unit;
}

const signedIn = (session: SessionInfo | null): SessionInfo => {
  if (session) return session;
  throw toTRPCError({
    code: 'AUTH.REQUIRED',
    message: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  });
};

const passwordChangeRequired = () =>
  toTRPCError({
    code: 'AUTH.PASSWORD_CHANGE_REQUIRED',
    message: {
      vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
      en: 'You must change your password before going on.',
    },
  });

/**
 * The one access check, deny by default: reads the procedure's declared policy from its meta; no policy, no
 * session or no grant over every named unit ends the call (FORBIDDEN / UNAUTHORIZED) before the input is parsed
 * or any resolver runs. An account that must change its password (reset, or a demo account with the demo off)
 * reaches only `auth.*` (FORBIDDEN, `AUTH.PASSWORD_CHANGE_REQUIRED`, not audited) until it has. A signed-in
 * caller's refusal over a unit is audited (`access.denied`). On success resolvers get `ctx.session` (non-null) and
 * `ctx.units` (the resolved target units, in the order of the policy's scopes).
 */
const access = t.middleware(async ({ ctx, meta, next, getRawInput, path }) =>
  next({ ctx: await checkAccess(ctx, meta?.policy, getRawInput, path) }),
);

/**
 * The decision of the access middleware, for hosts that serve a procedure's data outside tRPC (the HTTP shell's
 * Excel routes): the caller's session and the resolved units, or a TRPCError (UNAUTHORIZED, FORBIDDEN audited,
 * NOT_FOUND, BAD_REQUEST). `raw` is read only for a scoped policy.
 */
export async function checkAccess(
  ctx: Context,
  policy: Policy | undefined,
  raw: () => Promise<unknown>,
  path: string,
): Promise<{ session: SessionInfo; units: OrgPath[] }> {
  if (!policy || policy.kind === 'public') {
    // A guarded builder always sets a policy; `public` here means someone re-declared it: refuse.
    throw denied();
  }
  const session = signedIn(ctx.session);
  if (session.mustChangePassword && !path.startsWith('auth.')) throw passwordChangeRequired();
  if (policy.kind === 'authed') return { session, units: [] };
  if (policy.scopes.length === 0) throw denied();
  const input = await raw();
  const refs = policy.scopes.map((scope) => {
    const id =
      typeof input === 'object' && input !== null
        ? (input as Record<string, unknown>)[scope.field]
        : undefined;
    if (typeof id !== 'string' || id.length === 0 || id.length > 200)
      throw toTRPCError({
        code: 'REQUEST.INVALID',
        message: { vi: `Thiếu trường ${scope.field}.`, en: `Missing field ${scope.field}.` },
      });
    return { kind: scope.kind, id };
  });
  const units = await requireScopes(ctx, session, policy.level, refs, path);
  return { session, units };
}

/**
 * Resolves each `{ kind, id }` to its unit and requires `level` over every one of them, in order: an unknown id is
 * NOT_FOUND, a unit out of the caller's reach FORBIDDEN (audited as `access.denied` with `path`). The access
 * middleware runs it on the ids a policy names; a resolver runs it on the ids nested inside its input (the members
 * an event cites), so every id of an input is checked against the caller's scope, not only the main one.
 */
export async function requireScopes(
  ctx: Context,
  session: SessionInfo,
  level: AccessLevel,
  refs: readonly { kind: ScopeKind; id: string }[],
  path: string,
): Promise<OrgPath[]> {
  const units: OrgPath[] = [];
  for (const { kind, id } of refs) {
    const unit = await resolveScope(ctx, kind, id);
    if (!unit) throw notFound(kind);
    if (!grants(session.roles, level, unit)) {
      await ctx.auditAttempt({
        action: 'access.denied',
        targetType: kind,
        targetId: id,
        orgId: unit.id,
        payload: { procedure: path, level },
      });
      throw denied();
    }
    units.push(unit);
  }
  return units;
}

const guarded = t.procedure.use(access);

/** Any signed-in account, acting on itself only (its input names no unit): `auth.me`, `auth.logout`. */
export const authedProcedure = guarded.meta({ policy: { kind: 'authed' } });

type ScopeArg = ScopeKind | ScopeRef;
const toRef = (s: ScopeArg): ScopeRef => (typeof s === 'string' ? { kind: s, field: SCOPE_FIELDS[s] } : s);

/**
 * A procedure allowed to callers holding `level` over every unit the input names. Name each scope by kind (the
 * default field) or `{ kind, field }`:
 *
 * ```ts
 * // the candidate's cell secretary or a commune administrator of its commune:
 * writeProcedure('candidate').input(z.object({ candidateId: z.string(), … })).mutation(…)
 * // a helper must be a member the caller also controls:
 * writeProcedure('candidate', { kind: 'member', field: 'helperId' })
 * ```
 */
export function scopedProcedure(level: AccessLevel, ...scopes: [ScopeArg, ...ScopeArg[]]) {
  return guarded.meta({ policy: { kind: 'scoped', level, scopes: scopes.map(toRef) } });
}

/** Read aggregates and basic fields: any role whose unit contains the target (viewers included). */
export const readProcedure = (...scopes: [ScopeArg, ...ScopeArg[]]) => scopedProcedure('read', ...scopes);
/** Read a candidate's sensitive fields: commune admins and the own cell's secretary; audit with ctx.auditRead. */
export const readSensitiveProcedure = (...scopes: [ScopeArg, ...ScopeArg[]]) =>
  scopedProcedure('read-sensitive', ...scopes);
/** Record a cell's steps: commune admins and the own cell's secretary. */
export const writeProcedure = (...scopes: [ScopeArg, ...ScopeArg[]]) => scopedProcedure('write', ...scopes);
/** The commune's decisions, targets and accounts: commune administrators of the target's commune only. */
export const decideProcedure = (...scopes: [ScopeArg, ...ScopeArg[]]) => scopedProcedure('decide', ...scopes);
