import {
  candidateById,
  communeSettings,
  type DbTransaction,
  eraseCandidate,
  readCandidateSensitive,
} from '@ketnap/db';
import {
  basicProfileSchema,
  erasedPerson,
  erasureRefusal,
  type IsoDate,
  sensitiveFieldNames,
  sensitiveProfileSchema,
} from '@ketnap/domain';
import { candidateNotFound, staleCandidate } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * Erases a rejected or withdrawn candidate's dossier (`privacy.erase`) in one transaction, once the commune's
 * retention period has run (domain: `erasureRefusal`): the person's columns replaced (`erasedPerson`), the sensitive
 * record deleted, every step's data emptied, the row marked and its version bumped, and the audit entry
 * `privacy.erase`. A refusal (too early, wrong stage, already erased, stale version) throws and writes nothing.
 */
export function eraseDossier(
  ctx: CallerContext,
  input: { candidateId: string; version: number },
): Promise<{ version: number; erasedOn: IsoDate }> {
  const communeId = ctx.units[0]?.communeId ?? '';
  const today = ctx.today();
  return ctx.db.transaction().execute((trx) => erase(trx, ctx, { ...input, communeId, today }));
}

/** The erasure inside `trx`, `communeId` the candidate's commune (from the access check). */
async function erase(
  trx: DbTransaction,
  ctx: CallerContext,
  params: { candidateId: string; version: number; communeId: string; today: IsoDate },
): Promise<{ version: number; erasedOn: IsoDate }> {
  const row = await candidateById(trx, params.candidateId);
  if (!row) throw candidateNotFound();
  const settings = await communeSettings(trx, params.communeId);
  const refusal = erasureRefusal(
    { stage: row.stage, stageSince: row.stage_since, erasedOn: row.erased_on },
    params.today,
    settings.retentionMonths,
  );
  if (refusal) throw toTRPCError({ code: refusal.code, message: refusal.message });
  if (Number(row.version) !== params.version) throw staleCandidate();
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
  if (!result.erased) throw staleCandidate();
  await ctx.audit(trx, {
    action: 'privacy.erase',
    targetType: 'candidate',
    targetId: row.id,
    orgId: row.cell_id,
    payload: { fields: [...basicFields, ...sensitiveFields], events: result.events },
  });
  return { version: params.version + 1, erasedOn: params.today };
}
