import {
  auditEntriesAbout,
  candidateById,
  candidateHistories,
  type DbClient,
  memberOfCandidate,
  orgDescendants,
  orgNames,
  readCandidateSensitive,
} from '@ketnap/db';
import {
  basicProfileSchema,
  erasedRefusal,
  type IsoDate,
  type PersonalDataExport,
  personalDataExport,
  sensitiveProfileSchema,
} from '@ketnap/domain';
import { candidateNotFound } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/** The forms an export is downloaded in; the audit entry names which. */
export const EXPORT_FORMATS = ['json', 'html'] as const;

/**
 * A person's data export (`privacy.export`): the document ({@link loadPersonalData}), written to the audit log as
 * `privacy.export` with the format and the names of the sensitive fields it included before it is answered.
 */
export async function exportPersonalData(
  ctx: CallerContext,
  input: { candidateId: string; format: (typeof EXPORT_FORMATS)[number] },
): Promise<PersonalDataExport> {
  const { document, cellId } = await loadPersonalData(ctx.db, {
    candidateId: input.candidateId,
    communeId: ctx.units[0]?.communeId ?? '',
    at: ctx.now().toISOString(),
    today: ctx.today(),
  });
  await ctx.auditAttempt({
    action: 'privacy.export',
    targetType: 'candidate',
    targetId: input.candidateId,
    orgId: cellId,
    payload: {
      format: input.format,
      fields: document.sensitive.map((f) => f.key),
      events: document.events.length,
    },
  });
  return document;
}

/**
 * Everything held about one candidate as the export document (docs/privacy.md, "The export"): the row, the parsed
 * profile and sensitive record, the history with its data, the member row once admitted, and the audit entries
 * whose target is the candidate or that member. `communeId` is the candidate's commune (from the access check).
 * An erased dossier is refused: nothing about the person is left to give.
 */
async function loadPersonalData(
  db: DbClient,
  params: { candidateId: string; communeId: string; at: string; today: IsoDate },
): Promise<{ document: PersonalDataExport; cellId: string }> {
  const row = await candidateById(db, params.candidateId);
  if (!row) throw candidateNotFound();
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
