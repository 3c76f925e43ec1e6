import { admittedPeople } from '@ketnap/db';
import { compareVi, type IsoDate } from '@ketnap/domain';
import { communeProgress, reportDay } from '../commune-year.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * Results against target per cell for a year on `asOf` (`reports.results`, default today, never past 31 December):
 * the progress figures plus the women admitted, per cell and in all, cells in Vietnamese order.
 */
export async function reportResults(
  ctx: CallerContext,
  input: { commune: string; year: number; asOf?: IsoDate },
) {
  const asOf = reportDay(input.year, input.asOf ?? ctx.today());
  const result = await communeProgress(ctx.db, { ...input, asOf });
  if (!result.ok) throw toTRPCError(result.error);
  const people = await admittedPeople(
    ctx.db,
    result.value.cells.map((c) => c.id),
    input.year,
    asOf,
  );
  const women = (cellId?: string) =>
    people.filter((p) => p.gender === 'F' && (cellId === undefined || p.cellId === cellId)).length;
  const { commune: c, cells, checkpoints, grading } = result.value;
  return {
    commune: { ...c, women: women() },
    year: input.year,
    asOf,
    cells: [...cells]
      .sort((a, b) => compareVi(a.name, b.name))
      .map((cell) => ({ ...cell, women: women(cell.id) })),
    checkpoints,
    grading,
  };
}
