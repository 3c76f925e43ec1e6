import {
  candidatesWithHistory,
  memberCountsByCell,
  rebuildBoardSnapshot,
  saveCommuneSettings,
  setAdmissionTarget,
  targetHistory,
} from '@ketnap/db';
import {
  checkSplit,
  checkSubTargets,
  communeSettingsSchema,
  forecastFacts,
  isIsoDate,
  isOpenCandidate,
  proposeSplit,
  targetPlanSchema,
} from '@ketnap/domain';
import { z } from 'zod';
import { loadCommuneYear } from '../commune-year.js';
import { toTRPCError } from '../errors.js';
import { decideProcedure, readProcedure, router } from '../trpc.js';

const communeYear = z.object({
  commune: z.string().min(1).max(100),
  year: z.int().min(1930).max(2200),
  asOf: z.string().refine(isIsoDate, { error: 'asOf phải là ngày có thật dạng YYYY-MM-DD' }).optional(),
});

/** Targets (chỉ tiêu): read with warnings, history and proposals; set (commune administrators only). */
export const targetsRouter = router({
  /**
   * The plan of a year as it stands on `asOf` (default today): commune and cell targets with sub-targets, the
   * warnings of the split, every change in the year, and two proposed splits (by members, by open
   * candidates; floor 1).
   */
  get: readProcedure('communeSlug')
    .input(communeYear)
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? ctx.today();
      const loaded = await loadCommuneYear(ctx.db, input.commune, input.year, asOf);
      if (!loaded.ok) throw toTRPCError(loaded.error);
      const { commune, rows, settings, cellIds, targetOf } = loaded;
      const [history, members, candidates] = await Promise.all([
        targetHistory(ctx.db, [commune.id, ...cellIds], input.year),
        memberCountsByCell(ctx.db, cellIds, asOf),
        candidatesWithHistory(ctx.db, cellIds),
      ]);
      const open = candidates.map((h) => forecastFacts(h, h.events, asOf)).filter(isOpenCandidate);
      const communeTarget = targetOf.get(commune.id) ?? null;
      const cells = rows.cells.map((c) => ({
        cellId: c.id,
        name: c.name,
        kind: c.kind,
        members:
          (members.find((m) => m.cellId === c.id)?.official ?? 0) +
          (members.find((m) => m.cellId === c.id)?.probationary ?? 0),
        openCandidates: open.filter((o) => o.cellId === c.id).length,
        target: targetOf.get(c.id) ?? null,
      }));
      const total = communeTarget?.total ?? 0;
      return {
        commune: {
          id: commune.id,
          slug: commune.slug ?? commune.id,
          name: commune.name,
          target: communeTarget,
        },
        year: input.year,
        asOf,
        cells,
        warnings: [
          ...checkSplit(
            communeTarget?.total ?? null,
            cells.map((c) => ({ cellId: c.cellId, name: c.name, target: c.target?.total ?? null })),
            settings.split,
          ),
          ...checkSubTargets(communeTarget?.total ?? null, communeTarget?.subTargets ?? {}).map((w) => ({
            code: 'QUOTA.SUB_TARGET_ABOVE_TARGET' as const,
            message: w.message,
          })),
        ],
        history,
        proposals: {
          byMembers: proposeSplit(
            total,
            cells.map((c) => ({ cellId: c.cellId, weight: c.members })),
            settings.split.everyCellAtLeastOne ? 1 : 0,
          ),
          byCandidates: proposeSplit(
            total,
            cells.map((c) => ({ cellId: c.cellId, weight: c.openCandidates })),
            settings.split.everyCellAtLeastOne ? 1 : 0,
          ),
        },
        settings,
      };
    }),

  /**
   * Saves a year's plan in one transaction: a new row for each target that changed (history kept, 0001), the audit
   * entry, and the public board's snapshot. Warnings are returned, never a refusal: the split is the commune's call.
   */
  set: decideProcedure('communeSlug')
    .input(z.object({ commune: z.string().min(1).max(100), plan: targetPlanSchema }))
    .mutation(async ({ ctx, input }) => {
      const { plan } = input;
      const loaded = await loadCommuneYear(ctx.db, input.commune, plan.year, plan.setOn);
      if (!loaded.ok) throw toTRPCError(loaded.error);
      const { commune, cellIds, targetOf, settings, rows } = loaded;
      const unknown = plan.cells.find((c) => !cellIds.includes(c.cellId));
      if (unknown)
        throw toTRPCError({
          code: 'REQUEST.INVALID',
          message: {
            vi: `Chi bộ "${unknown.cellId}" không thuộc ${commune.name} vào ngày ${plan.setOn}.`,
            en: `Cell "${unknown.cellId}" is not in ${commune.name} on ${plan.setOn}.`,
          },
        });
      const now = ctx.now();
      const stamp = now.toISOString();
      const changed: {
        orgId: string;
        total: number;
        subTargets: Record<string, number>;
        assignedBy: string | null;
      }[] = [];
      const same = (orgId: string, total: number, sub: Record<string, number>) => {
        const t = targetOf.get(orgId);
        return (
          t !== undefined &&
          t.total === total &&
          JSON.stringify(t.subTargets) === JSON.stringify(sub) &&
          t.resolutionRef === plan.commune.resolutionRef
        );
      };
      if (!same(commune.id, plan.commune.total, plan.commune.subTargets))
        changed.push({
          orgId: commune.id,
          total: plan.commune.total,
          subTargets: plan.commune.subTargets,
          assignedBy: plan.commune.assignedBy,
        });
      for (const c of plan.cells)
        if (!same(c.cellId, c.total, c.subTargets))
          changed.push({
            orgId: c.cellId,
            total: c.total,
            subTargets: c.subTargets,
            assignedBy: commune.name,
          });
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
      const cellTarget = new Map(plan.cells.map((c) => [c.cellId, c.total]));
      return {
        changed: changed.length,
        warnings: checkSplit(
          plan.commune.total,
          rows.cells.map((c) => ({
            cellId: c.id,
            name: c.name,
            target: cellTarget.get(c.id) ?? targetOf.get(c.id)?.total ?? null,
          })),
          settings.split,
        ),
      };
    }),

  /** Saves the commune's settings (split policy, grading thresholds, forecast, public suppression) and rebuilds. */
  setSettings: decideProcedure('communeSlug')
    .input(
      z.object({
        commune: z.string().min(1).max(100),
        year: z.int().min(1930).max(2200),
        settings: communeSettingsSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const loaded = await loadCommuneYear(ctx.db, input.commune, input.year, ctx.today());
      if (!loaded.ok) throw toTRPCError(loaded.error);
      const at = ctx.now().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        await saveCommuneSettings(trx, loaded.commune.id, input.settings, at);
        await ctx.audit(trx, {
          action: 'targets.settings',
          targetType: 'commune',
          targetId: loaded.commune.id,
          orgId: loaded.commune.id,
          payload: { fields: Object.keys(input.settings) },
        });
        await rebuildBoardSnapshot(trx, loaded.commune.id, input.year, { today: ctx.today(), at });
      });
      return input.settings;
    }),
});
