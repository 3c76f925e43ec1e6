/**
 * Progress against admission targets (chỉ tiêu kết nạp). Admissions are counted by the date written in the
 * admission decision (the date party seniority runs from, L-06), within the calendar year, up to the day asked.
 */
import { rollUp } from './quota/roll-up.js';

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

/** A cell's figures for a roll-up. */
export interface CellFigures extends UnitProgress {
  official: number;
  probationary: number;
}

/** Commune totals from its cells: members (official + probationary), admissions, and the commune's own target. */
export interface CommuneTotals extends UnitProgress {
  members: number;
  official: number;
  probationary: number;
  cells: number;
  /** Sum of the cells' targets; the commune's own target may differ (it may keep a reserve, Q-03). */
  cellTargetSum: number;
}

/**
 * Rolls cells up to the commune. The commune's admitted count is the sum over its cells; its target is the one
 * the level above gave it (`communeTarget`), not the sum of the split.
 */
export function rollUpCommune(cells: readonly CellFigures[], communeTarget: number | null): CommuneTotals {
  const totals = rollUp(
    cells.map((c) => ({ ...c, members: c.official + c.probationary })),
    communeTarget,
  );
  const official = cells.reduce((sum, c) => sum + c.official, 0);
  return {
    members: totals.members,
    official,
    probationary: totals.members - official,
    cells: totals.parts,
    admitted: totals.admitted,
    target: communeTarget,
    cellTargetSum: totals.partTargetSum,
  };
}
