import { ruleSettingsOfCells, verificationsOf } from '@ketnap/db';
import { defaultSettings } from '@ketnap/domain';
import { candidateNotFound, loadCandidateFile } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { verificationsView } from './verification-view.js';

/**
 * A candidate's verification requests (`verifications.list`) with their deadlines and the vote's V-02/V-05 checks.
 * The relatives' names are sensitive: the read is audited first (the fields, never the values).
 */
export async function listVerifications(ctx: CallerContext, candidateId: string) {
  const file = await loadCandidateFile(ctx.db, candidateId);
  if (!file) throw candidateNotFound();
  const [rows, settings] = await Promise.all([
    verificationsOf(ctx.db, candidateId),
    ruleSettingsOfCells(ctx.db, [file.row.cell_id]),
  ]);
  await ctx.auditRead({
    targetType: 'candidate',
    targetId: candidateId,
    orgId: file.row.cell_id,
    fields: rows.length > 0 ? ['verification.personName', 'verification.organisation'] : [],
  });
  const { verificationResponseWorkingDays } = settings.get(file.row.cell_id) ?? defaultSettings;
  return verificationsView(rows, verificationResponseWorkingDays, ctx.today());
}
