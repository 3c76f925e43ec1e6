import { randomUUID } from 'node:crypto';
import {
  appendCandidateEvent,
  type CandidateRow,
  candidateById,
  candidateHistories,
  candidatesByIds,
  type DbClient,
  type DbTransaction,
  insertCandidate,
  memberOfficialDates,
  readCandidateSensitive,
  readCandidateSensitives,
  ruleSettingsOfCells,
  type StoredEvent,
  unitFactsOf,
  writeCandidateSensitive,
} from '@ketnap/db';
import {
  type BasicProfile,
  basicProfileSchema,
  type createCandidateInput,
  defaultSettings,
  erasedRefusal,
  eventFromStored,
  type MemberFacts,
  type PersonFacts,
  type PipelineEvent,
  pipelineSummary,
  type RuleSettings,
  type SensitiveProfile,
  sensitiveFieldNames,
  sensitiveProfileSchema,
  storedData,
  type UnitFacts,
} from '@ketnap/domain';
import type { z } from 'zod';
import { toTRPCError } from './errors.js';

/** One candidate as the pipeline procedures work on it: the row, the parsed profile and the history. */
export interface CandidateFile {
  row: CandidateRow;
  profile: BasicProfile;
  history: PipelineEvent[];
  /** Ids of the stored events, in the order of `history`. */
  eventIds: string[];
  recordedAt: string[];
}

/** An unknown candidate (or one whose unit the access check could not resolve). */
export const candidateNotFound = () =>
  toTRPCError({
    code: 'ACCESS.NOT_FOUND',
    message: { vi: 'Không tìm thấy quần chúng này.', en: 'No such candidate.' },
  });

/** A change made against a version of the file someone else has moved on from: nothing is written. */
export const staleCandidate = () =>
  toTRPCError({
    code: 'PIPELINE.STALE',
    message: {
      vi: 'Hồ sơ đã được người khác cập nhật, vui lòng tải lại.',
      en: 'Someone else has updated this record; please reload.',
    },
  });

/** Ids per statement in a batch load: far below SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 500;

/** `load` over `ids` in slices of {@link BATCH}, the results joined: a province's candidates stay a few queries. */
async function inBatches<T>(ids: readonly string[], load: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += BATCH) out.push(...(await load(ids.slice(i, i + BATCH))));
  return out;
}

/**
 * Refuses an erased dossier (docs/privacy.md): it has no history to judge or extend, its steps keeping only their
 * kinds and days (PRIVACY.ERASED, in the words of `use`, a read or a change: a step, an edit).
 */
function refuseErased(row: CandidateRow, use: 'read' | 'change'): void {
  if (row.erased_on !== null) throw toTRPCError(erasedRefusal(row.erased_on, use));
}

/** A file from its row and its stored history (the row not erased: the caller has refused an erased one). */
export function fileOf(row: CandidateRow, stored: readonly StoredEvent[]): CandidateFile {
  return {
    row,
    profile: basicProfileSchema.parse(JSON.parse(row.profile)),
    history: stored.map(eventFromStored),
    eventIds: stored.map((e) => e.id),
    recordedAt: stored.map((e) => e.recordedAt),
  };
}

/**
 * Loads a candidate and its history (undefined when unknown), in two statements. An erased dossier is refused
 * (PRIVACY.ERASED) before its history is read.
 */
export async function loadCandidateFile(
  db: DbClient,
  candidateId: string,
  use: 'read' | 'change' = 'read',
): Promise<CandidateFile | undefined> {
  const row = await candidateById(db, candidateId);
  if (!row) return undefined;
  refuseErased(row, use);
  return fileOf(row, (await candidateHistories(db, [candidateId])).get(candidateId) ?? []);
}

/**
 * The files of many candidates (the dashboard's open ones), in id order, every history read in one statement per
 * {@link BATCH} candidates instead of two statements per candidate. Unknown ids are absent; an erased dossier is
 * refused.
 */
export async function loadCandidateFiles(db: DbClient, ids: readonly string[]): Promise<CandidateFile[]> {
  const rows = await inBatches(ids, (slice) => candidatesByIds(db, slice));
  for (const row of rows) refuseErased(row, 'read');
  const histories = new Map(
    await inBatches(
      rows.map((r) => r.id),
      async (slice) => [...(await candidateHistories(db, slice))],
    ),
  );
  return rows.map((row) => fileOf(row, histories.get(row.id) ?? []));
}

/** The stored sensitive record, parsed (empty when none). Only for audited reads and the server's own rule checks. */
export async function loadSensitive(db: DbClient, candidateId: string): Promise<SensitiveProfile> {
  return sensitiveProfileSchema.parse((await readCandidateSensitive(db, candidateId)) ?? {});
}

/** The ids of the members a history names (helpers and introducers). */
export function namedMembers(history: readonly PipelineEvent[]): string[] {
  const ids = new Set<string>();
  for (const e of history) {
    if (e.kind === 'helper-assigned') ids.add(e.memberId);
    if (e.kind === 'introduction' && e.introducer.kind === 'member') ids.add(e.introducer.memberId);
  }
  return [...ids];
}

