import {
  type CandidateRow,
  candidateById,
  candidateHistories,
  type DbClient,
  memberOfficialDates,
  readCandidateSensitive,
  unitFacts,
} from '@ketnap/db';
import {
  type BasicProfile,
  basicProfileSchema,
  eventFromStored,
  type IsoDate,
  type MemberFacts,
  type PersonFacts,
  type PipelineEvent,
  type RecordedBy,
  type SensitiveProfile,
  sensitiveProfileSchema,
  type TransitionContext,
  type UnitFacts,
} from '@ketnap/domain';

/** One candidate as the pipeline procedures work on it: the row, the parsed profile and the history. */
export interface CandidateFile {
  row: CandidateRow;
  profile: BasicProfile;
  history: PipelineEvent[];
  /** Ids of the stored events, in the order of `history`. */
  eventIds: string[];
  recordedAt: string[];
}

/** Loads a candidate and its history (undefined when unknown). */
export async function loadCandidateFile(
  db: DbClient,
  candidateId: string,
): Promise<CandidateFile | undefined> {
  const row = await candidateById(db, candidateId);
  if (!row) return undefined;
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
function namedMembers(history: readonly PipelineEvent[]): string[] {
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
