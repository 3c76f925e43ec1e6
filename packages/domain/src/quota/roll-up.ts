/**
 * Roll-ups: a commune's figures from its cells, a province's from its communes. Admissions and members add up from
 * below; the target is the unit's own (given by the level above), and the sum of the parts' targets is reported
 * beside it, never in its place.
 */
import type { UnitProgress } from './unit-progress.js';

/** What a part contributes to a roll-up. */
export interface PartFigures extends UnitProgress {
  members: number;
}

/** A unit's totals from its parts. */
export interface UnitTotals extends UnitProgress {
  members: number;
  parts: number;
  /** Sum of the parts' targets (a part without a target adds 0). */
  partTargetSum: number;
  /** Parts that have no target (null). */
  partsWithoutTarget: number;
}

/** Adds up `parts` under a unit whose own target is `ownTarget` (null when none was set). */
export function rollUp(parts: readonly PartFigures[], ownTarget: number | null): UnitTotals {
  let members = 0;
  let admitted = 0;
  let partTargetSum = 0;
  let partsWithoutTarget = 0;
  for (const p of parts) {
    members += p.members;
    admitted += p.admitted;
    if (p.target === null) partsWithoutTarget++;
    else partTargetSum += p.target;
  }
  return { members, admitted, target: ownTarget, parts: parts.length, partTargetSum, partsWithoutTarget };
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
