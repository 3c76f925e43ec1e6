/**
 * The access matrix: EVERY procedure of the admin router × every caller × (own unit, a sibling cell of the same
 * commune, a commune of another province), against a table written BY HAND from docs/access.md — never computed
 * from the code it checks (`ROLE_LEVELS`, the policies), so a wrong entry in the implementation fails it. A
 * procedure added without a row fails too: write its row from what the procedure is for. How to comply:
 * docs/access.md, "Declaring a policy".
 */
import { type Db, insertOrgUnit } from '@ketnap/db';
import { DEMO_COMMUNE, generateDemo, loadDemo } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { vietnamCalendar } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Sample ids per scope kind: in the secretary's cell (and the admin's commune), a sibling cell, another province. */
interface Samples {
  own: Record<ScopeKind, string>;
  sibling: Record<ScopeKind, string>;
  other: Record<ScopeKind, string>;
}

/**
 * The expected outcome, by hand. One string per procedure, eleven letters in five groups:
 * commune-admin (own, sibling, other) · cell-secretary (own, sibling, other) · viewer of the province (own, sibling,
 * other) · signed in without a role · anonymous. `Y` allowed past the access check, `-` refused (FORBIDDEN), `L`
 * must sign in (UNAUTHORIZED). "Own" is the caller's own unit (the secretary's cell, the admin's commune, the
 * viewer's province), "sibling" another cell of the same commune (for a commune-level input: the same commune),
 * "other" a commune of another province. A procedure that names no unit is called once: its three columns agree.
 */
