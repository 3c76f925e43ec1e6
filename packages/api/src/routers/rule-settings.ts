import { ruleSettingsSchema } from '@ketnap/domain';
import { z } from 'zod';
import { decideProcedure, readProcedure, router } from '../trpc.js';
import { readRuleSettings, setRuleSettings } from '../use-cases/rule-settings.js';

const unitId = z.string({ error: 'Cần chọn một đơn vị.' }).min(1, { error: 'Cần chọn một đơn vị.' }).max(64);

/** The commune's rule settings (issue 11): read by everyone of the commune, changed by its office only. */
export const ruleSettingsRouter = router({
  /** The settings of the commune of `orgId` (the commune or a cell of it), with defaults and who changed them. */
  get: readProcedure('org')
    .input(z.object({ orgId: unitId }))
    .query(({ ctx }) => readRuleSettings(ctx)),

  /** Changes some settings of the commune (audited, old → new), in one transaction; answers as `get`. */
  set: decideProcedure('commune')
    .input(z.object({ communeId: unitId, settings: ruleSettingsSchema }))
    .mutation(({ ctx, input }) => setRuleSettings(ctx, input)),
});
