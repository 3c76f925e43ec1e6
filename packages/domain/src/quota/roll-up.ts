/**
 * Roll-ups above the commune: a province's figures from its communes. The same rule as {@link rollUpCommune}:
 * admissions and members add up from below; the target is the unit's own (given by the level above), and the sum of
 * the parts' targets is reported beside it, never in its place.
 */
import type { UnitProgress } from '../progress.js';

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