const EXPECTED: Record<string, string> = {
  //                          admin secr  view  no-role anonymous
  'auth.login': 'YYY   YYY   YYY   Y  Y',
  'auth.logout': 'YYY   YYY   YYY   Y  Y',
  'auth.me': 'YYY   YYY   YYY   Y  Y',
  // One's own password: any signed-in account, about itself.
  'auth.changePassword': 'YYY   YYY   YYY   Y  L',
  'org.communes': 'YYY   YYY   YYY   Y  L',
  // The server's calendar day: nothing about anyone, so any signed-in account.
  'org.today': 'YYY   YYY   YYY   Y  L',
  'pipeline.forms': 'YYY   YYY   YYY   Y  L',
  // The registry of papers: data only.
  'papers.registry': 'YYY   YYY   YYY   Y  L',
  // Accounts, audit, targets and the commune's settings: the commune office only, its own commune only.
  'accounts.list': 'YY-   ---   ---   -  L',
  'accounts.create': 'YY-   ---   ---   -  L',
  'accounts.disable': 'YY-   ---   ---   -  L',
  'accounts.enable': 'YY-   ---   ---   -  L',
  'accounts.grant': 'YY-   ---   ---   -  L',
  'accounts.revoke': 'YY-   ---   ---   -  L',
  'accounts.resetPassword': 'YY-   ---   ---   -  L',
  'audit.list': 'YY-   ---   ---   -  L',
  'targets.set': 'YY-   ---   ---   -  L',
  'targets.setSettings': 'YY-   ---   ---   -  L',
  'ruleSettings.set': 'YY-   ---   ---   -  L',
  // The awareness class is the commune's (its political centre or committee): the office opens it and issues.
  'awarenessClass.create': 'YY-   ---   ---   -  L',
  'awarenessClass.recordResults': 'YY-   ---   ---   -  L',
  'imports.members': 'YY-   ---   ---   -  L',
  'imports.candidates': 'YY-   ---   ---   -  L',
  // A person's data rights: the commune office only (docs/privacy.md).
  'privacy.export': 'YY-   ---   ---   -  L',
  'privacy.erase': 'YY-   ---   ---   -  L',
  // Commune-level reading: the office and viewers; a secretary's unit is below the commune.
  'org.overview': 'YY-   ---   YY-   -  L',
  'targets.get': 'YY-   ---   YY-   -  L',
  'progress.commune': 'YY-   ---   YY-   -  L',
  'progress.forecast': 'YY-   ---   YY-   -  L',
  'reports.results': 'YY-   ---   YY-   -  L',
  'reports.composition': 'YY-   ---   YY-   -  L',
  'reports.villages': 'YY-   ---   YY-   -  L',
  'reports.members': 'YY-   ---   YY-   -  L',
  'reports.candidates': 'YY-   ---   YY-   -  L',
  'papers.annual': 'YY-   ---   YY-   -  L',
  'papers.register': 'YY-   ---   YY-   -  L',
  // A unit's or a candidate's basic record: everyone whose unit contains it.
  'progress.province': 'YY-   Y--   YY-   -  L',
  'candidates.list': 'YY-   Y--   YY-   -  L',
  // The whole candidate page: what the separate reads below give, so the same row.
  'candidates.file': 'YY-   Y--   YY-   -  L',
  'candidates.detail': 'YY-   Y--   YY-   -  L',
  'candidates.timeline': 'YY-   Y--   YY-   -  L',
  'candidates.checklist': 'YY-   Y--   YY-   -  L',
  'candidates.checks': 'YY-   Y--   YY-   -  L',
  'candidates.nextActions': 'YY-   Y--   YY-   -  L',
  'pipeline.dashboard': 'YY-   Y--   YY-   -  L',
  'pipeline.members': 'YY-   Y--   YY-   -  L',
  // The commune's rule settings, read through any unit of the commune: its own cell for a secretary.
  'ruleSettings.get': 'YY-   Y--   YY-   -  L',
  'pipeline.memberPage': 'YY-   Y--   YY-   -  L',
  'pipeline.introducers': 'YY-   Y--   YY-   -  L',
  // A dossier's papers: readable by those who may read the dossier (no sensitive field is printed).
  'papers.status': 'YY-   Y--   YY-   -  L',
  'papers.candidate': 'YY-   Y--   YY-   -  L',
  // A cell's source list: read like its candidates' basic records (docs/source-pool.md).
  'sourcePool.list': 'YY-   Y--   YY-   -  L',
  // The awareness classes of a commune or of one cell (then only its own candidates on each roster).
  'awarenessClass.list': 'YY-   Y--   YY-   -  L',
  // Re-issuing a numbered paper: the commune office only.
  'papers.reissue': 'YY-   ---   ---   -  L',
  // Sensitive fields and the cell's steps: the office and the own cell's secretary, never a viewer.
  'candidates.sensitive': 'YY-   Y--   ---   -  L',
  'candidates.create': 'YY-   Y--   ---   -  L',
  'candidates.updateProfile': 'YY-   Y--   ---   -  L',
  'pipeline.record': 'YY-   Y--   ---   -  L',
  // Verification requests name relatives (sensitive): the office and the own cell's secretary, never a viewer.
  'verifications.list': 'YY-   Y--   ---   -  L',
  'verifications.add': 'YY-   Y--   ---   -  L',
  'verifications.answer': 'YY-   Y--   ---   -  L',
  // One's own calendar feed: any signed-in account, about itself (its deadlines are its own units').
  'reminders.feed': 'YYY   YYY   YYY   Y  L',
  'reminders.createFeed': 'YYY   YYY   YYY   Y  L',
  'reminders.revokeFeed': 'YYY   YYY   YYY   Y  L',
  // The source pool's intake and the cell committee's review: the cell's work, like its steps.
  'sourcePool.propose': 'YY-   Y--   ---   -  L',
  'sourcePool.review': 'YY-   Y--   ---   -  L',
  'reminders.setEmail': 'YYY   YYY   YYY   Y  L',
  // The digest log of the commune's accounts: its office only, like the audit trail.
  'reminders.log': 'YY-   ---   ---   -  L',
};

const RELATIONS = ['own', 'sibling', 'other'] as const;
type Relation = (typeof RELATIONS)[number];
const OUTCOME_OF = { Y: 'allowed', '-': 'denied', L: 'unauthenticated' } as const;

