/**
 * What saving a year's plan changes: the targets that differ from those in force (history is kept, so only a
 * changed target gets a new row), and a plan naming a cell the commune does not have on the day it is set.
 */
import type { TargetPlan } from './plan-schema.js';

/** A target as it stands, as far as a plan can change it. */
export interface TargetStanding {
  total: number;
  subTargets: Record<string, number>;
  resolutionRef: string | null;
  /** The source target (introduce N to the awareness class); null = none. */
  sourceTotal: number | null;
}

/** A target a plan sets anew. */
export interface TargetChange {
  orgId: string;
  total: number;
  subTargets: Record<string, number>;
  /** The source target beside it (cells only; null for the commune's own). */
  sourceTotal: number | null;
  /** Who assigned it: the level above for the commune's own target, the commune for a cell's. */
  assignedBy: string | null;
}

/**
 * The targets of `plan` that differ from `inForce` (by total, sub-targets or the plan's resolution): the commune's
 * own first, then its cells' in the plan's order. A target not in force yet is a change.
 */
export function planChanges(
  plan: TargetPlan,
  inForce: ReadonlyMap<string, TargetStanding>,
  commune: { id: string; name: string },
): TargetChange[] {
  const same = (
    orgId: string,
    total: number,
    subTargets: Record<string, number>,
    sourceTotal: number | null,
  ) => {
    const t = inForce.get(orgId);
    return (
      t !== undefined &&
      t.total === total &&
      t.sourceTotal === sourceTotal &&
      JSON.stringify(t.subTargets) === JSON.stringify(subTargets) &&
      t.resolutionRef === plan.commune.resolutionRef
    );
  };
  const changes: TargetChange[] = [];
  if (!same(commune.id, plan.commune.total, plan.commune.subTargets, null))
    changes.push({
      orgId: commune.id,
      total: plan.commune.total,
      subTargets: plan.commune.subTargets,
      sourceTotal: null,
      assignedBy: plan.commune.assignedBy,
    });
  for (const c of plan.cells)
    if (!same(c.cellId, c.total, c.subTargets, c.sourceTotal))
      changes.push({
        orgId: c.cellId,
        total: c.total,
        subTargets: c.subTargets,
        sourceTotal: c.sourceTotal,
        assignedBy: commune.name,
      });
  return changes;
}

/** The first cell `plan` names that is not among `cellIds` (the commune's cells on the day it is set), if any. */
export function cellOutsideCommune(plan: TargetPlan, cellIds: readonly string[]): string | undefined {
  return plan.cells.find((c) => !cellIds.includes(c.cellId))?.cellId;
}
