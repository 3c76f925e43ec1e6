import { admissionDaySetBy, foldVi } from '@ketnap/domain';
import type { Insertable, Kysely } from 'kysely';
import type { CandidateEventKind, CandidateTable, Database } from '../schema.js';

/** Adds a candidate to the pool, with the folded name the list searches on. */
export async function insertCandidate(
  db: Kysely<Database>,
  candidate: Insertable<CandidateTable>,
): Promise<void> {
  await db
    .insertInto('candidate')
    .values({ ...candidate, name_folded: foldVi(candidate.full_name) })
    .execute();
}

/** One step to append to a candidate's history. */
export interface NewCandidateEvent {
  id: string;
  candidateId: string;
  kind: CandidateEventKind;
  occurredOn: string;
  data?: Record<string, unknown>;
  recordedAt: string;
}

/**
 * Appends an event at the end of the candidate's history (seq = last + 1). The unique (candidate_id, seq)
 * constraint turns a concurrent append into an error instead of two events at one position. An event that sets an
 * admission day (the domain's `admissionDaySetBy`: the decision) also sets the candidate's `admitted_on` (what
 * roll-ups count): call it inside the transaction of the step, as every
 * caller does, so the event and its cache commit together.
 */
export async function appendCandidateEvent(db: Kysely<Database>, event: NewCandidateEvent): Promise<number> {
  const last = await db
    .selectFrom('candidate_event')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('candidate_id', '=', event.candidateId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('candidate_event')
    .values({
      id: event.id,
      candidate_id: event.candidateId,
      seq,
      kind: event.kind,
      occurred_on: event.occurredOn,
      data: JSON.stringify(event.data ?? {}),
      recorded_at: event.recordedAt,
    })
    .execute();
  const admittedOn = admissionDaySetBy({ kind: event.kind, on: event.occurredOn });
  if (admittedOn !== null)
    await db
      .updateTable('candidate')
      .set({ admitted_on: admittedOn })
      .where('id', '=', event.candidateId)
      .execute();
  return seq;
}

/**
 * Admissions per cell in `year` up to `asOf`: admission decisions dated from 1 January of the year to the earlier
 * of `asOf` and 31 December. Counted by the date written in the decision (the date seniority runs from, L-06),
 * not by the ceremony. Cells with none are absent.
 */
export async function admittedByCell(
  db: Kysely<Database>,
  cellIds: readonly string[],
  year: number,
  asOf: string,
): Promise<{ cellId: string; admitted: number }[]> {
  const rows = await stepsByCell(db, cellIds, 'admission-decision', year, asOf);
  return rows.map((r) => ({ cellId: r.cellId, admitted: r.count }));
}

/** Steps of `kind` per cell dated in `year` up to the earlier of `asOf` and 31 December; cells with none absent. */
export async function stepsByCell(
  db: Kysely<Database>,
  cellIds: readonly string[],
  kind: CandidateEventKind,
  year: number,
  asOf: string,
): Promise<{ cellId: string; count: number }[]> {
  if (cellIds.length === 0) return [];
  const yearEnd = `${year}-12-31`;
  const rows = await db
    .selectFrom('candidate_event as e')
    .innerJoin('candidate as c', 'c.id', 'e.candidate_id')
    .select((eb) => ['c.cell_id', eb.fn.countAll().as('n')])
    .where('c.cell_id', 'in', cellIds)
    .where('e.kind', '=', kind)
    .where('e.occurred_on', '>=', `${year}-01-01`)
    .where('e.occurred_on', '<=', asOf < yearEnd ? asOf : yearEnd)
    .groupBy('c.cell_id')
    .execute();
  return rows.map((r) => ({ cellId: r.cell_id, count: Number(r.n) }));
}