/** The expected outcome of a row for one caller and relation. */
function expected(row: string, who: Who, relation: Relation): Outcome {
  const letters = row.replace(/\s+/g, '');
  if (letters.length !== 11) throw new Error(`a row has 11 letters: "${row}"`);
  const at =
    who === 'no-role' ? 9 : who === 'anonymous' ? 10 : WHO.indexOf(who) * 3 + RELATIONS.indexOf(relation);
  const letter = letters[at] as keyof typeof OUTCOME_OF;
  const outcome = OUTCOME_OF[letter];
  if (!outcome) throw new Error(`unknown letter "${letter}" in "${row}"`);
  return outcome;
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
      samples = { own, sibling, other };
      const factory = createCallerFactory(adminRouter);
      for (const who of WHO)
        callers[who] = factory(
          createContext({ db, today: () => TODAY, session: who === 'anonymous' ? null : session(who) }),
        ) as unknown as Record<string, unknown>;
    });
    afterAll(async () => handle?.close());

    it('every procedure has a hand-written row, and every row a procedure', () => {
      expect(Object.keys(EXPECTED).sort()).toEqual(procedures.map(([path]) => path).sort());
    });

    for (const [path, proc] of procedures) {
      it(`${path}: as the hand-written table says, for every caller and unit`, async () => {
        const policy = proc._def.meta?.policy;
        const row = EXPECTED[path];
        if (!policy) throw new Error(`${path} has no policy`);
        if (!row) throw new Error(`${path} has no row in EXPECTED: write one`);
        const problems: string[] = [];
        const input = (ids: Record<ScopeKind, string>) =>
          policy.kind === 'scoped'
            ? Object.fromEntries(policy.scopes.map((s) => [s.field, ids[s.kind]]))
            : undefined;
        const idsOf: Record<Relation, Record<ScopeKind, string>> = {
          own: samples.own,
          sibling: samples.sibling,
          other: samples.other,
        };
        for (const who of WHO)
          for (const relation of RELATIONS) {
            if ((who === 'no-role' || who === 'anonymous') && relation !== 'own') continue;
            if (policy.kind !== 'scoped' && relation !== 'own') continue;
            const got = await call(callers[who], path, input(idsOf[relation]));
            const want = expected(row, who, relation);
            if (got.outcome !== want)
              problems.push(`${who} on ${relation}: ${got.outcome} (${got.detail}), expected ${want}`);
          }
        expect(problems, `${path} (${JSON.stringify(policy)})`).toEqual([]);
      });
    }

    it('pipeline.record: a cited member (helper, introducer) is checked like the candidate — own cell yes, a sibling cell or another province no, an unknown id not found', async () => {
      const problems: string[] = [];
      const cite = (memberId: string) => ({
        candidateId: samples.own.candidate,
        version: 1,
        event: { kind: 'helper-assigned', on: TODAY, memberId },
      });
      const cases: [Who, string, Outcome | 'not-found'][] = [
        ['cell-secretary', samples.own.member, 'allowed'],
        ['cell-secretary', samples.sibling.member, 'denied'],
        ['cell-secretary', samples.other.member, 'denied'],
        ['cell-secretary', 'dv-khong-co', 'not-found'],
        ['commune-admin', samples.sibling.member, 'allowed'],
        ['commune-admin', samples.other.member, 'denied'],
      ];
      for (const [who, memberId, want] of cases) {
        const got = await call(callers[who], 'pipeline.record', cite(memberId)).catch((e: Error) =>
          /did not resolve/.test(e.message)
            ? { outcome: 'not-found' as const, detail: e.message }
            : Promise.reject(e),
        );
        if (got.outcome !== want)
          problems.push(`${who} citing ${memberId}: ${got.outcome}, expected ${want}`);
      }
      expect(problems).toEqual([]);
    });

    it('a viewer gets no answer that depends on a sensitive field: no re-admission check, deadline, event or breakdown', async () => {
      const v = createCallerFactory(adminRouter)(
        createContext({ db: handle.db, today: () => TODAY, session: session('viewer') }),
      );
      const candidateId = samples.own.candidate;
      const checks = await v.candidates.checks({ candidateId });
      expect(checks.checks.filter((c) => /^L-2[012]$/.test(c.rule))).toEqual([]);
      expect(checks.deadlines.filter((d) => /^L-2[012]$/.test(d.rule))).toEqual([]);
      expect(JSON.stringify(await v.candidates.timeline({ candidateId }))).not.toContain('readmission');
      expect(JSON.stringify(await v.candidates.detail({ candidateId }))).not.toMatch(/nationalId/);
      const composition = await v.reports.composition({ commune: samples.own.communeSlug, year: 2023 });
      expect(composition.breakdowns.filter((b) => b.sensitive && !b.withheld)).toEqual([]);
    });

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
