import { randomUUID } from 'node:crypto';
import {
  appendCandidateEvent,
  cellsUnder,
  communeProgressRows,
  formCatalogue,
  listCandidates,
  membersOn,
  rebuildBoardSnapshotForCell,
  saveCandidate,
} from '@ketnap/db';
import {
  compareVi,
  countDown,
  evaluateCase,
  finalStages,
  memberIntroducerStanding,
  orgRef,
  type PipelineEvent,
  percentOfTarget,
  pipelineState,
  pipelineSummary,
  recordStepInput,
  rollUpCommune,
  ruleSetOn,
  stagesBeforeDecision,
  storedData,
  toCase,
  transition,
  vietnamCalendar,
  withoutSensitiveRules,
} from '@ketnap/domain';
import { grants, maySeeSensitive } from '../access.js';
import { loadCandidateFile, namedMembers, ruleFacts } from '../candidate-file.js';
import { toTRPCError } from '../errors.js';
import { authedProcedure, readProcedure, requireScopes, router, writeProcedure } from '../trpc.js';
import { stale } from './candidates.js';

/** Together periods the history states for a member (helper assignment, introduction letter). */
function togetherOf(history: readonly PipelineEvent[], memberId: string) {
  return history.flatMap((e) =>
    e.kind === 'helper-assigned' && e.memberId === memberId
      ? e.together
      : e.kind === 'introduction' && e.introducer.kind === 'member' && e.introducer.memberId === memberId
        ? e.introducer.together
        : [],
  );
}

