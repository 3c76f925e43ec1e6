import { randomUUID } from 'node:crypto';
import {
  appendCandidateEvent,
  assignPaperNumber,
  type DbTransaction,
  rebuildBoardSnapshotForCell,
  saveCandidate,
  verificationsOf,
} from '@ketnap/db';
import {
  changesPublicBoard,
  type IsoDate,
  type PipelineEvent,
  pipelineState,
  pipelineSummary,
  type RecordedBy,
  type recordStepInput,
  registeredPapersOf,
  storedData,
  transition,
  vietnamCalendar,
} from '@ketnap/domain';
import type { z } from 'zod';
import { recordedByOf } from '../access.js';
import {
  type CandidateFile,
  candidateNotFound,
  loadCandidateFile,
  namedMembers,
  ruleFacts,
  staleCandidate,
} from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { requireScopes } from '../trpc.js';
import { factsOf } from './verification-view.js';

type RecordStep = z.output<typeof recordStepInput>;

/**
 * Records one step (`pipeline.record`), in one transaction: the members the step cites checked like the candidate →
 * load the file → the domain decides (`transition`, the rules at the step's date, as the commune or the cell) →
 * append the event, rebuild the cached stage (and the year's public board after a decision or a ceremony), audit →
 * answer. A refused step answers the rule ids and messages and writes only an audit entry of the attempt; a stale
 * `version` is refused (CONFLICT) and writes nothing.
 */
export async function recordStep(ctx: CallerContext, input: RecordStep) {
  const unit = ctx.units[0];
  if (!unit) throw candidateNotFound();
  const recordedBy = recordedByOf(ctx.session.roles, unit);
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
  return ctx.db.transaction().execute((trx) => applyStep(ctx, trx, input, { recordedBy, today, at }));
}

/** A step to apply: the candidate, the event, and the version the editor loaded (none: the current one). */
export interface StepToApply {
  candidateId: string;
  version?: number;
  event: RecordStep['event'];
}

/**
 * One step inside `trx`, the same whether typed alone (`pipeline.record`) or recorded for many at once (a class's
 * certificates, a review's drops): load the file → the domain decides (`transition`) → append the event, rebuild the
 * caches and the board, audit → answer. A refused step writes only the audit entry of the attempt and answers the
 * reasons; the batch callers throw it so their whole transaction rolls back.
 */
export async function applyStep(
  ctx: CallerContext,
  trx: DbTransaction,
  input: StepToApply,
  when: { recordedBy: RecordedBy; today: IsoDate; at: string },
) {
  const { recordedBy, today, at } = when;
  const file = await loadCandidateFile(trx, input.candidateId, 'change');
  if (!file) throw candidateNotFound();
  const version = input.version ?? Number(file.row.version);
  if (Number(file.row.version) !== version) throw staleCandidate();
  const facts = await ruleFacts(trx, file, [input.event]);
  // V-05: the requests the cell tracks; an open one stops the cell vote.
  const verifications = (await verificationsOf(trx, file.row.id)).map(factsOf);
  const result = transition(pipelineState(file.history), input.event, {
    candidate: facts.candidate,
    members: facts.members,
    unit: facts.unit,
    asOf: today,
    recordedBy,
    settings: facts.settings,
    verifications,
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
      message: { vi: 'Bước này chưa được phép theo quy định.', en: 'The rules do not allow this step.' },
      reasons: result.reasons.map((r) => ({
        rule: r.rule,
        step: r.step,
        citation: r.citation,
        message: r.message,
      })),
    };
  }
  const summary = pipelineSummary(result.state.history, vietnamCalendar, facts.settings);
  const eventId = await persistStep(trx, file, { ...input, version }, summary, { today, at });
  const papers = await numberPapers(trx, {
    communeId: ctx.units[0]?.communeId ?? null,
    candidateId: file.row.id,
    event: input.event,
    eventId,
    at,
    by: ctx.session.accountId,
  });
  await ctx.audit(trx, {
    ...audit,
    action: `candidate.${input.event.kind}`,
    payload: { eventId, recordedBy, ...(papers.length > 0 ? { papers: papers.map((p) => p.number) } : {}) },
  });
  return {
    ok: true as const,
    eventId,
    version: version + 1,
    stage: summary.stage,
    papers,
    warnings: result.warnings.map((w) => ({
      rule: w.rule,
      step: w.step,
      citation: w.citation,
      message: w.message,
    })),
  };
}

/**
 * Numbers in the commune's register, inside the step's transaction, the papers the step issues (docs/papers.md):
 * a rolled-back step takes its numbers back, so the register has no gap. Answers each paper's kind and number.
 */
async function numberPapers(
  trx: DbTransaction,
  step: {
    communeId: string | null;
    candidateId: string;
    event: PipelineEvent;
    eventId: string;
    at: string;
    by: string;
  },
): Promise<{ kind: string; number: string }[]> {
  const { communeId } = step;
  if (communeId === null) return [];
  const out: { kind: string; number: string }[] = [];
  for (const entry of registeredPapersOf(step.event.kind)) {
    if (entry.symbol === null) continue;
    const number = await assignPaperNumber(trx, {
      id: `so-${randomUUID()}`,
      communeId,
      year: Number(step.event.on.slice(0, 4)),
      symbol: entry.symbol,
      kind: entry.kind,
      candidateId: step.candidateId,
      eventId: step.eventId,
      issuedOn: step.event.on,
      recordedAt: step.at,
      recordedBy: step.by,
    });
    out.push({ kind: entry.kind, number });
  }
  return out;
}

/**
 * Writes an accepted step inside `trx`: the version bumped with the cached stage and next deadline (a version moved
 * on meanwhile is stale: nothing is kept), the event appended, and the public board's year rebuilt when the step
 * changes it. Answers the event's id.
 */
async function persistStep(
  trx: DbTransaction,
  file: CandidateFile,
  input: StepToApply & { version: number },
  summary: ReturnType<typeof pipelineSummary>,
  when: { today: IsoDate; at: string },
): Promise<string> {
  const saved = await saveCandidate(trx, {
    id: file.row.id,
    expectedVersion: input.version,
    cache: {
      stage: summary.stage,
      stageSince: summary.stageSince,
      nextDue: summary.nextDue?.due ?? null,
      nextDueRule: summary.nextDue?.rule ?? null,
    },
  });
  if (!saved) throw staleCandidate();
  const eventId = `ev-${randomUUID()}`;
  await appendCandidateEvent(trx, {
    id: eventId,
    candidateId: file.row.id,
    kind: input.event.kind,
    occurredOn: input.event.on,
    data: storedData(input.event),
    recordedAt: when.at,
  });
  // The public board reads snapshots: a step that changes it rebuilds the year's, in this transaction.
  if (changesPublicBoard(input.event.kind))
    await rebuildBoardSnapshotForCell(trx, file.row.cell_id, Number(input.event.on.slice(0, 4)), when);
  return eventId;
}
