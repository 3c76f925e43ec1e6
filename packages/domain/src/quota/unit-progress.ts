/**
 * Progress against admission targets (chỉ tiêu kết nạp). Admissions are counted by the date written in the
 * admission decision (the date party seniority runs from, L-06), within the calendar year, up to the day asked.
 */

/** One unit's figures: its target (null when none was set) and the admissions counted so far. */
export interface UnitProgress {
  target: number | null;
  admitted: number;
}

/**
 * Share of the target reached, as a whole percent rounded down (so 99.9 % is not shown as done). Null when there
 * is no target; a target of 0 counts as met (100) whatever was admitted, since nothing was asked.
 */
export function percentOfTarget(progress: UnitProgress): number | null {
  if (progress.target === null) return null;
  if (progress.target <= 0) return 100;
  return Math.floor((progress.admitted * 100) / progress.target);
}
