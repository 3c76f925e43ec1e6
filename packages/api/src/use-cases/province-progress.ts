import { communeProgressRows, communesOf, orgPath, targetsInForce } from '@ketnap/db';
import { type IsoDate, percentOfTarget, rollUp, rollUpCommune } from '@ketnap/domain';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * A province's year on `asOf` (`progress.province`, default today): each commune's totals and the province's
 * (admissions add up; targets are each unit's own). A unit that is not a province is NOT_FOUND.
 */
export async function provinceProgress(
  ctx: CallerContext,
  input: { orgId: string; year: number; asOf?: IsoDate },
) {
  const asOf = input.asOf ?? ctx.today();
  const province = await orgPath(ctx.db, input.orgId);
  if (province?.level !== 'province')
    throw toTRPCError({
      code: 'ACCESS.NOT_FOUND',
      message: { vi: 'Không tìm thấy tỉnh này.', en: 'No such province.' },
    });
  const communes = await Promise.all(
    (await communesOf(ctx.db, input.orgId)).map(async (c) => {
      const rows = await communeProgressRows(ctx.db, c.id, input.year, asOf);
      const t = rollUpCommune(rows.cells, rows.communeTarget);
      return {
        slug: c.slug ?? c.id,
        name: c.name,
        members: t.members,
        target: t.target,
        admitted: t.admitted,
        percent: percentOfTarget(t),
      };
    }),
  );
  const [own] = await targetsInForce(ctx.db, [input.orgId], input.year, asOf);
  const totals = rollUp(communes, own?.total ?? null);
  return {
    province: { id: input.orgId, ...totals, percent: percentOfTarget(totals) },
    year: input.year,
    asOf,
    communes,
  };
}
