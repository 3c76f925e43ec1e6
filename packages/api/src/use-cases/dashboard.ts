import { cellsUnder, communeProgressRows, listCandidates } from '@ketnap/db';
import {
  caseAlerts,
  compareVi,
  dashboardDueBy,
  dashboardProgress,
  evaluateCase,
  finalStages,
  percentOfTarget,
  toCase,
  vietnamCalendar,
  withoutSensitiveRules,
} from '@ketnap/domain';
import { loadCandidateFiles, ruleFactsOf } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { seesSensitive } from './read-candidate.js';

/**
 * The dashboard of a commune or a cell on today (`pipeline.dashboard`): the deadlines due within the coming working
 * week, the overdue ones, the candidates a blocking rule stops before the decision (the domain's `caseAlerts`), and
 * progress against the year's target. The open candidates' files and rule facts are loaded in batches (a handful of
 * statements however many there are), then each case is judged. What depends on a sensitive field (re-admission)
 * is left out for a reader who may not see those fields.
 */
export async function dashboard(ctx: CallerContext, orgId: string) {
  const today = ctx.today();
  const dueBy = dashboardDueBy(today, vietnamCalendar);
  const cells = await cellsUnder(ctx.db, orgId, today);
  const open = await listCandidates(ctx.db, { cellIds: cells.map((c) => c.id), excludeStages: finalStages });
  const files = new Map(
    (
      await loadCandidateFiles(
        ctx.db,
        open.map((r) => r.id),
      )
    ).map((f) => [f.row.id, f]),
  );
  const facts = await ruleFactsOf(ctx.db, [...files.values()]);
  const sees = seesSensitive(ctx);
  const dueThisWeek = [];
  const overdue = [];
  const blocked = [];
  for (const row of open) {
    const file = files.get(row.id);
    const f = facts.get(row.id);
    if (!file || !f) continue;
    const answer = evaluateCase(toCase(f.candidate, file.history, f.members, f.unit, today), {
      settings: f.settings,
    });
    const alerts = caseAlerts(
      sees
        ? answer
        : {
            checks: withoutSensitiveRules(answer.checks),
            deadlines: withoutSensitiveRules(answer.deadlines),
          },
      row.stage,
      today,
      dueBy,
      vietnamCalendar,
    );
    const who = { candidateId: row.id, fullName: row.fullName, cellId: row.cellId, stage: row.stage };
    for (const d of alerts.dueThisWeek) dueThisWeek.push({ ...who, ...d });
    for (const d of alerts.overdue) overdue.push({ ...who, ...d });
    if (alerts.blocking.length > 0) blocked.push({ ...who, rules: alerts.blocking });
  }
  const byDue = (a: { due: string; fullName: string }, b: { due: string; fullName: string }) =>
    a.due.localeCompare(b.due) || compareVi(a.fullName, b.fullName);
  const unit = ctx.units[0];
  const year = Number(today.slice(0, 4));
  let progress: { year: number; target: number | null; admitted: number; percent: number | null } | null =
    null;
  if (unit?.communeId) {
    const rows = await communeProgressRows(ctx.db, unit.communeId, year, today);
    const totals = dashboardProgress(
      unit.level,
      rows.cells,
      rows.communeTarget,
      cells.map((c) => c.id),
    );
    progress = { year, target: totals.target, admitted: totals.admitted, percent: percentOfTarget(totals) };
  }
  return {
    today,
    dueBy,
    dueThisWeek: dueThisWeek.sort(byDue),
    overdue: overdue.sort(byDue),
    blocked: blocked.sort((a, b) => compareVi(a.fullName, b.fullName)),
    progress,
  };
}
