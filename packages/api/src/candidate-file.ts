import { randomUUID } from 'node:crypto';
import {
  appendCandidateEvent,
  type CandidateRow,
  candidateById,
  candidateHistories,
  type DbClient,
  type DbTransaction,
  insertCandidate,
  memberOfficialDates,
  readCandidateSensitive,
  unitFacts,
  writeCandidateSensitive,
} from '@ketnap/db';
import {
  type BasicProfile,
  basicProfileSchema,
  type createCandidateInput,
  erasedRefusal,
  eventFromStored,
  type IsoDate,
  type MemberFacts,
  type PersonFacts,
  type PipelineEvent,
  pipelineSummary,
  type RecordedBy,
  type SensitiveProfile,
  sensitiveFieldNames,
  sensitiveProfileSchema,
  storedData,
  type TransitionContext,
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

/**
 * Loads a candidate and its history (undefined when unknown). An erased dossier (docs/privacy.md) has no history to
 * judge or extend, its steps keeping only their kinds and days: it is refused (PRIVACY.ERASED), in the words of
 * `use`, a read or a change (a step, an edit).
 */
export async function loadCandidateFile(
  db: DbClient,
  candidateId: string,
  use: 'read' | 'change' = 'read',
): Promise<CandidateFile | undefined> {
  const row = await candidateById(db, candidateId);
  if (!row) return undefined;
  if (row.erased_on !== null) throw toTRPCError(erasedRefusal(row.erased_on, use));
  const stored = (await candidateHistories(db, [candidateId])).get(candidateId) ?? [];
  return {
    row,
    profile: basicProfileSchema.parse(JSON.parse(row.profile)),
    history: stored.map(eventFromStored),
    eventIds: stored.map((e) => e.id),
    recordedAt: stored.map((e) => e.recordedAt),
  };
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

/**
 * Everything the rules need besides the history: the person's facts (the sensitive record is read for
 * `formerMember` only, inside the server; it is never returned by this path), the named members' official dates,
 * and the unit's unions.
 */
export async function ruleFacts(
  db: DbClient,
  file: CandidateFile,
  extra: readonly PipelineEvent[] = [],
): Promise<{
  candidate: PersonFacts;
  members: Map<string, MemberFacts>;
  unit: UnitFacts;
  underGrassroots: boolean;
}> {
  const [sensitive, members, unit] = await Promise.all([
    loadSensitive(db, file.row.id),
    memberOfficialDates(db, namedMembers([...file.history, ...extra])),
    unitFacts(db, file.row.cell_id),
  ]);
  return {
    candidate: {
      birthDate: file.row.birth_date,
      profile: file.profile,
      sensitive: { formerMember: sensitive.formerMember },
    },
    members: new Map([...members].map(([id, m]) => [id, { officialOn: m.officialOn }])),
    unit: { youthUnionPresent: unit.youthUnionPresent, tradeUnionPresent: unit.tradeUnionPresent },
    underGrassroots: unit.underGrassroots,
  };
}

/** The transition context of a step recorded on `asOf` by `recordedBy`. */
export async function transitionContext(
  db: DbClient,
  file: CandidateFile,
  event: PipelineEvent,
  asOf: IsoDate,
  recordedBy: RecordedBy,
): Promise<TransitionContext> {
  const facts = await ruleFacts(db, file, [event]);
  return { candidate: facts.candidate, members: facts.members, unit: facts.unit, asOf, recordedBy };
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
