import { type FormEntry, foldVi, type IsoDate } from '@ketnap/domain';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { CandidateEventKind, CandidateTable, Database } from '../schema.js';
import { orgDescendants } from './access.js';
import { activeOn } from './active-on.js';
import { containsPattern } from './like.js';

/** A candidate row as the pipeline reads it (profile still JSON text: the api parses it with the domain's schema). */
export type CandidateRow = Selectable<CandidateTable>;

/** One event of a history as stored: `data` parsed from JSON, without the kind and date it is stored beside. */
export interface StoredEvent {
  id: string;
  candidateId: string;
  seq: number;
  kind: CandidateEventKind;
  occurredOn: IsoDate;
  data: Record<string, unknown>;
  recordedAt: string;
}

/** One candidate, or undefined. */
export async function candidateById(db: Kysely<Database>, id: string): Promise<CandidateRow | undefined> {
  return db.selectFrom('candidate').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The candidates among `ids`, by id (unknown ids are absent), in one query. */
export async function candidatesByIds(db: Kysely<Database>, ids: readonly string[]): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('candidate').selectAll().where('id', 'in', ids).orderBy('id').execute();
}

/** The histories of `candidateIds`, each in order (seq), grouped by candidate. */
export async function candidateHistories(
  db: Kysely<Database>,
  candidateIds: readonly string[],
): Promise<Map<string, StoredEvent[]>> {
  const out = new Map<string, StoredEvent[]>(candidateIds.map((id) => [id, []]));
  if (candidateIds.length === 0) return out;
  const rows = await db
    .selectFrom('candidate_event')
    .selectAll()
    .where('candidate_id', 'in', candidateIds)
    .orderBy('candidate_id')
    .orderBy('seq')
    .execute();
  for (const r of rows)
    out.get(r.candidate_id)?.push({
      id: r.id,
      candidateId: r.candidate_id,
      seq: Number(r.seq),
      kind: r.kind,
      occurredOn: r.occurred_on,
      data: JSON.parse(r.data) as Record<string, unknown>,
      recordedAt: r.recorded_at,
    });
  return out;
}

/** What the events determine, cached on the candidate row. */
export interface PipelineCache {
  stage: string;
  stageSince: IsoDate | null;
  nextDue: IsoDate | null;
  nextDueRule: string | null;
}

/**
 * Optimistic concurrency: bumps the version from `expectedVersion` and writes the cache (and the profile, when
 * given). False when the row is gone or its version moved on since the caller read it: nothing was written.
 */
export async function saveCandidate(
  db: Kysely<Database>,
  change: { id: string; expectedVersion: number; cache?: PipelineCache; profile?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('candidate')
    .set((eb) => ({
      version: eb('version', '+', 1),
      ...(change.cache
        ? {
            stage: change.cache.stage,
            stage_since: change.cache.stageSince,
            next_due: change.cache.nextDue,
            next_due_rule: change.cache.nextDueRule,
          }
        : {}),
      ...(change.profile === undefined ? {} : { profile: change.profile }),
    }))
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The sensitive part of a person record as stored (JSON parsed), or null. Call it only from an audited read. */
export async function readCandidateSensitive(db: Kysely<Database>, candidateId: string): Promise<unknown> {
  return (await readCandidateSensitives(db, [candidateId])).get(candidateId) ?? null;
}

/**
 * The sensitive parts of several person records as stored (JSON parsed), by candidate (absent when none), in one
 * query: for an audited read, or the server's own rule checks over many candidates (the dashboard).
 */
export async function readCandidateSensitives(
  db: Kysely<Database>,
  candidateIds: readonly string[],
): Promise<Map<string, unknown>> {
  if (candidateIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('candidate_sensitive')
    .select(['candidate_id', 'data'])
    .where('candidate_id', 'in', candidateIds)
    .execute();
  return new Map(rows.map((r) => [r.candidate_id, JSON.parse(r.data) as unknown]));
}

/** Writes (replaces) the sensitive part of a person record. */
export async function writeCandidateSensitive(
  db: Kysely<Database>,
  candidateId: string,
  data: Record<string, unknown>,
  at: string,
): Promise<void> {
  const json = JSON.stringify(data);
  await db
    .insertInto('candidate_sensitive')
    .values({ candidate_id: candidateId, data: json, updated_at: at })
    .onConflict((oc) => oc.column('candidate_id').doUpdateSet({ data: json, updated_at: at }))
    .execute();
}

/** Filters of {@link listCandidates}. */
export interface CandidateFilter {
  cellIds: readonly string[];
  stage?: string;
  /** Leave out these stages (the closed ones, unless asked for). */
  excludeStages?: readonly string[];
  /** Only candidates whose next deadline is on or before this day (overdue ones included). */
  dueOnOrBefore?: IsoDate;
  /** Words every one of which must occur in the name, diacritics ignored. */
  search?: string;
}

/** One line of the candidate list. */
export interface CandidateListRow {
  id: string;
  cellId: string;
  fullName: string;
  stage: string;
  stageSince: IsoDate | null;
  nextDue: IsoDate | null;
  nextDueRule: string | null;
  version: number;
}

/**
 * Candidates of `cellIds` matching the filter, unordered (the caller sorts in Vietnamese collation, which SQL
 * collations do not give on both engines). Search compares the folded name with each folded word (`LIKE`, the
 * word's `%`, `_` and `\` escaped).
 */
export async function listCandidates(
  db: Kysely<Database>,
  filter: CandidateFilter,
): Promise<CandidateListRow[]> {
  if (filter.cellIds.length === 0) return [];
  let q = db
    .selectFrom('candidate')
    .select(['id', 'cell_id', 'full_name', 'stage', 'stage_since', 'next_due', 'next_due_rule', 'version'])
    .where('cell_id', 'in', filter.cellIds);
  if (filter.stage) q = q.where('stage', '=', filter.stage);
  if (filter.excludeStages && filter.excludeStages.length > 0)
    q = q.where('stage', 'not in', filter.excludeStages);
  if (filter.dueOnOrBefore) q = q.where('next_due', '<=', filter.dueOnOrBefore);
  for (const word of foldVi(filter.search ?? '').split(/\s+/)) {
    if (word === '') continue;
    q = q.where(sql<boolean>`name_folded like ${containsPattern(word)} escape '\\'`);
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    cellId: r.cell_id,
    fullName: r.full_name,
    stage: r.stage,
    stageSince: r.stage_since,
    nextDue: r.next_due,
    nextDueRule: r.next_due_rule,
    version: Number(r.version),
  }));
}

/** A member as the registry lists them. */
export interface MemberRow {
  id: string;
  cellId: string;
  fullName: string;
  gender: string;
  joinedOn: IsoDate;
  officialOn: IsoDate | null;
  leftOn: IsoDate | null;
}

/** Members of `cellIds` on `asOf` (joined by then and not left), by id. */
export async function membersOn(
  db: Kysely<Database>,
  cellIds: readonly string[],
  asOf: IsoDate,
): Promise<MemberRow[]> {
  if (cellIds.length === 0) return [];
  const rows = await db
    .selectFrom('member')
    .select(['id', 'cell_id', 'full_name', 'gender', 'joined_on', 'official_on', 'left_on'])
    .where('cell_id', 'in', cellIds)
    .where((eb) => activeOn(eb, 'joined_on', 'left_on', asOf))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cellId: r.cell_id,
    fullName: r.full_name,
    gender: r.gender,
    joinedOn: r.joined_on,
    officialOn: r.official_on,
    leftOn: r.left_on,
  }));
}

