/**
 * The form of a year's plan as the office saves it: the commune's target from the level above (with its resolution)
 * and the split across cells with optional sub-targets. The same zod schema validates it in the console and on the
 * server; Vietnamese messages.
 */
import { z } from 'zod';
import { isoDay, planYear, recordId } from '../inputs/common-inputs.js';
import { SUB_TARGET_KEYS } from './sub-targets.js';

const whole = z
  .int({ error: 'Chỉ tiêu phải là số nguyên.' })
  .min(0, { error: 'Chỉ tiêu không được âm.' })
  .max(10_000, { error: 'Chỉ tiêu quá lớn.' });

/** Optional sub-targets: any of the Q-03 keys, each a whole number ≥ 0. */
export const subTargetsSchema = z.partialRecord(z.enum(SUB_TARGET_KEYS), whole);

/**
 * A yearly plan: commune target and the cells' targets; `setOn` is the resolution's date (history is by it). Each cell
 * has two: "admit at least `total`" and "introduce `sourceTotal` to the awareness class" (null = no source target).
 */
export const targetPlanSchema = z.object({
  year: planYear,
  setOn: isoDay,
  commune: z.object({
    total: whole,
    resolutionRef: z.string().trim().max(200, { error: 'Số nghị quyết tối đa 200 ký tự.' }).nullable(),
    assignedBy: z.string().trim().max(200, { error: 'Tối đa 200 ký tự.' }).nullable(),
    subTargets: subTargetsSchema.default({}),
  }),
  cells: z
    .array(
      z.object({
        cellId: recordId,
        total: whole,
        sourceTotal: whole.nullable().default(null),
        subTargets: subTargetsSchema.default({}),
      }),
    )
    .max(500)
    .refine((cells) => new Set(cells.map((c) => c.cellId)).size === cells.length, {
      error: 'Mỗi chi bộ chỉ được giao một chỉ tiêu.',
    }),
});

export type TargetPlan = z.output<typeof targetPlanSchema>;
