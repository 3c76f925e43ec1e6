import { cellsUnder, membersOn } from '@ketnap/db';
import type { CallerContext } from '../context.js';
import { membersView } from './candidate-views.js';

/** The members of a commune or a cell today (`pipeline.members`): official or probationary, with dates. */
export async function listMembers(ctx: CallerContext, orgId: string) {
  const today = ctx.today();
  const cells = await cellsUnder(ctx.db, orgId, today);
  return membersView(
    await membersOn(
      ctx.db,
      cells.map((c) => c.id),
      today,
    ),
    today,
  );
}
