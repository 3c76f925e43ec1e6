import { listCandidates as candidatesMatching, cellsUnder } from '@ketnap/db';
import {
  type candidateListInput,
  compareVi,
  finalStages,
  memberStages,
  vietnamCalendar,
} from '@ketnap/domain';
import type { z } from 'zod';
import type { CallerContext } from '../context.js';

/** Rows per page of the candidate list. */
export const PAGE_SIZE = 50;

/**
 * The candidates of a commune or a cell (`candidates.list`), filtered by cell, stage, a window on the next deadline
 * (in working days from today, overdue included) and a diacritic-insensitive name search; closed cases only when
 * asked for (or a stage named); sorted in Vietnamese order; {@link PAGE_SIZE} a page. `members` counts those of the
 * matches who are already Party members (probationary or official), so a count of "quần chúng" leaves them out.
 */
export async function listCandidates(ctx: CallerContext, input: z.output<typeof candidateListInput>) {
  const today = ctx.today();
  const cells = await cellsUnder(ctx.db, input.orgId, today);
  const names = new Map(cells.map((c) => [c.id, c.name]));
  const cellIds = input.cellId
    ? cells.filter((c) => c.id === input.cellId).map((c) => c.id)
    : [...names.keys()];
  const rows = await candidatesMatching(ctx.db, {
    cellIds,
    stage: input.stage,
    excludeStages: input.includeClosed || input.stage ? [] : finalStages,
    dueOnOrBefore:
      input.dueWithinWorkingDays === undefined
        ? undefined
        : vietnamCalendar.addWorkingDays(today, input.dueWithinWorkingDays),
    search: input.search,
  });
  rows.sort((a, b) => compareVi(a.fullName, b.fullName) || (a.id < b.id ? -1 : 1));
  const start = (input.page - 1) * PAGE_SIZE;
  return {
    total: rows.length,
    members: rows.filter((r) => memberStages.some((s) => s === r.stage)).length,
    page: input.page,
    pageSize: PAGE_SIZE,
    rows: rows.slice(start, start + PAGE_SIZE).map((r) => ({
      id: r.id,
      fullName: r.fullName,
      cellId: r.cellId,
      cellName: names.get(r.cellId) ?? '',
      stage: r.stage,
      stageSince: r.stageSince,
      nextDue: r.nextDue,
      nextDueRule: r.nextDueRule,
      workingDaysLeft: r.nextDue ? vietnamCalendar.countWorkingDays(today, r.nextDue) : null,
      version: r.version,
    })),
  };
}
