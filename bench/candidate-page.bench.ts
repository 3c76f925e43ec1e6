/**
 * The candidate page and a recorded step, in SQL statements and time, through the admin router in process (the
 * access check included; the HTTP shell's session lookup and JSON not), on an SQLite file at the product's settings
 * (WAL, synchronous=FULL) holding the demo commune (Đảng bộ xã Yên Bình, 2026-11-26):
 * 1. the candidate page as the console opened it before issue 10: seven calls in three waves (detail, timeline,
 *    checklist, checks and the dashboard of the person's unit, only for today's date; then the cell's members once
 *    the detail named the cell; then the next actions), against ONE `candidates.file` when the router has it;
 *    for every candidate of the commune as its administrator and of thôn Nam as its secretary;
 * 2. `pipeline.record`: a helper assigned (a step citing a member) and a withdrawal, on fresh candidates.
 * Baselines in the same run: one primary-key read through the same Kysely (for a page), one single-row insert
 * committed in its own transaction (for a step). Statements are counted by Kysely's `log` hook on this bench's own
 * connection (BEGIN and COMMIT included); production code paths count nothing.
 *
 * Run: pnpm --filter @ketnap/bench exec tsx candidate-page.bench.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminRouter, createCallerFactory, createContext, type SessionInfo } from '@ketnap/api';
import { candidateById, type Database, migrateToLatest } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { vietnamCalendar } from '@ketnap/domain';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { ImmediateSqliteDialect, openSqlite } from '../packages/db/src/sqlite-dialect.js';
import { median } from './http-load.js';

const TODAY = '2026-11-26';
const COMMUNE = 'xa-yen-binh';
const CELL = 'cb-thon-nam';
const ROUNDS = 5;
const STEPS = 100;

let statements = 0;
const file = join(mkdtempSync(join(tmpdir(), 'ketnap-page-')), 'ketnap.sqlite');
const db = new Kysely<Database>({
  dialect: new ImmediateSqliteDialect({ database: openSqlite(BetterSqlite3, file) }),
  log: (event) => {
    if (event.level === 'query') statements++;
  },
});
await migrateToLatest(db);
await loadDemo(
  db,
  generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
);

const session = (role: 'commune-admin' | 'cell-secretary', orgId: string): SessionInfo => ({
  sessionId: `s-${role}`,
  accountId: `acc-${role}`,
  username: role,
  displayName: role,
  roles: [{ role, orgId }],
});
const factory = createCallerFactory(adminRouter);
const callerOf = (s: SessionInfo) =>
  factory(createContext({ db, today: () => TODAY, session: s })) as unknown as Record<string, unknown>;
/** Calls a procedure by its path, so this script runs unchanged on the code before and after a procedure exists. */
const call = (caller: Record<string, unknown>, path: string, input: unknown) =>
  (
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
      i: unknown,
    ) => Promise<unknown>
  )(input);
const hasFile = 'candidates.file' in (adminRouter._def.procedures as object);

type Wave = [path: string, input: unknown][];
/** The page before: what candidate-page.tsx asked for, wave by wave (each wave one batched HTTP request). */
const oldPage = (candidateId: string, cellId: string, scope: string): Wave[] => [
  [
    ['candidates.detail', { candidateId }],
    ['candidates.timeline', { candidateId }],
    ['candidates.checklist', { candidateId }],
    ['candidates.checks', { candidateId }],
    ['pipeline.dashboard', { orgId: scope }],
  ],
  [['pipeline.members', { orgId: cellId }]],
  [['candidates.nextActions', { candidateId }]],
];
const newPage = (candidateId: string): Wave[] => [[['candidates.file', { candidateId }]]];

/** Statements and milliseconds of one run of `waves` (the calls of a wave at once, as a tRPC batch runs them). */
async function measure(
  caller: Record<string, unknown>,
  waves: Wave[],
): Promise<{ n: number; ms: number; cpu: number; answers: unknown[] }> {
  statements = 0;
  const answers: unknown[] = [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const wave of waves)
    answers.push(...(await Promise.all(wave.map(([path, input]) => call(caller, path, input)))));
  const used = process.cpuUsage(cpu);
  return { n: statements, ms: performance.now() - started, cpu: (used.user + used.system) / 1000, answers };
}

const fmt = (values: number[], digits = 2) => {
  const sorted = [...values].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
  return `median ${median(values).toFixed(digits)}, p95 ${p95.toFixed(digits)}`;
};
const range = (values: number[]) =>
  `${Math.min(...values)}–${Math.max(...values)} (median ${median(values)})`;

// Baseline for a page: one primary-key read through the same Kysely and connection.
const anyId = (await db.selectFrom('candidate').select('id').executeTakeFirstOrThrow()).id;
for (let i = 0; i < 200; i++) await candidateById(db, anyId); // warm-up
const reads: number[] = [];
for (let i = 0; i < 2_000; i++) {
  const t = performance.now();
  await candidateById(db, anyId);
  reads.push(performance.now() - t);
}
const readMs = median(reads);
console.log(`baseline: one primary-key read ${readMs.toFixed(3)} ms (median of 2,000)`);
console.log(
  `candidates.file ${hasFile ? 'present' : 'absent: the code before'}; ${ROUNDS} rounds over every page\n`,
);

// The secretary of the commune's cell with the most candidates.
const largest = await db
  .selectFrom('candidate as c')
  .innerJoin('org_unit as cell', 'cell.id', 'c.cell_id')
  .select(['cell.id', 'cell.name', (eb) => eb.fn.countAll<number>().as('n')])
  .where('cell.parent_id', '=', COMMUNE)
  .groupBy(['cell.id', 'cell.name'])
  .orderBy('n', 'desc')
  .orderBy('cell.id')
  .executeTakeFirstOrThrow();
