import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  type ChainBreak,
  type ChainHead,
  canonicalJson,
  checkCheckpoint,
  checkLink,
  entryHash,
  GENESIS_HASH,
  type StoredEntry,
} from '../audit/chain.js';
import type { AuditLogTable, Database } from '../schema.js';

/**
 * What an audit payload may hold: ids, counts, flags and FIELD NAMES (`fields: ['religion']`), never a value of a
 * person's data. Flat on purpose, so a nested record of someone's background cannot slip in.
 */
export type AuditPayload = Record<string, string | number | boolean | null | readonly string[]>;

/** One thing that happened, as a caller describes it. */
export interface AuditEntry {
  /** UTC ISO instant (the shell's clock). */
  at: string;
  /** The signed-in account, or null (an anonymous login attempt, a command-line action). */
  actor: string | null;
  /** Namespaced verb, e.g. `candidate.cell-vote`, `auth.login`, `access.denied`, `candidate.read-sensitive`. */
  action: string;
  /** What it was done to, e.g. `candidate`, `account`, `session`. */
  targetType: string;
  targetId: string | null;
  /** The organisation unit the target belongs to (a cell, a commune), so each unit sees its own trail. */
  orgId: string | null;
  payload?: AuditPayload;
}

export type AuditRow = Selectable<AuditLogTable>;

/** A transaction on the ketnap database: what {@link appendAudit} requires, so an entry cannot be written outside one. */
export type DbTransaction = Transaction<Database>;

/**
 * Appends an entry to the hash chain INSIDE the caller's transaction, so the entry exists if and only if the change
 * it records was committed. Takes the head row's lock first: concurrent appenders queue (PostgreSQL row lock; on
 * SQLite the transaction already holds the write lock from BEGIN IMMEDIATE). Returns the new head.
 *
 * ```ts
 * await ctx.db.transaction().execute(async (trx) => {
 *   await appendCandidateEvent(trx, event);
 *   await appendAudit(trx, { at, actor, action: 'candidate.cell-vote', targetType: 'candidate',
 *     targetId: id, orgId: cellId, payload: { eventId: event.id } });
 * });
 * ```
 */
export async function appendAudit(trx: DbTransaction, entry: AuditEntry): Promise<ChainHead> {
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const seq = Number(head.seq);
  const chained = {
    seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    orgId: entry.orgId,
    payload: canonicalJson(entry.payload ?? {}),
  };
  const hash = entryHash(head.hash, chained);
  await trx
    .insertInto('audit_log')
    .values({
      seq,
      at: chained.at,
      actor_account_id: chained.actor,
      action: chained.action,
      target_type: chained.targetType,
      target_id: chained.targetId,
      org_id: chained.orgId,
      payload: chained.payload,
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
  return { seq, hash };
}

/**
 * Records an entry in a transaction of its own: for what changes nothing else (a refused attempt, a read of a
 * candidate's sensitive fields, a failed login). Anything that also writes data uses {@link appendAudit} in that
 * write's transaction instead.
 */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<ChainHead> {
  return db.transaction().execute((trx) => appendAudit(trx, entry));
}

/**
 * Records that `actor` read the named sensitive fields (field names only, never values) of a target, e.g. a
 * candidate's `religion` and `relatives`. Call it in the resolver that returns them.
 */
export async function auditRead(
  db: Kysely<Database>,
  read: Omit<AuditEntry, 'action' | 'payload'> & { fields: readonly string[] },
): Promise<ChainHead> {
  const { fields, ...rest } = read;
  return recordAudit(db, { ...rest, action: `${read.targetType}.read-sensitive`, payload: { fields } });
}

/** The newest entry as the log itself says (seq 0 and the genesis hash when empty). */
export async function auditHead(db: Kysely<Database>): Promise<ChainHead> {
  const last = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Entries for an audit view, newest first: those of the given units (a commune and its cells), before `beforeSeq`
 * when paging.
 */
export async function auditEntries(
  db: Kysely<Database>,
  params: { orgIds: readonly string[]; beforeSeq?: number; limit: number },
): Promise<AuditRow[]> {
  if (params.orgIds.length === 0) return [];
  let query = db.selectFrom('audit_log').selectAll().where('org_id', 'in', params.orgIds);
  if (params.beforeSeq !== undefined) query = query.where('seq', '<', params.beforeSeq);
  const rows = await query.orderBy('seq', 'desc').limit(params.limit).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** The outcome of {@link verifyAudit}: the verified head, or the first break. */
export type AuditVerification =
  | { ok: true; head: ChainHead; entries: number }
  | { ok: false; break: ChainBreak };

const PAGE = 1000;

/**
 * Recomputes the whole chain in seq order, page by page: detects an edited entry (its hash), a deleted one (a gap or
 * a broken link), reordered or inserted ones (a broken link), and, against `checkpoint`, a truncated tail or a
 * rewritten history. The head row is compared too, which catches a truncated tail even without a checkpoint unless
 * the head row was forged as well: keep checkpoints outside the database.
 */
export async function verifyAudit(db: Kysely<Database>, checkpoint?: ChainHead): Promise<AuditVerification> {
  let prev: ChainHead = { seq: 0, hash: GENESIS_HASH };
  let hashAtCheckpoint: string | undefined = checkpoint?.seq === 0 ? GENESIS_HASH : undefined;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', prev.seq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const problem = checkLink(prev, toStored(row));
      if (problem) return { ok: false, break: problem };
      prev = { seq: Number(row.seq), hash: row.hash };
      if (checkpoint && prev.seq === checkpoint.seq) hashAtCheckpoint = prev.hash;
      count++;
    }
    if (rows.length < PAGE) break;
  }
  if (checkpoint) {
    const problem = checkCheckpoint(prev, checkpoint, hashAtCheckpoint);
    if (problem) return { ok: false, break: problem };
  }
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!head || Number(head.seq) !== prev.seq || head.hash !== prev.hash) {
    const headSeq = Number(head?.seq ?? 0);
    return {
      ok: false,
      break: {
        seq: Math.min(headSeq, prev.seq) + 1,
        reason: headSeq > prev.seq ? 'truncated' : 'relinked',
        message:
          headSeq > prev.seq
            ? `nhật ký dừng ở mục ${prev.seq} nhưng đầu chuỗi ghi mục ${headSeq}: đã bị cắt bớt / the log ends at ${prev.seq}, the head row names ${headSeq}: truncated`
            : `đầu chuỗi (mục ${headSeq}) không khớp với mục cuối ${prev.seq} / the head row (${headSeq}) does not match the last entry ${prev.seq}`,
      },
    };
  }
  return { ok: true, head: prev, entries: count };
}

function toStored(row: AuditRow): StoredEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor_account_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    orgId: row.org_id,
    payload: row.payload,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
