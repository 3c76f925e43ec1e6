/**
 * The access matrix: EVERY procedure of the admin router × every role × (own unit, another unit). It walks the
 * router's procedure table, so a procedure added later is checked without touching this file, and it fails on a
 * procedure without a declared policy, on any cross-unit read or write, and on any call an anonymous caller gets
 * through. How to comply: docs/access.md, "Declaring a policy".
 */
import { type Db, DEMO_COMMUNE, generateDemo, insertOrgUnit, loadDemo } from '@ketnap/db';
import { testDialects } from '@ketnap/db/testing';
import { vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessLevel, ROLE_LEVELS } from './access.js';
import { createContext, type SessionInfo } from './context.js';
import { adminRouter } from './routers/admin.js';
import { createCallerFactory, type Policy, SCOPE_FIELDS, type ScopeKind } from './trpc.js';

/** Admin procedures that are public on purpose. Anything else public fails the matrix. */
const PUBLIC_ADMIN_PROCEDURES = ['auth.login', 'auth.logout', 'auth.me'];

const TODAY = '2026-11-26';
const { province, commune, cells } = DEMO_COMMUNE;
const CELL = cells[0]?.id ?? ''; // the secretary's cell
const SIBLING = cells[1]?.id ?? ''; // another cell of the same commune
const OTHER = { province: 'prov-khac', commune: 'xa-khac', cell: 'cb-khac' }; // a commune of another province

type Who = 'commune-admin' | 'cell-secretary' | 'viewer' | 'no-role' | 'anonymous';
const WHO: Who[] = ['commune-admin', 'cell-secretary', 'viewer', 'no-role', 'anonymous'];

const session = (who: Exclude<Who, 'anonymous'>): SessionInfo => ({
  sessionId: `s-${who}`,
  accountId: `acc-${who}`,
  username: who,
  displayName: who,
  roles:
    who === 'commune-admin'
      ? [{ role: 'commune-admin', orgId: commune.id }]
      : who === 'cell-secretary'
        ? [{ role: 'cell-secretary', orgId: CELL }]
        : who === 'viewer'
          ? [{ role: 'viewer', orgId: province.id }]
          : [],
});

/** Sample ids per scope kind: inside the caller's unit, and outside it. */
interface Samples {
  own: Record<Who, Record<ScopeKind, string>>;
  others: Record<ScopeKind, string>[];
}

/** Whether a role may reach the "own" sample of a scope kind at a level: the specification, written out. */
function expectedOwn(who: Who, level: AccessLevel, kind: ScopeKind): boolean {
  if (who === 'anonymous' || who === 'no-role') return false;
  if (!ROLE_LEVELS[who].includes(level)) return false;
  // A secretary's unit is the cell: the commune, its slug and accounts homed at the commune are above it.
  if (who === 'cell-secretary')
    return kind === 'cell' || kind === 'candidate' || kind === 'member' || kind === 'org';
  return true;
}

type Outcome = 'allowed' | 'denied' | 'unauthenticated';

const call = async (
  caller: Record<string, unknown>,
  path: string,
  input: unknown,
): Promise<{ outcome: Outcome; detail: string }> => {
  const fn = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
    i: unknown,
  ) => Promise<unknown>;
  try {
    await fn(input);
    return { outcome: 'allowed', detail: 'ok' };
  } catch (error) {
    if (!(error instanceof TRPCError)) return { outcome: 'allowed', detail: String(error) };
    if (error.code === 'UNAUTHORIZED') return { outcome: 'unauthenticated', detail: error.message };
    if (error.code === 'FORBIDDEN') return { outcome: 'denied', detail: error.message };
    const cause = error.cause as { code?: string } | undefined;
    if (cause?.code === 'ACCESS.NOT_FOUND' || cause?.code === 'REQUEST.INVALID')
      throw new Error(`${path}: the matrix's sample input did not resolve (${error.message})`);
    // Past the access check: validation, business refusals, success.
    return { outcome: 'allowed', detail: error.code };
  }
};

const procedures = Object.entries(
  adminRouter._def.procedures as unknown as Record<
    string,
    { _def: { meta?: { policy?: Policy }; inputs: unknown[] } }
  >,
);

