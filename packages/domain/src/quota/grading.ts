/**
 * The grading words for how far a unit reached its admission target. Q-05 (366-QĐ/TW Art. 11) grades on a score
 * out of 100; Q-06 says no national rule turns admissions into that score, so the mapping is the commune's setting.
 * The defaults read Q-05's bands onto the share of the target reached: "Hoàn thành tốt" needs 100 % of the task,
 * "Hoàn thành xuất sắc" also exceeding it (taken as ≥ 130 %, Q-05's "≥ 30 % exceeding"), "Hoàn thành" Q-05's floor
 * of 50, below that "Không hoàn thành". Confidence L (Q-06): the commune confirms or changes the thresholds.
 */
import type { Bilingual } from '../calendar/index.js';
import { percentOfTarget } from './unit-progress.js';

/** The four grades of Q-05, best first. */
export type Grade = 'EXCELLENT' | 'GOOD' | 'COMPLETE' | 'NOT_COMPLETE';

/** The lowest percent of the target (whole percent, rounded down) that earns each grade; `>=` reaches it. */
export interface GradingThresholds {
  excellent: number;
  good: number;
  complete: number;
}

/** The defaults described above; a commune's settings replace them. */
export const defaultGradingThresholds: GradingThresholds = { excellent: 130, good: 100, complete: 50 };

/** The grading words as the Party's documents write them (rules.md glossary). */
export const GRADE_LABELS: Record<Grade, Bilingual> = {
  EXCELLENT: { vi: 'Hoàn thành xuất sắc', en: 'Completed excellently' },
  GOOD: { vi: 'Hoàn thành tốt', en: 'Completed well' },
  COMPLETE: { vi: 'Hoàn thành', en: 'Completed' },
  NOT_COMPLETE: { vi: 'Không hoàn thành', en: 'Not completed' },
};

/**
 * True when thresholds are usable: whole numbers with `excellent >= good >= complete >= 0`.
 */
export function validThresholds(t: GradingThresholds): boolean {
  return (
    [t.excellent, t.good, t.complete].every((n) => Number.isInteger(n) && n >= 0) &&
    t.excellent >= t.good &&
    t.good >= t.complete
  );
}

/**
 * The grade for `admitted` against `target`: the percent of {@link percentOfTarget} (rounded down; a target of 0
 * counts as 100 %) compared with `>=` to each threshold, best first. Null when there is no target (nothing to grade).
 */
export function gradeOf(
  admitted: number,
  target: number | null,
  thresholds: GradingThresholds = defaultGradingThresholds,
): Grade | null {
  const percent = percentOfTarget({ admitted, target });
  if (percent === null) return null;
  if (percent >= thresholds.excellent) return 'EXCELLENT';
  if (percent >= thresholds.good) return 'GOOD';
  if (percent >= thresholds.complete) return 'COMPLETE';
  return 'NOT_COMPLETE';
}
