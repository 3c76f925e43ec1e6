import { candidateRef, personalDataExportSchema } from '@ketnap/domain';
import { z } from 'zod';
import { eraseDossier, loadPersonalData } from '../personal-data.js';
import { decideProcedure, router } from '../trpc.js';

/** The forms an export is downloaded in; the audit entry names which. */
export const EXPORT_FORMATS = ['json', 'html'] as const;

/**
 * The data subject's rights (Law 91/2025/QH15, Decree 356/2025/NĐ-CP; docs/privacy.md), served by the commune's
 * party office: commune administrators only (`decide` over the candidate's cell).
 */
export const privacyRouter = router({
  /**
   * Everything held about one candidate (the export document, JSON). Written to the audit log as `privacy.export`
   * with the format and the names of the sensitive fields it included, before the document is answered. An erased
   * dossier is refused (PRIVACY.ERASED).
   */
  export: decideProcedure('candidate')
    .input(candidateRef.extend({ format: z.enum(EXPORT_FORMATS).default('json') }))
    .output(personalDataExportSchema)
    .query(async ({ ctx, input }) => {
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
    }),

  /**
   * Erases a rejected or withdrawn candidate's dossier once the commune's retention period (`retentionMonths`) has
   * run since the stage began, in one transaction with its audit entry `privacy.erase`. Refusals are business
   * errors in Vietnamese: too early (naming the first day allowed), wrong stage, already erased, stale version.
   */
  erase: decideProcedure('candidate')
    .input(candidateRef.extend({ version: z.int().min(1) }))
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute((trx) =>
        eraseDossier(trx, {
          candidateId: input.candidateId,
          version: input.version,
          communeId: ctx.units[0]?.communeId ?? '',
          today: ctx.today(),
          audit: ctx.audit,
        }),
      ),
    ),
});
