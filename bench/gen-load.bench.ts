/**
 * Loading generated data (`ketnap gen`'s path): `pnpm --filter @ketnap/bench exec tsx gen-load.bench.ts
 * [--scale province|commune] [--pg postgres://…/EMPTY_DATABASE]`. Measures, in one run on one disk:
 * - generation alone (plan, histories, caches from the domain), rows/s;
 * - the load into a fresh SQLite file (WAL, synchronous=FULL, foreign keys on, every index of the schema), rows/s;
 * - the baseline: raw better-sqlite3 inserting the same number of rows of the member table's shape with a reused
 *   multi-row prepared statement in one transaction, rows/s, and the ratio;
 * - with --pg, the same load into an empty PostgreSQL database;
 * - the board snapshot rebuild per commune-year (which `ketnap gen` does unless --no-snapshots).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrateToLatest, rebuildBoardSnapshot } from '@ketnap/db';
import { GEN_AS_OF, loadGenerated, planOf, type Scale } from '@ketnap/db/seed';
import { pipelineSummary } from '@ketnap/domain';
import Database from 'better-sqlite3';
import { generateCommune } from '../packages/db/src/gen/commune.js';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const scale = (arg('--scale') ?? 'province') as Scale;
const pg = arg('--pg');
const dir = mkdtempSync(join(process.env.KETNAP_BENCH_DIR ?? tmpdir(), 'ketnap-bench-'));
const SEED = 20_250_701;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

// 1. Generation alone.
let t = performance.now();
let generated = 0;
for (const province of planOf(scale, SEED))
  for (const commune of province.communes) {
    const data = generateCommune(SEED, province.index, commune);
    for (const c of data.candidates) pipelineSummary(c.history);
    generated +=
      data.orgUnits.length +
      data.members.length +
      data.targets.length +
      data.candidates.length +
      data.candidates.reduce((a, c) => a + c.history.length, 0);
  }
const genMs = performance.now() - t;
console.log(
  `generation only      ${generated.toLocaleString('en')} rows  ${rate(generated, genMs).toLocaleString('en')} rows/s`,
);

// 2. The load into SQLite.
const file = join(dir, 'gen.sqlite');
const sqlite = await createDb({ sqlite: file });
await migrateToLatest(sqlite.db);
t = performance.now();
const counts = await loadGenerated(sqlite, { scale, seed: SEED, snapshots: false });
const loadMs = performance.now() - t;
const rows = Object.values(counts).reduce((a, b) => a + b, 0);
const loadRate = rate(rows, loadMs);
console.log(
  `load into SQLite     ${rows.toLocaleString('en')} rows  ${loadRate.toLocaleString('en')} rows/s  (${(loadMs / 1000).toFixed(1)} s)`,
);

// 3. Board snapshots: the rebuild the product runs after a decision, per commune-year.
const communes = planOf(scale, SEED)
  .flatMap((p) =>
    p.communes.map((c) => `p${String(p.index).padStart(2, '0')}-x${String(c.index).padStart(4, '0')}`),
  )
  .slice(0, 10);
t = performance.now();
for (const id of communes)
  await rebuildBoardSnapshot(sqlite.db, id, 2025, { today: GEN_AS_OF, at: `${GEN_AS_OF}T12:00:00.000Z` });
const snapMs = (performance.now() - t) / communes.length;
console.log(`board snapshot       ${snapMs.toFixed(0)} ms per commune-year`);
await sqlite.close();

// 4. Baseline: raw better-sqlite3, same disk, same pragmas, member-shaped rows, reused 500-row statement.
const raw = new Database(join(dir, 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec(
  'create table member (id text primary key, cell_id text not null, full_name text not null, gender text not null, birth_date text not null, admitted_on text not null, joined_on text not null, official_on text, left_on text, left_reason text)',
);
const PER = 500;
const stmt = raw.prepare(
  `insert into member values ${Array.from({ length: PER }, () => '(?,?,?,?,?,?,?,?,?,?)').join(',')}`,
);
t = performance.now();
raw.transaction(() => {
  const values: unknown[] = [];
  for (let i = 0; i < rows - (rows % PER); i++) {
    values.push(
      `m${i}`,
      `c${i % 5000}`,
      'Nguyễn Văn An',
      'M',
      '1980-01-01',
      '2000-01-01',
      '2000-02-01',
      '2001-02-01',
      null,
      null,
    );
    if (values.length === PER * 10) stmt.run(values.splice(0));
  }
})();
const rawMs = performance.now() - t;
raw.close();
const rawRate = rate(rows - (rows % PER), rawMs);
console.log(
  `baseline raw insert  ${(rows - (rows % PER)).toLocaleString('en')} rows  ${rawRate.toLocaleString('en')} rows/s`,
);
console.log(`ratio: the load runs at ${((loadRate / rawRate) * 100).toFixed(0)}% of the raw insert rate`);

// 5. PostgreSQL.
if (pg) {
  const handle = await createDb({ postgres: pg });
  await migrateToLatest(handle.db);
  t = performance.now();
  const pgCounts = await loadGenerated(handle, { scale, seed: SEED, snapshots: false });
  const pgMs = performance.now() - t;
  const pgRows = Object.values(pgCounts).reduce((a, b) => a + b, 0);
  console.log(
    `load into PostgreSQL ${pgRows.toLocaleString('en')} rows  ${rate(pgRows, pgMs).toLocaleString('en')} rows/s  (${(pgMs / 1000).toFixed(1)} s)`,
  );
  await handle.close();
}
rmSync(dir, { recursive: true, force: true });