describe('the admin router declares a policy on every procedure', () => {
  it('has procedures to check', () => expect(procedures.length).toBeGreaterThan(3));
  for (const [path, proc] of procedures) {
    it(`${path} declares a policy; public only if listed as public on purpose`, () => {
      const policy = proc._def.meta?.policy;
      expect(policy, `${path} has no policy`).toBeDefined();
      if (policy?.kind === 'public') expect(PUBLIC_ADMIN_PROCEDURES).toContain(path);
      if (policy?.kind === 'scoped') expect(policy.scopes.length).toBeGreaterThan(0);
      // An unscoped procedure must not take a unit: it would read or write it unchecked.
      if (policy?.kind !== 'scoped') {
        const fields = proc._def.inputs.flatMap((i) => Object.keys((i as { shape?: object }).shape ?? {}));
        const unitFields = [...Object.values(SCOPE_FIELDS), 'cellIds', 'communeIds', 'orgIds'];
        expect(
          fields.filter((f) => unitFields.includes(f)),
          `${path} takes a unit but declares no scope`,
        ).toEqual([]);
      }
    });
  }
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`access matrix on ${dialect.name}`, () => {
    let handle: Db;
    let samples: Samples;
    const callers = {} as Record<Who, Record<string, unknown>>;

    beforeAll(async () => {
      handle = await dialect.open();
      const db = handle.db;
      await loadDemo(
        db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      // A second province with one commune and one cell, holding a copy of one candidate and one member.
      await insertOrgUnit(db, {
        id: OTHER.province,
        parent_id: null,
        level: 'province',
        kind: null,
        slug: 'tinh-khac',
        name: 'Tỉnh Khác',
        valid_from: '1997-01-01',
        valid_to: null,
      });
      await insertOrgUnit(db, {
        id: OTHER.commune,
        parent_id: OTHER.province,
        level: 'commune',
        kind: null,
        slug: 'xa-khac',
        name: 'Xã Khác',
        valid_from: '1997-01-01',
        valid_to: null,
      });
      await insertOrgUnit(db, {
        id: OTHER.cell,
        parent_id: OTHER.commune,
        level: 'cell',
        kind: 'rural',
        slug: null,
        name: 'Chi bộ Khác',
        valid_from: '1997-01-01',
        valid_to: null,
      });
      const firstIn = async (table: 'candidate' | 'member', cellId: string) =>
        (await db
          .selectFrom(table)
          .selectAll()
          .where('cell_id', '=', cellId)
          .orderBy('id')
          .executeTakeFirstOrThrow()) as Record<string, unknown> & { id: string };
      const candidate = await firstIn('candidate', CELL);
      const member = await firstIn('member', CELL);
      await db
        .insertInto('candidate')
        .values({ ...candidate, id: 'cd-khac', cell_id: OTHER.cell } as never)
        .execute();
      await db
        .insertInto('member')
        .values({ ...member, id: 'dv-khac', cell_id: OTHER.cell } as never)
        .execute();
      for (const [id, home] of [
        ['acc-target-own', commune.id],
        ['acc-target-other', OTHER.commune],
      ] as const)
        await db
          .insertInto('account')
          .values({
            id,
            username: id,
            display_name: id,
            password_hash: 'x',
            home_org_id: home,
            disabled: 0,
            created_at: '2026-01-01T00:00:00.000Z',
            version: 1,
          })
          .execute();

      const inCell = async (cellId: string) => ({
        cell: cellId,
        candidate: (await firstIn('candidate', cellId)).id,
        member: (await firstIn('member', cellId)).id,
        org: cellId,
      });
      const ownCell = await inCell(CELL);
      const ownCommune = { commune: commune.id, communeSlug: commune.slug, account: 'acc-target-own' };
      const own = { ...ownCell, ...ownCommune };
      const sibling = { ...(await inCell(SIBLING)), ...ownCommune };
      const other = {
        cell: OTHER.cell,
        candidate: 'cd-khac',
        member: 'dv-khac',
        org: OTHER.cell,
        commune: OTHER.commune,
        communeSlug: 'xa-khac',
        account: 'acc-target-other',
      };
      samples = {
        own: { 'commune-admin': own, 'cell-secretary': own, viewer: own, 'no-role': own, anonymous: own },
        // For a secretary the sibling cell is "another unit" too; for everyone, the other province's commune.
        others: [other, sibling],
      };
      const factory = createCallerFactory(adminRouter);
      for (const who of WHO)
        callers[who] = factory(
          createContext({ db, today: () => TODAY, session: who === 'anonymous' ? null : session(who) }),
        ) as unknown as Record<string, unknown>;
    });
    afterAll(async () => handle?.close());

    for (const [path, proc] of procedures) {
      it(`${path}: own unit by role, never another unit, never anonymous`, async () => {
        const policy = proc._def.meta?.policy;
        if (!policy) throw new Error(`${path} has no policy`);
        const problems: string[] = [];
        const input = (ids: Record<ScopeKind, string>) =>
          policy.kind === 'scoped'
            ? Object.fromEntries(policy.scopes.map((s) => [s.field, ids[s.kind]]))
            : undefined;

        for (const who of WHO) {
          // Own unit.
          const own = await call(callers[who], path, input(samples.own[who]));
          const expected: Outcome =
            policy.kind === 'public'
              ? 'allowed'
              : who === 'anonymous'
                ? 'unauthenticated'
                : policy.kind === 'authed'
                  ? 'allowed'
                  : policy.scopes.every((s) => expectedOwn(who, policy.level, s.kind))
                    ? 'allowed'
                    : 'denied';
          if (own.outcome !== expected)
            problems.push(`${who} on own unit: ${own.outcome} (${own.detail}), expected ${expected}`);

          // Another unit: any scoped procedure must refuse, whoever asks. (For the sibling cell the commune-level
          // ids are the caller's own, so only the cell-level scopes count as "another unit" there.)
          if (policy.kind !== 'scoped') continue;
          for (const [i, ids] of samples.others.entries()) {
            const sibling = i === 1;
            if (
              sibling &&
              (who !== 'cell-secretary' ||
                policy.scopes.every((s) => !['cell', 'candidate', 'member', 'org'].includes(s.kind)))
            )
              continue;
            const result = await call(callers[who], path, input(ids));
            if (result.outcome === 'allowed')
              problems.push(
                `${who} reached ${sibling ? 'a sibling cell' : 'another province'}: ${result.detail}`,
              );
          }
        }
        expect(problems, `${path} (${JSON.stringify(policy)})`).toEqual([]);
      });
    }

    it('a refused call by a signed-in caller leaves an access.denied audit entry', async () => {
      const before = await handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', 'access.denied')
        .executeTakeFirstOrThrow();
      expect(Number(before.n)).toBeGreaterThan(0);
      const row = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'access.denied')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(row.payload)).toHaveProperty('procedure');
      expect(row.actor_account_id).toMatch(/^acc-/);
    });
  });
}