/** The pipeline: recording steps, the dashboard, the members registry and the form catalogue. */
export const pipelineRouter = router({
  /**
   * Records one step, in one transaction: validate → load → ask the domain (rules at the step's date) → append the
   * event, rebuild the cached stage, audit → answer. A refused step answers the rule ids and messages and writes
   * only an audit entry of the attempt; a stale `version` is refused (CONFLICT) and writes nothing.
   */
  record: writeProcedure('candidate')
    .input(recordStepInput)
    .mutation(async ({ ctx, input }) => {
      const unit = ctx.units[0];
      if (!unit)
        throw toTRPCError({
          code: 'ACCESS.NOT_FOUND',
          message: { vi: 'Không tìm thấy quần chúng này.', en: 'No such candidate.' },
        });
      const recordedBy = grants(ctx.session.roles, 'decide', unit) ? 'commune' : 'cell';
      // The members the step cites (helper, introducer) must exist and be within the caller's reach, like the
      // candidate: otherwise a secretary could cite another province's member and borrow their standing.
      await requireScopes(
        ctx,
        ctx.session,
        'write',
        namedMembers([input.event]).map((id) => ({ kind: 'member' as const, id })),
        'pipeline.record',
      );
      const today = ctx.today();
      const at = ctx.now().toISOString();
      return ctx.db.transaction().execute(async (trx) => {
        const file = await loadCandidateFile(trx, input.candidateId, 'change');
        if (!file)
          throw toTRPCError({
            code: 'ACCESS.NOT_FOUND',
            message: { vi: 'Không tìm thấy quần chúng này.', en: 'No such candidate.' },
          });
        if (Number(file.row.version) !== input.version) throw stale();
        const facts = await ruleFacts(trx, file, [input.event]);
        const result = transition(pipelineState(file.history), input.event, {
          candidate: facts.candidate,
          members: facts.members,
          unit: facts.unit,
          asOf: today,
          recordedBy,
        });
        const audit = { targetType: 'candidate', targetId: file.row.id, orgId: file.row.cell_id };
        if (!result.ok) {
          await ctx.audit(trx, {
            ...audit,
            action: 'candidate.step-refused',
            payload: { kind: input.event.kind, rules: result.reasons.map((r) => r.rule) },
          });
          return {
            ok: false as const,
            code: 'PIPELINE.STEP_REFUSED' as const,
            message: {
              vi: 'Bước này chưa được phép theo quy định.',
              en: 'The rules do not allow this step.',
            },
            reasons: result.reasons.map((r) => ({
              rule: r.rule,
              step: r.step,
              citation: r.citation,
              message: r.message,
            })),
          };
        }
        const summary = pipelineSummary(result.state.history);
        const eventId = `ev-${randomUUID()}`;
        if (
          !(await saveCandidate(trx, {
            id: file.row.id,
            expectedVersion: input.version,
            cache: {
              stage: summary.stage,
              stageSince: summary.stageSince,
              nextDue: summary.nextDue?.due ?? null,
              nextDueRule: summary.nextDue?.rule ?? null,
            },
          }))
        )
          throw stale();
        await appendCandidateEvent(trx, {
          id: eventId,
          candidateId: file.row.id,
          kind: input.event.kind,
          occurredOn: input.event.on,
          data: storedData(input.event),
          recordedAt: at,
        });
        // The public board reads snapshots: a decision (admitted) or a ceremony (members) rebuilds the year's, here.
        if (input.event.kind === 'admission-decision' || input.event.kind === 'ceremony')
          await rebuildBoardSnapshotForCell(trx, file.row.cell_id, Number(input.event.on.slice(0, 4)), {
            today,
            at,
          });
        await ctx.audit(trx, {
          ...audit,
          action: `candidate.${input.event.kind}`,
          payload: { eventId, recordedBy },
        });
        return {
          ok: true as const,
          version: input.version + 1,
          stage: summary.stage,
          warnings: result.warnings.map((w) => ({
            rule: w.rule,
            step: w.step,
            citation: w.citation,
            message: w.message,
          })),
        };
      });
    }),

  /**
   * The dashboard of a commune or a cell on today: deadlines due within the coming working week (today to the 5th
   * working day after it, so a Thursday still sees Monday's and Tuesday's), overdue ones,
   * candidates a blocking rule stops (before the decision), and progress against the year's target.
   */
  dashboard: readProcedure('org')
    .input(orgRef)
    .query(async ({ ctx, input }) => {
      const today = ctx.today();
      const dueBy = vietnamCalendar.addWorkingDays(today, 5);
      const cells = await cellsUnder(ctx.db, input.orgId, today);
      const open = await listCandidates(ctx.db, {
        cellIds: cells.map((c) => c.id),
        excludeStages: finalStages,
      });
      const dueThisWeek = [];
      const overdue = [];
      const blocked = [];
      // What depends on a sensitive field (re-admission) is left out for a reader who may not see those fields.
      const sees = maySeeSensitive(ctx.session.roles, ctx.units);
      const visible = <T extends { rule: string }>(items: T[]) =>
        sees ? items : withoutSensitiveRules(items);
      for (const row of open) {
        const file = await loadCandidateFile(ctx.db, row.id);
        if (!file) continue;
        const facts = await ruleFacts(ctx.db, file);
        const answer = evaluateCase(toCase(facts.candidate, file.history, facts.members, facts.unit, today));
        const who = { candidateId: row.id, fullName: row.fullName, cellId: row.cellId, stage: row.stage };
        for (const d of countDown(visible(answer.deadlines), today, vietnamCalendar)) {
          if (d.due === null) continue;
          const row = {
            ...who,
            rule: d.rule,
            step: d.step,
            due: d.due,
            workingDaysLeft: d.workingDaysLeft,
            calendarBasis: d.calendarBasis,
            unannouncedYears: d.unannouncedYears,
          };
          if (d.status === 'open' && d.due <= dueBy) dueThisWeek.push(row);
          if (d.status === 'overdue') overdue.push(row);
        }
        // Before the decision: what the cell vote and the decision need (not the later steps' order or lateness),
        // failed, or shown already and still to be cured before the vote (an expired certificate: `blocksVote`).
        const failing = visible(answer.checks).filter(
          (c) =>
            (c.step === 'cell-vote' || c.step === 'decision') &&
            (c.status === 'fail' || (c.status === 'pending' && c.details.blocksVote === true)),
        );
        if ((stagesBeforeDecision as readonly string[]).includes(row.stage) && failing.length > 0)
          blocked.push({ ...who, rules: failing.map((c) => c.rule) });
      }
      const byDue = (a: { due: string; fullName: string }, b: { due: string; fullName: string }) =>
        a.due.localeCompare(b.due) || compareVi(a.fullName, b.fullName);
      const communeId = ctx.units[0]?.communeId ?? null;
      const year = Number(today.slice(0, 4));
      let progress: { year: number; target: number | null; admitted: number; percent: number | null } | null =
        null;
      if (communeId) {
        const rows = await communeProgressRows(ctx.db, communeId, year, today);
        const inScope = rows.cells.filter((c) => cells.some((x) => x.id === c.id));
        const totals =
          ctx.units[0]?.level === 'cell'
            ? { target: inScope[0]?.target ?? null, admitted: inScope[0]?.admitted ?? 0 }
            : rollUpCommune(rows.cells, rows.communeTarget);
        progress = {
          year,
          target: totals.target,
          admitted: totals.admitted,
          percent: percentOfTarget(totals),
        };
      }
      return {
        today,
        dueBy,
        dueThisWeek: dueThisWeek.sort(byDue),
        overdue: overdue.sort(byDue),
        blocked: blocked.sort((a, b) => compareVi(a.fullName, b.fullName)),
        progress,
      };
    }),

  /** The members of a commune or a cell today: official or probationary, with dates (helpers and introducers). */
  members: readProcedure('org')
    .input(orgRef)
    .query(async ({ ctx, input }) => {
      const today = ctx.today();
      const cells = await cellsUnder(ctx.db, input.orgId, today);
      const members = await membersOn(
        ctx.db,
        cells.map((c) => c.id),
        today,
      );
      return members
        .map((m) => ({
          id: m.id,
          fullName: m.fullName,
          cellId: m.cellId,
          joinedOn: m.joinedOn,
          officialOn: m.officialOn !== null && m.officialOn <= today ? m.officialOn : null,
          status:
            m.officialOn !== null && m.officialOn <= today
              ? ('official' as const)
              : ('probationary' as const),
        }))
        .sort((a, b) => compareVi(a.fullName, b.fullName));
    }),

  /**
   * Who may introduce this candidate today (I-02, I-03): the official members of the candidate's cell, each with the
   * days together the history records (helper assignment, introduction letter) against the 12 months required.
   */
  introducers: readProcedure('candidate')
    .input(recordStepInput.pick({ candidateId: true }))
    .query(async ({ ctx, input }) => {
      const today = ctx.today();
      const file = await loadCandidateFile(ctx.db, input.candidateId);
      if (!file)
        throw toTRPCError({
          code: 'ACCESS.NOT_FOUND',
          message: { vi: 'Không tìm thấy quần chúng này.', en: 'No such candidate.' },
        });
      const ruleSet = ruleSetOn(today);
      const members = await membersOn(ctx.db, [file.row.cell_id], today);
      return members
        .filter((m) => m.officialOn !== null && m.officialOn <= today)
        .map((m) => {
          const standing = memberIntroducerStanding(
            {
              kind: 'member',
              officialSince: m.officialOn,
              together: togetherOf(file.history, m.id),
              replacement: false,
            },
            today,
            ruleSet,
          );
          return {
            id: m.id,
            fullName: m.fullName,
            officialOn: m.officialOn,
            togetherMonths: standing.togetherMonths,
            requiredMonths: standing.requiredMonths,
            mayIntroduce: standing.valid,
          };
        })
        .sort((a, b) => Number(b.mayIntroduce) - Number(a.mayIntroduce) || compareVi(a.fullName, b.fullName));
    }),

  /** The form catalogue (both regimes), for the dossier screens. */
  forms: authedProcedure.query(({ ctx }) => formCatalogue(ctx.db)),
});