const who = [
  { name: 'commune administrator', s: session('commune-admin', COMMUNE), scope: COMMUNE, cells: null },
  {
    name: `cell secretary (${largest.name})`,
    s: session('cell-secretary', largest.id),
    scope: largest.id,
    cells: [largest.id],
  },
] as const;
for (const { name, s, scope, cells } of who) {
  const caller = callerOf(s);
  let q = db
    .selectFrom('candidate as c')
    .innerJoin('org_unit as cell', 'cell.id', 'c.cell_id')
    .select(['c.id', 'c.cell_id'])
    .where('cell.parent_id', '=', COMMUNE)
    .orderBy('c.id');
  if (cells) q = q.where('c.cell_id', 'in', cells);
  const pages = await q.execute();
  const before = { n: [] as number[], ms: [] as number[], cpu: [] as number[] };
  const after = { n: [] as number[], ms: [] as number[], cpu: [] as number[] };
  for (const p of pages) {
    await measure(caller, oldPage(p.id, p.cell_id, scope)); // warm-up
    if (hasFile) await measure(caller, newPage(p.id));
  }
  for (let round = 0; round < ROUNDS; round++)
    for (const p of pages) {
      const o = await measure(caller, oldPage(p.id, p.cell_id, scope));
      before.n.push(o.n);
      before.ms.push(o.ms);
      before.cpu.push(o.cpu);
      if (!hasFile) continue;
      const f = await measure(caller, newPage(p.id));
      after.n.push(f.n);
      after.ms.push(f.ms);
      after.cpu.push(f.cpu);
    }
  console.log(`${name}, ${pages.length} candidate pages:`);
  console.log(
    `  7 calls (3 waves):       statements ${range(before.n)}; wall ms ${fmt(before.ms)}; CPU ms median ${median(before.cpu).toFixed(2)}; ×${(median(before.ms) / readMs).toFixed(0)} the baseline read`,
  );
  if (hasFile)
    console.log(
      `  candidates.file (1 call): statements ${range(after.n)}; wall ms ${fmt(after.ms)}; CPU ms median ${median(after.cpu).toFixed(2)}; ×${(median(after.ms) / readMs).toFixed(0)} the baseline read; ${(median(before.ms) / median(after.ms)).toFixed(1)}× less wall, ${(median(before.cpu) / median(after.cpu)).toFixed(1)}× less CPU`,
    );
}

// Baseline for a step: a single-row insert committed in its own transaction (BEGIN IMMEDIATE … COMMIT), measured
// before each candidate's steps, so a slow spell of the shared disk hits both alike.
await sql`create table bench_commit (id integer primary key, a text not null)`.execute(db);
const commits: number[] = [];
const commit = async () => {
  const t = performance.now();
  await db
    .transaction()
    .execute((trx) => sql`insert into bench_commit (a) values (${`row-${commits.length}`})`.execute(trx));
  return performance.now() - t;
};
for (let i = 0; i < 50; i++) await commit(); // warm-up

const office = callerOf(session('commune-admin', COMMUNE));
const secretary = callerOf(session('cell-secretary', CELL));
const members = (await call(office, 'pipeline.members', { orgId: CELL })) as { id: string; status: string }[];
const helper = members.find((m) => m.status === 'official')?.id;
if (!helper) throw new Error('thôn Nam has official members in the demo');
// A person's name is letters only: the i-th name counts in letters (A, B, …, Z, AA, AB, …).
const letters = (i: number): string =>
  (i >= 26 ? letters(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
const fresh: string[] = [];
for (let i = 0; i < STEPS + 20; i++) {
  const created = (await call(secretary, 'candidates.create', {
    cellId: CELL,
    fullName: `Quần Chúng ${letters(i)}`,
    gender: i % 2 ? 'F' : 'M',
    birthDate: '1998-03-15',
    enteredPoolOn: '2026-01-05',
    profile: { education: 'upper-secondary' },
  })) as { id: string };
  fresh.push(created.id);
}
const steps = {
  'helper-assigned (cites a member)': () => ({
    kind: 'helper-assigned',
    on: '2026-11-20',
    memberId: helper,
    together: [{ from: '2020-01-01', to: null, relation: 'residence' }],
  }),
  'withdrawn (closes the case)': () => ({ kind: 'withdrawn', on: '2026-11-20' }),
};
const stepOf = Object.entries(steps);
const results = stepOf.map(() => ({ n: [] as number[], ms: [] as number[], cpu: [] as number[] }));
for (const [i, candidateId] of fresh.entries()) {
  const baseline = await commit();
  if (i >= 20) commits.push(baseline);
  let version = 1;
  for (const [k, [, event]] of stepOf.entries()) {
    const m = await measure(secretary, [[['pipeline.record', { candidateId, version, event: event() }]]]);
    version++;
    if (!(m.answers[0] as { ok: boolean }).ok) throw new Error(`${candidateId}: step ${k} refused`);
    if (i < 20) continue; // warm-up
    results[k]?.n.push(m.n);
    results[k]?.ms.push(m.ms);
    results[k]?.cpu.push(m.cpu);
  }
}
const commitMs = median(commits);
console.log(`\nbaseline: one single-row commit ${commitMs.toFixed(3)} ms (median of ${commits.length})`);
for (const [k, [name]] of stepOf.entries()) {
  const r = results[k];
  if (!r) continue;
  console.log(
    `pipeline.record, ${name}, ${r.ms.length} steps: statements ${range(r.n)}; wall ms ${fmt(r.ms)}; CPU ms median ${median(r.cpu).toFixed(2)}; ×${(median(r.ms) / commitMs).toFixed(1)} the baseline commit`,
  );
}
await db.destroy();
