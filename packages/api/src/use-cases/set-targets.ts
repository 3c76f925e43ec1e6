import { rebuildBoardSnapshot, setAdmissionTarget } from '@ketnap/db';
import { cellOutsideCommune, checkSplit, planChanges, type TargetPlan } from '@ketnap/domain';
import { loadCommuneYear } from '../commune-year.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * Saves a year's plan (`targets.set`) in one transaction: a new row for each target that changed (the domain's
 * `planChanges`; history kept, 0001), the audit entry, and the public board's snapshot. A cell the commune does not
 * have on the plan's day is refused (REQUEST.INVALID); the split's warnings are returned, never a refusal: the
 * split is the commune's call.
 */
export async function setTargets(ctx: CallerContext, input: { commune: string; plan: TargetPlan }) {
  const { plan } = input;
  const loaded = await loadCommuneYear(ctx.db, input.commune, plan.year, plan.setOn);
  if (!loaded.ok) throw toTRPCError(loaded.error);
  const { commune, cellIds, targetOf, settings, rows } = loaded;
  const unknown = cellOutsideCommune(plan, cellIds);
  if (unknown)
    throw toTRPCError({
      code: 'REQUEST.INVALID',
      message: {
        vi: `Chi bộ "${unknown}" không thuộc ${commune.name} vào ngày ${plan.setOn}.`,
        en: `Cell "${unknown}" is not in ${commune.name} on ${plan.setOn}.`,
      },
    });
  const now = ctx.now();
  const stamp = now.toISOString();
  const changed = planChanges(plan, targetOf, commune);
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, c] of changed.entries()) {
      await setAdmissionTarget(trx, {
        id: `tg-${now.getTime().toString(36)}-${i}-${Math.random().toString(36).slice(2, 8)}`,
        org_id: c.orgId,
        year: plan.year,
        total: c.total,
        resolution_ref: plan.commune.resolutionRef,
        set_on: plan.setOn,
        sub_targets: Object.keys(c.subTargets).length > 0 ? JSON.stringify(c.subTargets) : null,
        assigned_by: c.assignedBy,
        source_total: c.sourceTotal,
      });
    }
    if (changed.length > 0) {
      await ctx.audit(trx, {
        action: 'targets.set',
        targetType: 'commune',
        targetId: commune.id,
        orgId: commune.id,
        payload: { year: plan.year, units: changed.map((c) => c.orgId) },
      });
      await rebuildBoardSnapshot(trx, commune.id, plan.year, { today: ctx.today(), at: stamp });
    }
  });
  const cellTarget = new Map(plan.cells.map((c) => [c.cellId, c]));
  return {
    changed: changed.length,
    warnings: checkSplit(
      plan.commune.total,
      rows.cells.map((c) => ({
        cellId: c.id,
        name: c.name,
        target: cellTarget.get(c.id)?.total ?? targetOf.get(c.id)?.total ?? null,
        sourceTarget: cellTarget.get(c.id)?.sourceTotal ?? targetOf.get(c.id)?.sourceTotal ?? null,
      })),
      settings.split,
    ),
  };
}
