import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { containsPattern } from './like.js';

/** One paper to number: where, which symbol and kind, what it belongs to. */
export interface PaperToNumber {
  id: string;
  communeId: string;
  year: number;
  symbol: string;
  kind: string;
  candidateId: string | null;
  eventId: string | null;
  issuedOn: string;
  recordedAt: string;
  recordedBy: string | null;
}

/**
 * Gives `paper` the next number of its symbol in the commune's register for the year and writes its row: call it
 * inside the transaction of the step that issues the paper. The counter is one upserted row, so concurrent issuers
 * queue on its lock (PostgreSQL) or on the write transaction (SQLite) and get consecutive numbers, never the same
 * one; a rolled-back step takes its number back with it, so no gap is left either. Answers the number as printed.
 */
export async function assignPaperNumber(db: Kysely<Database>, paper: PaperToNumber): Promise<string> {
  const counter = await db
    .insertInto('paper_counter')
    .values({ commune_id: paper.communeId, year: paper.year, symbol: paper.symbol, last: 1 })
    .onConflict((oc) =>
      oc.columns(['commune_id', 'year', 'symbol']).doUpdateSet({ last: sql<number>`paper_counter.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  const seq = Number(counter.last);
  const number = `${seq}-${paper.symbol}`;
  await db
    .insertInto('paper_register')
    .values({
      id: paper.id,
      commune_id: paper.communeId,
      year: paper.year,
      symbol: paper.symbol,
      seq,
      number,
      kind: paper.kind,
      candidate_id: paper.candidateId,
      event_id: paper.eventId,
      issued_on: paper.issuedOn,
      recorded_at: paper.recordedAt,
      recorded_by: paper.recordedBy,
      superseded_by: null,
      superseded_reason: null,
    })
    .execute();
  return number;
}

/** The standing (not superseded) register numbers of a candidate's papers, by kind and event. */
export async function candidatePaperNumbers(
  db: Kysely<Database>,
  candidateId: string,
): Promise<{ kind: string; eventId: string | null; number: string; issuedOn: string }[]> {
  const rows = await db
    .selectFrom('paper_register')
    .select(['kind', 'event_id', 'number', 'issued_on'])
    .where('candidate_id', '=', candidateId)
    .where('superseded_by', 'is', null)
    .orderBy('issued_on')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ kind: r.kind, eventId: r.event_id, number: r.number, issuedOn: r.issued_on }));
}

/**
 * A commune's register for a year, in number order per symbol (the register's page), with the candidate's name;
 * `q` narrows it to numbers containing it (`NQ/CB`, `12-`) or candidates whose folded name contains it.
 */
export async function paperRegisterOf(
  db: Kysely<Database>,
  communeId: string,
  year: number,
  q: { number?: string; nameFolded?: string } = {},
) {
  let query = db
    .selectFrom('paper_register as r')
    .leftJoin('candidate as c', 'c.id', 'r.candidate_id')
    .select([
      'r.number',
      'r.kind',
      'r.issued_on',
      'r.candidate_id',
      'c.full_name',
      'r.superseded_by',
      'r.superseded_reason',
      'r.recorded_by',
    ])
    .where('r.commune_id', '=', communeId)
    .where('r.year', '=', year);
  if (q.number) query = query.where(sql<boolean>`r.number like ${containsPattern(q.number)} escape '\\'`);
  if (q.nameFolded)
    query = query.where(sql<boolean>`c.name_folded like ${containsPattern(q.nameFolded)} escape '\\'`);
  return query.orderBy('r.symbol').orderBy('r.seq').execute();
}

/** The standing register row of a candidate's paper of `kind` (the newest), or undefined when it has none. */
export async function standingPaper(db: Kysely<Database>, candidateId: string, kind: string) {
  return db
    .selectFrom('paper_register')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .where('kind', '=', kind)
    .where('superseded_by', 'is', null)
    .orderBy('recorded_at', 'desc')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

/** Marks `oldId` superseded by `newId`, with why; false when it was superseded meanwhile (nothing written). */
export async function supersedePaper(
  db: Kysely<Database>,
  oldId: string,
  newId: string,
  reason: string,
): Promise<boolean> {
  const r = await db
    .updateTable('paper_register')
    .set({ superseded_by: newId, superseded_reason: reason })
    .where('id', '=', oldId)
    .where('superseded_by', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
