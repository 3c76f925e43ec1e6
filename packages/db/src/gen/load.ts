import { foldVi, pipelineSummary, storedData } from '@ketnap/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.js';
import { rebuildBoardSnapshot } from '../queries/board-snapshot.js';
import { isEmpty } from '../queries/org.js';
import { bulkInsert } from './bulk-insert.js';
import { type GeneratedCommune, generateCommune, generateProvince } from './commune.js';
import { GEN_AS_OF, NATION, type ProvincePlan, planOf, type Scale } from './plan.js';

/** Rows written per table. */
export interface GenCounts {
  org_unit: number;
  admission_target: number;
  member: number;
  candidate: number;
  candidate_event: number;
  board_snapshot: number;
}

/** Where a load stands, for a progress line. */
export interface GenProgress {
  communesDone: number;
  communesTotal: number;
  rows: number;
}

export interface GenOptions {
  scale: Scale;
  /** Same seed, same data. */
  seed?: number;
  /** Called after every committed batch. */
  onProgress?: (progress: GenProgress) => void;
  /**
   * Rebuild every commune's board snapshots in its batch (default true). At national scale they take longer than
   * the rows themselves (docs/benchmarks.md); without them the board says it has no snapshot until a write rebuilds.
   */
  snapshots?: boolean;
  /** About this many rows per transaction (default 200,000): enough to amortise a commit, little memory held. */
  batchRows?: number;
}

/** The default seed of `ketnap gen`. */
export const GEN_SEED = 20_250_701;

/**
 * Generates synthetic data at a scale (plan.ts, commune.ts) and writes it into an empty, migrated database through
 * multi-row inserts, a batch of communes per transaction: every batch is whole or absent, and the database's
 * constraints check every row as they check the product's own writes. The cached columns of a candidate (stage and
 * its date, the folded name for search) are computed by the domain's functions from the history, as the pipeline
 * does when it appends an event; each commune's board snapshots are rebuilt in its batch. Refuses a database that already holds data.
 */
export async function loadGenerated(handle: Db, options: GenOptions): Promise<GenCounts> {
  if (!(await isEmpty(handle.db)))
    throw new Error('the database already holds data: generate into an empty database');
  const seed = options.seed ?? GEN_SEED;
  const plan = planOf(options.scale, seed);
  // SQLite's default page cache (2 MB) thrashes once the indexes outgrow it; a bulk load of millions of rows runs
  // twice as fast with 512 MB. Set for this load only, on this connection.
  const previousCache =
    handle.dialect === 'sqlite'
      ? (await sql<{ cache_size: number }>`pragma cache_size`.execute(handle.db)).rows[0]
      : undefined;
  if (previousCache) await sql`pragma cache_size = -524288`.execute(handle.db);
  try {
    return await generateAndWrite(handle, plan, seed, options);
  } finally {
    if (previousCache)
      await sql`pragma cache_size = ${sql.raw(String(Number(previousCache.cache_size)))}`.execute(handle.db);
  }
}

async function generateAndWrite(
  handle: Db,
  plan: ProvincePlan[],
  seed: number,
  options: GenOptions,
): Promise<GenCounts> {
  const batchRows = options.batchRows ?? 200_000;
  const counts: GenCounts = {
    org_unit: 0,
    admission_target: 0,
    member: 0,
    candidate: 0,
    candidate_event: 0,
    board_snapshot: 0,
  };
  const communesTotal = plan.reduce((a, p) => a + p.communes.length, 0);
  let communesDone = 0;
  let pending: GeneratedCommune[] = [];
  let pendingRows = 0;
  let pendingCommunes = 0;

  const flush = async () => {
    const batch = pending;
    const done = pendingCommunes;
    pending = [];
    pendingRows = 0;
    pendingCommunes = 0;
    await handle.db
      .transaction()
      .execute((trx) => writeCommunes(trx, handle.dialect, batch, counts, options.snapshots !== false));
    communesDone += done;
    options.onProgress?.({ communesDone, communesTotal, rows: total(counts) });
  };

  for (const province of plan) {
    const p = generateProvince(province);
    pending.push({ orgUnits: [p.orgUnit], members: [], candidates: [], targets: p.targets });
    for (const commune of province.communes) {
      const data = generateCommune(seed, province.index, commune);
      pending.push(data);
      pendingCommunes += 1;
      pendingRows += data.members.length + data.candidates.length * 10;
      if (pendingRows >= batchRows) await flush();
    }
  }
  if (pending.length > 0) await flush();
  // Fresh statistics, or the planners guess: SQLite's otherwise drives a province's roll-up from the nation's events.
  await sql`analyze`.execute(handle.db);
  return counts;
}

