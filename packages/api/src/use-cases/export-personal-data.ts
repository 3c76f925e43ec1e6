import {
  auditEntriesAbout,
  candidateById,
  candidateHistories,
  communeSettings,
  type DbClient,
  type DbTransaction,
  eraseCandidate,
  memberOfCandidate,
  orgDescendants,
  orgNames,
  readCandidateSensitive,
} from '@ketnap/db';
import {
  basicProfileSchema,
  erasedPerson,
  erasedRefusal,
  erasureRefusal,
  type IsoDate,
  type PersonalDataExport,
  personalDataExport,
  sensitiveFieldNames,
  sensitiveProfileSchema,
} from '@ketnap/domain';
import type { AuditInput } from './context.js';
import { toTRPCError } from './errors.js';
import { stale } from './routers/candidates.js';

const notFound = () =>
  toTRPCError({
    code: 'ACCESS.NOT_FOUND',
    message: { vi: 'Không tìm thấy quần chúng này.', en: 'No such candidate.' },
  });

/**
 * Everything held about one candidate as the export document (docs/privacy.md, "The export"): the row, the parsed
 * profile and sensitive record, the history with its data, the member row once admitted, and the audit entries
 * whose target is the candidate or that member. `communeId` is the candidate's commune (from the access check).
 * An erased dossier is refused: nothing about the person is left to give.
 */
export async function loadPersonalData(
  db: DbClient,
  params: { candidateId: string; communeId: string; at: string; today: IsoDate },
): Promise<{ document: PersonalDataExport; cellId: string }> {
  const row = await candidateById(db, params.candidateId);
  if (!row) throw notFound();
  if (row.erased_on !== null) throw toTRPCError(erasedRefusal(row.erased_on, 'export'));
  const [history, sensitive, names, communeCells] = await Promise.all([
    candidateHistories(db, [row.id]),
    readCandidateSensitive(db, row.id),
    orgNames(db, [row.cell_id, params.communeId]),
    orgDescendants(db, params.communeId),
  ]);
  const member = row.admitted_on
    ? await memberOfCandidate(db, {
        cellIds: communeCells,
        fullName: row.full_name,
        birthDate: row.birth_date,
        admittedOn: row.admitted_on,
      })
    : undefined;
  const audit = await auditEntriesAbout(db, [
    { type: 'candidate', id: row.id },
    ...(member ? [{ type: 'member', id: member.id }] : []),
  ]);
  const document = personalDataExport({
    generatedAt: params.at,
    generatedOn: params.today,
    commune: { id: params.communeId, name: names.get(params.communeId) ?? params.communeId },
    cell: { id: row.cell_id, name: names.get(row.cell_id) ?? row.cell_id },
    candidate: {
      id: row.id,
      fullName: row.full_name,
      gender: row.gender,
      birthDate: row.birth_date,
      enteredPoolOn: row.entered_pool_on,
      stage: row.stage,
      stageSince: row.stage_since,
      admittedOn: row.admitted_on,
    },
    // The stored record as it is: an export must not drop what a stricter schema would refuse.
    profile: basicProfileSchema.catch({}).parse(JSON.parse(row.profile)),
    sensitive: sensitiveProfileSchema.catch({}).parse(sensitive ?? {}),
    events: (history.get(row.id) ?? []).map((e) => ({
      id: e.id,
      seq: e.seq,
      kind: e.kind,
      occurredOn: e.occurredOn,
      data: e.data,
      recordedAt: e.recordedAt,
    })),
    member: member ?? null,
    audit,
  });
  return { document, cellId: row.cell_id };
}

/**
 * Erases a rejected or withdrawn candidate's dossier inside `trx`, once the commune's retention period has run
 * (domain: `erasureRefusal`): the person's columns replaced (`erasedPerson`), the sensitive record deleted, every
 * step's data emptied, the row marked and its version bumped, and the audit entry written by `audit` in the same
 * transaction. A refusal (too early, wrong stage, already erased, stale version) throws and writes nothing.
 */
export async function eraseDossier(
  trx: DbTransaction,
  params: {
    candidateId: string;
    version: number;
    communeId: string;
    today: IsoDate;
    audit: (trx: DbTransaction, entry: AuditInput) => Promise<unknown>;
  },
): Promise<{ version: number; erasedOn: IsoDate }> {
  const row = await candidateById(trx, params.candidateId);
  if (!row) throw notFound();
  const settings = await communeSettings(trx, params.communeId);
  const refusal = erasureRefusal(
    { stage: row.stage, stageSince: row.stage_since, erasedOn: row.erased_on },
    params.today,
    settings.retentionMonths,
  );
  if (refusal) throw toTRPCError({ code: refusal.code, message: refusal.message });
  if (Number(row.version) !== params.version) throw stale();
  const basicFields = Object.keys(basicProfileSchema.catch({}).parse(JSON.parse(row.profile)));
  const sensitiveFields = sensitiveFieldNames(
    sensitiveProfileSchema.catch({}).parse((await readCandidateSensitive(trx, row.id)) ?? {}),
  );
  const result = await eraseCandidate(trx, {
    id: row.id,
    expectedVersion: params.version,
    erasedOn: params.today,
    person: erasedPerson(row.birth_date),
  });
  if (!result.erased) throw stale();
  await params.audit(trx, {
    action: 'privacy.erase',
    targetType: 'candidate',
    targetId: row.id,
    orgId: row.cell_id,
    payload: { fields: [...basicFields, ...sensitiveFields], events: result.events },
  });
  return { version: params.version + 1, erasedOn: params.today };
}
