import type { ClassOrganiser, ClassResult } from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A class with its roster (each candidate's cell, name and result). */
export interface AwarenessClassRow {
  id: string;
  communeId: string;
  name: string;
  organiser: ClassOrganiser;
  startsOn: string;
  endsOn: string;
  resultsOn: string | null;
  roster: {
    candidateId: string;
    cellId: string;
    fullName: string;
    result: ClassResult | null;
    serial: string | null;
  }[];
}

/** Records a class and its roster. */
export async function insertAwarenessClass(
  db: Kysely<Database>,
  c: Omit<AwarenessClassRow, 'resultsOn' | 'roster'> & { roster: readonly string[] },
  at: string,
): Promise<void> {
  await db
    .insertInto('awareness_class')
    .values({
      id: c.id,
      commune_id: c.communeId,
      name: c.name,
      organiser: c.organiser,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      results_on: null,
      recorded_at: at,
    })
    .execute();
  await db
    .insertInto('awareness_class_member')
    .values(
      c.roster.map((candidateId) => ({
        class_id: c.id,
        candidate_id: candidateId,
        result: null,
        serial: null,
        certificate_event_id: null,
      })),
    )
    .execute();
}

/**
 * The commune's classes, newest first, with their rosters; `cellId` keeps only that cell's candidates on each roster
 * and only the classes holding one (what a cell secretary sees).
 */
export async function awarenessClasses(
  db: Kysely<Database>,
  communeId: string,
  filter: { cellId?: string; classId?: string } = {},
): Promise<AwarenessClassRow[]> {
  let q = db
    .selectFrom('awareness_class')
    .select([
      'id',
      'commune_id as communeId',
      'name',
      'organiser',
      'starts_on as startsOn',
      'ends_on as endsOn',
      'results_on as resultsOn',
    ])
    .where('commune_id', '=', communeId);
  if (filter.classId) q = q.where('id', '=', filter.classId);
  const classes = await q.orderBy('starts_on', 'desc').orderBy('id').execute();
  if (classes.length === 0) return [];
  let r = db
    .selectFrom('awareness_class_member as m')
    .innerJoin('candidate as c', 'c.id', 'm.candidate_id')
    .select(['m.class_id', 'm.candidate_id', 'c.cell_id', 'c.full_name', 'm.result', 'm.serial'])
    .where(
      'm.class_id',
      'in',
      classes.map((c) => c.id),
    );
  if (filter.cellId) r = r.where('c.cell_id', '=', filter.cellId);
  const members = await r.orderBy('c.name_folded').orderBy('m.candidate_id').execute();
  return classes
    .map((c) => ({
      ...(c as Omit<AwarenessClassRow, 'roster'>),
      roster: members
        .filter((m) => m.class_id === c.id)
        .map((m) => ({
          candidateId: m.candidate_id,
          cellId: m.cell_id,
          fullName: m.full_name,
          result: m.result as ClassResult | null,
          serial: m.serial,
        })),
    }))
    .filter((c) => !filter.cellId || c.roster.length > 0);
}

/** Writes one candidate's result (and certificate step) on the roster. */
export async function setClassResult(
  db: Kysely<Database>,
  r: {
    classId: string;
    candidateId: string;
    result: ClassResult;
    serial: string | null;
    eventId: string | null;
  },
): Promise<void> {
  await db
    .updateTable('awareness_class_member')
    .set({ result: r.result, serial: r.serial, certificate_event_id: r.eventId })
    .where('class_id', '=', r.classId)
    .where('candidate_id', '=', r.candidateId)
    .execute();
}

/** Marks the class's results recorded on `on`; false when they were already (a concurrent recording). */
export async function closeAwarenessClass(
  db: Kysely<Database>,
  classId: string,
  on: string,
): Promise<boolean> {
  const r = await db
    .updateTable('awareness_class')
    .set({ results_on: on })
    .where('id', '=', classId)
    .where('results_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