/** The official dates of the given members (introducers), whatever their cell. */
export async function memberOfficialDates(
  db: Kysely<Database>,
  memberIds: readonly string[],
): Promise<Map<string, { officialOn: IsoDate | null; fullName: string }>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('member')
    .select(['id', 'official_on', 'full_name'])
    .where('id', 'in', memberIds)
    .execute();
  return new Map(rows.map((r) => [r.id, { officialOn: r.official_on, fullName: r.full_name }]));
}

/** Whether a cell has a Youth Union / Trade Union (null: not recorded), and whether a grassroots committee sits above it. */
export interface UnitFactsRow {
  youthUnionPresent: boolean | null;
  tradeUnionPresent: boolean | null;
  underGrassroots: boolean;
}

/** {@link UnitFactsRow} of each of `cellIds`, by cell, in one query; an unknown cell has nothing recorded. */
export async function unitFactsOf(
  db: Kysely<Database>,
  cellIds: readonly string[],
): Promise<Map<string, UnitFactsRow>> {
  const rows =
    cellIds.length === 0
      ? []
      : await db
          .selectFrom('org_unit as c')
          .leftJoin('org_unit as p', 'p.id', 'c.parent_id')
          .select(['c.id', 'c.youth_union_present', 'c.trade_union_present', 'p.level as parent_level'])
          .where('c.id', 'in', cellIds)
          .execute();
  const flag = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v) === 1);
  const found = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    cellIds.map((id) => {
      const cell = found.get(id);
      return [
        id,
        {
          youthUnionPresent: flag(cell?.youth_union_present),
          tradeUnionPresent: flag(cell?.trade_union_present),
          underGrassroots: cell?.parent_level === 'grassroots',
        },
      ];
    }),
  );
}

/** The whole form catalogue, in each regime's order. */
export async function formCatalogue(db: Kysely<Database>): Promise<FormEntry[]> {
  const rows = await db
    .selectFrom('form_catalogue')
    .selectAll()
    .orderBy('regime')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    regime: r.regime,
    inForceFrom: r.in_force_from,
    document: r.document,
    formCode: r.form_code,
    title: { vi: r.title_vi, en: r.title_en },
    stage: r.stage,
    requiredWhen: r.required_when,
    satisfiedBy: r.satisfied_by,
  }));
}

/** The cells at or under `orgId` (a cell, a grassroots organisation, a commune) that exist on `asOf`, by name. */
export async function cellsUnder(
  db: Kysely<Database>,
  orgId: string,
  asOf: IsoDate,
): Promise<{ id: string; name: string }[]> {
  const ids = [orgId, ...(await orgDescendants(db, orgId))];
  return db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .where('level', '=', 'cell')
    .where((eb) => activeOn(eb, 'valid_from', 'valid_to', asOf))
    .orderBy('id')
    .execute();
}
