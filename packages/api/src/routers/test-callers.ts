/**
 * What the admin router tests share (test code only, imported by `*.test.ts`): a session of one role, the router
 * called as that session on a test database, the code of a refused call, and the dossier a candidate needs up to the
 * cell vote. The database itself comes from `@ketnap/db/testing` (`testDialects`, `openWithDemo`).
 */
import type { Db } from '@ketnap/db';
import type { RecordStepInput } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { createContext, type SessionInfo } from '../context.js';
import { createCallerFactory } from '../trpc.js';
import { adminRouter } from './admin.js';

/** The day the demo commune is generated for and the tests run on. */
export const TODAY = '2026-11-26';

export const callerOf = createCallerFactory(adminRouter);
export type Caller = ReturnType<typeof callerOf>;
export type Role = SessionInfo['roles'][number]['role'];

/**
 * A session holding `role` at `orgId` and nothing else: its account is `acc-<id>`, its session `s-<id>`, `id` being
 * `<role>-<orgId>` unless told; its user name and display name are `name` (the role unless told).
 */
export function sessionOf(
  role: Role,
  orgId: string,
  id = `${role}-${orgId}`,
  name: string = role,
): SessionInfo {
  return {
    sessionId: `s-${id}`,
    accountId: `acc-${id}`,
    username: name,
    displayName: name,
    roles: [{ role, orgId }],
  };
}

/** The admin router as `session` calls it on `db`, on TODAY (and at `now`, when given). */
export function callerAs(handle: Db, session: SessionInfo, now?: () => Date): Caller {
  return callerOf(createContext({ db: handle.db, today: () => TODAY, session, ...(now ? { now } : {}) }));
}

/** The tRPC code and the business code of a refused call; throws when the call was not refused. */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; cause?: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError)
      return {
        code: error.code,
        cause: (error.cause as { code?: string } | undefined)?.code,
        message: error.message,
      };
    throw error;
  }
  throw new Error('the call was not refused');
}

/** 'ok' for a call that succeeded, else the tRPC code of its refusal (or the error as text). */
export const codeOf = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

/** Two official members of `cellId`, to help and introduce a candidate there. */
export async function twoOfficialMembers(office: Caller, cellId: string): Promise<[string, string]> {
  const [a, b] = (await office.pipeline.members({ orgId: cellId })).filter((m) => m.status === 'official');
  if (!a || !b) throw new Error('the demo cell has official members');
  return [a.id, b.id];
}

/**
 * The steps of a complete dossier up to the cell vote, in the demo's 2026 (helped and introduced by `helpers`):
 * helper, certificate, application, background, verification sent and answered, two introductions.
 */
export function dossierSteps(
  [a, b]: readonly [string, string],
  options: { certificateOn?: string; addressee?: string } = {},
): RecordStepInput['event'][] {
  const together = [{ from: '2020-01-01', to: null, relation: 'residence' as const }];
  return [
    { kind: 'helper-assigned', on: '2026-01-10', memberId: a, together },
    { kind: 'certificate', on: options.certificateOn ?? '2026-03-01' },
    { kind: 'application', on: '2026-04-01' },
    { kind: 'background-declared', on: '2026-04-02' },
    {
      kind: 'verification-requested',
      on: '2026-04-10',
      ...(options.addressee === undefined ? {} : { addressee: options.addressee }),
    },
    { kind: 'verification-answered', on: '2026-06-10' },
    { kind: 'introduction', on: '2026-06-15', introducer: { kind: 'member', memberId: a, together } },
    { kind: 'introduction', on: '2026-06-15', introducer: { kind: 'member', memberId: b, together } },
  ];
}

/** Records `steps` in order on the candidate (at version 1) as `recorder`; throws on a refusal. Answers the version. */
export async function recordSteps(
  recorder: Caller,
  candidateId: string,
  steps: readonly RecordStepInput['event'][],
): Promise<number> {
  let version = 1;
  for (const event of steps) {
    const r = await recorder.pipeline.record({ candidateId, version, event });
    if (!r.ok) throw new Error(`${event.kind}: ${r.reasons.map((x) => x.rule).join(',')}`);
    version = r.version;
  }
  return version;
}
