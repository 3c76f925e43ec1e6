/**
 * The papers of a dossier (`papers.*`): which of them can be made now and what each still lacks (`papers.status`,
 * no personal data), and one paper's document model (`papers.candidate`, `papers.annual`), which the server's
 * download route renders to PDF or DOCX. Building a paper is a read of the dossier: it is audited
 * (`paper.generate`, the kind only), and a paper that cannot be made is refused with what to fill first.
 */
import {
  type annualPaperInput,
  buildPaper,
  type candidatePaperInput,
  candidatePaperKinds,
  formOn,
  handwrittenReceipt,
  type IsoDate,
  issuerLabels,
  type PaperFacts,
  type PaperKind,
  paperKind,
  paperRefusal,
  stepEvent,
} from '@ketnap/domain';
import type { z } from 'zod';
import { candidateNotFound } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';
import { annualPaperFacts, candidatePaperFacts } from '../paper-facts.js';

/** The paper `kind` from `facts`, or the refusal naming what is missing (PAPER.INCOMPLETE / PAPER.STEP_FAILED). */
export function paperOrRefusal(kind: PaperKind, facts: PaperFacts) {
  const built = buildPaper(kind, facts);
  if (built.ok) return { ok: true as const, paper: built.paper };
  return { ok: false as const, error: paperRefusal(paperKind(kind), built.missing, built.failed) };
}

async function factsOrNotFound(ctx: CallerContext, candidateId: string) {
  const facts = await candidatePaperFacts(ctx.db, candidateId, ctx.today());
  if (!facts) throw candidateNotFound();
  return facts;
}

/** Every candidate paper with its form on its step's day (or today), and whether it can be made, or what it lacks. */
export async function paperStatus(ctx: CallerContext, candidateId: string) {
  return paperStatusOf(await factsOrNotFound(ctx, candidateId), ctx.today());
}

/** {@link paperStatus} from facts already loaded (the candidate page's file). */
export function paperStatusOf(facts: PaperFacts, today: IsoDate) {
  const history = facts.history ?? [];
  return {
    papers: candidatePaperKinds.map((kind) => {
      const entry = paperKind(kind);
      const built = buildPaper(kind, facts);
      const on = stepEvent(entry, history)?.on ?? today;
      return {
        kind,
        title: entry.title,
        step: entry.step,
        issuedBy: issuerLabels[entry.issuedBy],
        form: formOn(entry.forms, on)?.form ?? null,
        number: facts.numbers?.[kind] ?? null,
        ready: built.ok,
        missing: built.ok ? [] : built.missing,
        failed: built.ok ? [] : built.failed,
      };
    }),
    handwritten: handwrittenReceipt(history),
  };
}

/** One candidate's paper as its document model, the generation audited; refused with what is missing. */
export async function candidatePaper(ctx: CallerContext, input: z.output<typeof candidatePaperInput>) {
  const facts = await factsOrNotFound(ctx, input.candidateId);
  const result = paperOrRefusal(input.kind, facts);
  if (!result.ok) throw toTRPCError(result.error);
  await ctx.auditAttempt({
    action: 'paper.generate',
    targetType: 'candidate',
    targetId: input.candidateId,
    orgId: ctx.units[0]?.id ?? null,
    payload: { kind: input.kind },
  });
  return result.paper;
}

/** A commune's annual statistics of new members for `year` (counts only), the generation audited. */
export async function annualPaper(ctx: CallerContext, input: z.output<typeof annualPaperInput>) {
  const facts = await annualPaperFacts(ctx.db, input.commune, input.year, ctx.today());
  if (!facts) throw candidateNotFound();
  const result = paperOrRefusal('annual-statistics', facts);
  if (!result.ok) throw toTRPCError(result.error);
  await ctx.auditAttempt({
    action: 'paper.generate',
    targetType: 'commune',
    targetId: ctx.units[0]?.id ?? null,
    orgId: ctx.units[0]?.id ?? null,
    payload: { kind: 'annual-statistics', year: input.year },
  });
  return result.paper;
}
