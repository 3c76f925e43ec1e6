import { candidatesWithHistory, memberCountsByCell, targetHistory } from '@ketnap/db';
import {
  checkSplit,
  checkSubTargets,
  forecastFacts,
  type IsoDate,
  isOpenCandidate,
  proposeSplit,
} from '@ketnap/domain';
import { loadCommuneYear } from '../commune-year.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * The plan of a year as it stands on `asOf` (default today), `targets.get`: commune and cell targets with
 * sub-targets, the warnings of the split, every change in the year, and two proposed splits (by members, by
 * open candidates; floor 1). `latest` is each unit's newest saved target, also one set on a day after `asOf` (a plan
 * issued ahead): the form edits what was saved last, where `target` is what is in force on `asOf`.
 */
export async function readTargets(
  ctx: CallerContext,
  input: { commune: string; year: number; asOf?: IsoDate },
) {
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
  // The history is oldest first: the last row of a unit is its newest saved target.
  const latestOf = new Map(history.map((t) => [t.orgId, t]));
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
    latest: latestOf.get(c.id) ?? null,
  }));
  const total = communeTarget?.total ?? 0;
  return {
    commune: {
      id: commune.id,
      slug: commune.slug ?? commune.id,
      name: commune.name,
      target: communeTarget,
      latest: latestOf.get(commune.id) ?? null,
    },
    year: input.year,
    asOf,
    cells,
    warnings: [
      ...checkSplit(
        communeTarget?.total ?? null,
        cells.map((c) => ({
          cellId: c.cellId,
          name: c.name,
          target: c.target?.total ?? null,
          sourceTarget: c.target?.sourceTotal ?? null,
        })),
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
}
