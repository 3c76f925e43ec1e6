import { cellsUnder, membersOn } from '@ketnap/db';
import { matchesSearch, type memberListInput } from '@ketnap/domain';
import type { z } from 'zod';
import type { CallerContext } from '../context.js';
import { membersView } from './candidate-views.js';

/** Rows per page of the members screen: a commune has some 300 members, too many for one page on a phone. */
export const MEMBERS_PAGE_SIZE = 50;

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

/**
 * One page of them (`pipeline.memberPage`, the members screen): the names matching the search (diacritics ignored,
 * "dong" finds "Đông"), in Vietnamese order, {@link MEMBERS_PAGE_SIZE} a page, with the count that match (`total`)
 * and the unit's count (`unitTotal`). A page past the last answers no rows. The search runs here rather than in SQL:
 * diacritic-free matching is the domain's (`matchesSearch`), and a unit's members are a few hundred rows.
 */
export async function listMemberPage(ctx: CallerContext, input: z.output<typeof memberListInput>) {
  const members = await listMembers(ctx, input.orgId);
  const search = input.search;
  const matching = search ? members.filter((m) => matchesSearch(m.fullName, search)) : members;
  const start = (input.page - 1) * MEMBERS_PAGE_SIZE;
  return {
    total: matching.length,
    unitTotal: members.length,
    page: input.page,
    pageSize: MEMBERS_PAGE_SIZE,
    rows: matching.slice(start, start + MEMBERS_PAGE_SIZE),
  };
}
