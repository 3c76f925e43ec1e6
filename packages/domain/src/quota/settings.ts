/**
 * A commune's own settings for targets, grading, forecasts, the public board and the retention of closed dossiers:
 * local policy, each with a documented default (docs/targets-and-forecast.md, docs/privacy.md). The
 * same zod schema checks them in the console and on the server.
 */
import { z } from 'zod';
import { defaultForecastSettings } from '../forecast/stage-model.js';
import { DEFAULT_RETENTION_MONTHS } from '../privacy/retention.js';
import { defaultGradingThresholds, validThresholds } from './grading.js';
import { defaultSplitPolicy } from './split.js';

const percent = z.int({ error: 'Cần một số nguyên (phần trăm).' }).min(0).max(1000);

/** The settings schema; every field has its default, so `{}` is a valid commune setting. */
export const communeSettingsSchema = z.object({
  split: z.object({ everyCellAtLeastOne: z.boolean() }).default(defaultSplitPolicy),
  grading: z
    .object({ excellent: percent, good: percent, complete: percent })
    .refine(validThresholds, { error: 'Ngưỡng phải giảm dần: xuất sắc ≥ tốt ≥ hoàn thành ≥ 0.' })
    .default(defaultGradingThresholds),
  /**
   * The forecast's prior weight (stage-model.ts), in candidates' worth of history. Settings saved before the
   * calibrated forecast (`stallDays`, `minCases`, `fallback`) still parse: those keys are dropped.
   */
  forecast: z
    .object({ priorWeight: z.number().min(0).max(100).default(defaultForecastSettings.priorWeight) })
    .default(defaultForecastSettings),
  /** Composition groups below this size are not published on the public board (default 3). */
  publicMinCount: z.int().min(1).max(100).default(3),
  /**
   * Months a rejected or withdrawn candidate's dossier is kept before it may be erased (docs/privacy.md): at least
   * 12, so a decision can still be inspected or a complaint answered in its first year; default 60.
   */
  retentionMonths: z
    .int({ error: 'Thời hạn lưu trữ là một số nguyên (tháng).' })
    .min(12, { error: 'Thời hạn lưu trữ ít nhất 12 tháng.' })
    .max(600, { error: 'Thời hạn lưu trữ tối đa 600 tháng.' })
    .default(DEFAULT_RETENTION_MONTHS),
  /** Months between two reviews of a cell's source list by its committee (docs/source-pool.md): local policy, monthly by default. */
  sourceReviewMonths: z
    .int({ error: 'Chu kỳ rà soát nguồn là một số nguyên (tháng).' })
    .min(1, { error: 'Chu kỳ rà soát nguồn ít nhất 1 tháng.' })
    .max(12, { error: 'Chu kỳ rà soát nguồn tối đa 12 tháng.' })
    .default(1),
});

export type CommuneSettings = z.output<typeof communeSettingsSchema>;

/** The settings stored as JSON text, or the defaults when none (or unreadable ones) are stored. */
export function parseCommuneSettings(json: string | null | undefined): CommuneSettings {
  if (json) {
    try {
      const parsed = communeSettingsSchema.safeParse(JSON.parse(json));
      if (parsed.success) return parsed.data;
    } catch {
      // Unreadable JSON falls back to the defaults below, like a commune that never saved settings.
    }
  }
  return communeSettingsSchema.parse({});
}