const total = (c: GenCounts) =>
  c.org_unit + c.admission_target + c.member + c.candidate + c.candidate_event + c.board_snapshot;

/** The instant generated rows say they were recorded and the boards say they were updated: fixed, so runs agree. */
const GEN_AT = `${GEN_AS_OF}T12:00:00.000Z`;

async function writeCommunes(
  db: Parameters<typeof bulkInsert>[0],
  dialect: 'sqlite' | 'postgres',
  batch: readonly GeneratedCommune[],
  counts: GenCounts,
  snapshots: boolean,
): Promise<void> {
  const units = batch.flatMap((b) => b.orgUnits);
  await bulkInsert(
    db,
    dialect,
    'org_unit',
    ['id', 'parent_id', 'level', 'kind', 'slug', 'name', 'valid_from', 'valid_to'],
    units.map((u) => [
      u.id,
      u.parent_id ?? null,
      u.level,
      u.kind ?? null,
      u.slug ?? null,
      u.name,
      u.valid_from,
      u.valid_to ?? null,
    ]),
  );
  const targets = batch.flatMap((b) => b.targets);
  await bulkInsert(
    db,
    dialect,
    'admission_target',
    ['id', 'org_id', 'year', 'total', 'resolution_ref', 'set_on'],
    targets.map((t) => [t.id, t.org_id, t.year, t.total, t.resolution_ref ?? null, t.set_on]),
  );
  const members = batch.flatMap((b) => b.members);
  await bulkInsert(
    db,
    dialect,
    'member',
    [
      'id',
      'cell_id',
      'full_name',
      'gender',
      'birth_date',
      'admitted_on',
      'joined_on',
      'official_on',
      'left_on',
      'left_reason',
    ],
    members.map((m) => [
      m.id,
      m.cell_id,
      m.full_name,
      m.gender,
      m.birth_date,
      m.admitted_on,
      m.joined_on,
      m.official_on ?? null,
      m.left_on ?? null,
      m.left_reason ?? null,
    ]),
  );
  const candidates = batch.flatMap((b) => b.candidates);
  await bulkInsert(
    db,
    dialect,
    'candidate',
    [
      'id',
      'cell_id',
      'full_name',
      'gender',
      'birth_date',
      'entered_pool_on',
      'version',
      'name_folded',
      'stage',
      'stage_since',
      'next_due',
      'next_due_rule',
      'admitted_on',
    ],
    candidates.map((c) => {
      const summary = pipelineSummary(c.history);
      // As appendCandidateEvent sets it: the day of the admission decision.
      const decision = c.history.findLast((e) => e.kind === 'admission-decision');
      return [
        c.id,
        c.cellId,
        c.fullName,
        c.gender,
        c.birthDate,
        c.history[0]?.on ?? null,
        1,
        foldVi(c.fullName),
        summary.stage,
        summary.stageSince,
        summary.nextDue?.due ?? null,
        summary.nextDue?.rule ?? null,
        decision?.on ?? null,
      ];
    }),
  );
  const events: unknown[][] = [];
  for (const c of candidates)
    c.history.forEach((event, i) => {
      const id = `${c.id}-e${String(i + 1).padStart(2, '0')}`;
      events.push([id, c.id, i + 1, event.kind, event.on, JSON.stringify(storedData(event)), GEN_AT]);
    });
  await bulkInsert(
    db,
    dialect,
    'candidate_event',
    ['id', 'candidate_id', 'seq', 'kind', 'occurred_on', 'data', 'recorded_at'],
    events,
  );
  // The public board's snapshots, as every write that changes a commune's year rebuilds them.
  for (const unit of units) {
    if (!snapshots || unit.level !== 'commune') continue;
    for (const year of NATION.years)
      await rebuildBoardSnapshot(db, unit.id, year, { today: GEN_AS_OF, at: GEN_AT });
    counts.board_snapshot += NATION.years.length;
  }
  counts.org_unit += units.length;
  counts.admission_target += targets.length;
  counts.member += members.length;
  counts.candidate += candidates.length;
  counts.candidate_event += events.length;
}
