import {
  communeSettingsSchema,
  communeSlug,
  communeYearInput,
  planYear,
  targetPlanSchema,
} from '@ketnap/domain';
import { z } from 'zod';
import { decideProcedure, readProcedure, router } from '../trpc.js';
import { readTargets } from '../use-cases/read-targets.js';
import { setSettings } from '../use-cases/set-settings.js';
import { setTargets } from '../use-cases/set-targets.js';

/** Targets (chỉ tiêu): read with warnings, history and proposals; set (commune administrators only). */
export const targetsRouter = router({
  /**
   * The plan of a year as it stands on `asOf` (default today): commune and cell targets with sub-targets, the
   * warnings of the split, every change in the year, and two proposed splits (by members, by open
   * candidates; floor 1).
   */
  get: readProcedure('communeSlug')
    .input(communeYearInput)
    .query(({ ctx, input }) => readTargets(ctx, input)),

  /**
   * Saves a year's plan in one transaction: a new row for each target that changed (history kept, 0001), the audit
   * entry, and the public board's snapshot. Warnings are returned, never a refusal: the split is the commune's call.
   */
  set: decideProcedure('communeSlug')
    .input(z.object({ commune: communeSlug, plan: targetPlanSchema }))
    .mutation(({ ctx, input }) => setTargets(ctx, input)),

  /** Saves the commune's settings (split policy, grading thresholds, forecast, public suppression) and rebuilds. */
  setSettings: decideProcedure('communeSlug')
    .input(
      z.object({
        commune: communeSlug,
        year: planYear,
        settings: communeSettingsSchema,
      }),
    )
    .mutation(({ ctx, input }) => setSettings(ctx, input)),
});
