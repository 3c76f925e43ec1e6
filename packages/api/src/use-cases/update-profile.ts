import { saveCandidate, writeCandidateSensitive } from '@ketnap/db';
import { sensitiveFieldNames, type updateProfileInput } from '@ketnap/domain';
import type { z } from 'zod';
import { candidateNotFound, loadCandidateFile, loadSensitive, staleCandidate } from '../candidate-file.js';
import type { CallerContext } from '../context.js';

/**
 * Changes fields of the person record (`candidates.updateProfile`) against the version the editor loaded, in one
 * transaction: the basic profile merged, the sensitive fields given written and those named removed, the version
 * bumped, audited with the field names only. A stale version changes nothing (CONFLICT).
 */
export async function updateProfile(ctx: CallerContext, input: z.output<typeof updateProfileInput>) {
  return ctx.db.transaction().execute(async (trx) => {
    const file = await loadCandidateFile(trx, input.candidateId, 'change');
    if (!file) throw candidateNotFound();
    if (Number(file.row.version) !== input.version) throw staleCandidate();
    const at = ctx.now().toISOString();
    const profile = input.profile ? { ...file.profile, ...input.profile } : undefined;
    const saved = await saveCandidate(trx, {
      id: file.row.id,
      expectedVersion: input.version,
      profile: profile && JSON.stringify(profile),
    });
    if (!saved) throw staleCandidate();
    const removed = input.removeSensitive ?? [];
    const sensitiveFields = [
      ...new Set([...(input.sensitive ? sensitiveFieldNames(input.sensitive) : []), ...removed]),
    ];
    if (sensitiveFields.length > 0) {
      const record: Record<string, unknown> = {
        ...(await loadSensitive(trx, file.row.id)),
        ...input.sensitive,
      };
      for (const key of removed) delete record[key];
      await writeCandidateSensitive(trx, file.row.id, record, at);
    }
    await ctx.audit(trx, {
      action: 'candidate.update-profile',
      targetType: 'candidate',
      targetId: file.row.id,
      orgId: file.row.cell_id,
      payload: { fields: [...Object.keys(input.profile ?? {}), ...sensitiveFields] },
    });
    return { version: input.version + 1 };
  });
}