/** The full names of the members `history` names (helpers, introducers), by id: one statement. */
export async function namedMemberNames(
  db: DbClient,
  history: readonly PipelineEvent[],
): Promise<Map<string, string>> {
  const members = await memberOfficialDates(db, namedMembers(history));
  return new Map([...members].map(([id, m]) => [id, m.fullName]));
}

/** Everything the rules need of a candidate besides the history. */
export interface RuleFacts {
  candidate: PersonFacts;
  members: Map<string, MemberFacts>;
  /** The full names of the members the history names (the timeline shows them to a reader who may see names). */
  memberNames: Map<string, string>;
  unit: UnitFacts;
  underGrassroots: boolean;
  /** The rule settings of the candidate's commune (issue 11): every evaluation of the candidate reads them. */
  settings: RuleSettings;
}

/**
 * Everything the rules need besides the history: the person's facts (the sensitive record is read for
 * `formerMember` only, inside the server; it is never returned by this path), the named members' official dates
 * (also those `extra` events name: the step being recorded), the unit's unions, and its commune's rule settings.
 * Five statements.
 */
export async function ruleFacts(
  db: DbClient,
  file: CandidateFile,
  extra: readonly PipelineEvent[] = [],
): Promise<RuleFacts> {
  const facts = await ruleFactsOf(db, [file], extra);
  const own = facts.get(file.row.id);
  if (!own) throw new Error(`rule facts of ${file.row.id} were not loaded`);
  return own;
}

/**
 * {@link ruleFacts} of many files at once, by candidate: every sensitive record, every named member, every cell's
 * unions and its commune's rule settings in one statement each (two for the settings) (per {@link BATCH}), whatever the number of files.
 */
export async function ruleFactsOf(
  db: DbClient,
  files: readonly CandidateFile[],
  extra: readonly PipelineEvent[] = [],
): Promise<Map<string, RuleFacts>> {
  const ids = files.map((f) => f.row.id);
  const memberIds = namedMembers([...files.flatMap((f) => f.history), ...extra]);
  const cellIds = [...new Set(files.map((f) => f.row.cell_id))];
  const [sensitive, members, units, settings] = await Promise.all([
    inBatches(ids, async (slice) => [...(await readCandidateSensitives(db, slice))]),
    inBatches(memberIds, async (slice) => [...(await memberOfficialDates(db, slice))]),
    inBatches(cellIds, async (slice) => [...(await unitFactsOf(db, slice))]),
    inBatches(cellIds, async (slice) => [...(await ruleSettingsOfCells(db, slice))]),
  ]);
  const sensitiveOf = new Map(sensitive);
  const unitOf = new Map(units);
  const settingsOf = new Map(settings);
  const officialOn = new Map(members.map(([id, m]) => [id, { officialOn: m.officialOn }]));
  const fullName = new Map(members.map(([id, m]) => [id, m.fullName]));
  return new Map(
    files.map((file) => {
      const record = sensitiveProfileSchema.parse(sensitiveOf.get(file.row.id) ?? {});
      const unit = unitOf.get(file.row.cell_id);
      const named = new Set(namedMembers([...file.history, ...extra]));
      return [
        file.row.id,
        {
          candidate: {
            birthDate: file.row.birth_date,
            profile: file.profile,
            sensitive: { formerMember: record.formerMember },
          },
          members: new Map([...officialOn].filter(([id]) => named.has(id))),
          memberNames: new Map([...fullName].filter(([id]) => named.has(id))),
          unit: {
            youthUnionPresent: unit?.youthUnionPresent ?? null,
            tradeUnionPresent: unit?.tradeUnionPresent ?? null,
          },
          underGrassroots: unit?.underGrassroots ?? false,
          settings: settingsOf.get(file.row.cell_id) ?? defaultSettings,
        },
      ];
    }),
  );
}

/**
 * Adds a person to a cell's pool inside `trx`: the candidate row with its stage cache, the `entered-pool` event and
 * the sensitive record (when any field is given). The caller writes the audit entry in the same transaction
 * (`candidates.create`, the Excel import). Answers the new ids and the sensitive field names written.
 */
export async function addToPool(
  trx: DbTransaction,
  input: z.output<typeof createCandidateInput>,
  at: string,
): Promise<{ id: string; eventId: string; fields: string[] }> {
  const id = `qc-${randomUUID()}`;
  const event = { kind: 'entered-pool' as const, on: input.enteredPoolOn };
  const summary = pipelineSummary([event]);
  await insertCandidate(trx, {
    id,
    cell_id: input.cellId,
    full_name: input.fullName,
    gender: input.gender,
    birth_date: input.birthDate,
    entered_pool_on: input.enteredPoolOn,
    version: 1,
    profile: JSON.stringify(input.profile),
    stage: summary.stage,
    stage_since: summary.stageSince,
    next_due: summary.nextDue?.due ?? null,
    next_due_rule: summary.nextDue?.rule ?? null,
  });
  const eventId = `ev-${randomUUID()}`;
  await appendCandidateEvent(trx, {
    id: eventId,
    candidateId: id,
    kind: event.kind,
    occurredOn: event.on,
    data: storedData(event),
    recordedAt: at,
  });
  const fields = sensitiveFieldNames(input.sensitive);
  if (fields.length > 0) await writeCandidateSensitive(trx, id, input.sensitive, at);
  return { id, eventId, fields };
}
