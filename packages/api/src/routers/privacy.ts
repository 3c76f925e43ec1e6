import { candidateRef, personalDataExportSchema } from '@ketnap/domain';
import { z } from 'zod';
import { decideProcedure, router } from '../trpc.js';
import { eraseDossier } from '../use-cases/erase-dossier.js';
import { EXPORT_FORMATS, exportPersonalData } from '../use-cases/export-personal-data.js';

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
    .query(({ ctx, input }) => exportPersonalData(ctx, input)),

  /**
   * Erases a rejected or withdrawn candidate's dossier once the commune's retention period (`retentionMonths`) has
   * run since the stage began, in one transaction with its audit entry `privacy.erase`. Refusals are business
   * errors in Vietnamese: too early (naming the first day allowed), wrong stage, already erased, stale version.
   */
  erase: decideProcedure('candidate')
    .input(candidateRef.extend({ version: z.int().min(1) }))
    .mutation(({ ctx, input }) => eraseDossier(ctx, input)),
});
