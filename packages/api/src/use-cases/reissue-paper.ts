import { randomUUID } from 'node:crypto';
import { assignPaperNumber, standingPaper, supersedePaper } from '@ketnap/db';
import { paperKind, type reissuePaperInput } from '@ketnap/domain';
import type { z } from 'zod';
import { staleCandidate } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

const notNumbered = () =>
  toTRPCError({
    code: 'PAPER.NOT_NUMBERED',
    message: {
      vi: 'Giấy tờ này chưa có số trong sổ đăng ký văn bản, không cấp lại được.',
      en: 'This paper has no number in the register to re-issue.',
    },
  });

/**
 * Re-issues a corrected paper (`papers.reissue`), in one transaction: the next number of its symbol for today's year,
 * the old row kept and marked superseded by the new one with the reason, and an audit entry naming both numbers
 * (the caller is its actor; the reason stays in the register, not in the log). Answers the new number.
 */
export async function reissuePaper(ctx: CallerContext, input: z.output<typeof reissuePaperInput>) {
  const today = ctx.today();
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const old = await standingPaper(trx, input.candidateId, input.kind);
    const symbol = paperKind(input.kind).symbol;
    if (!old || symbol === null) throw notNumbered();
    const id = `so-${randomUUID()}`;
    const number = await assignPaperNumber(trx, {
      id,
      communeId: old.commune_id,
      year: Number(today.slice(0, 4)),
      symbol,
      kind: input.kind,
      candidateId: input.candidateId,
      eventId: old.event_id,
      issuedOn: today,
      recordedAt: at,
      recordedBy: ctx.session.accountId,
    });
    if (!(await supersedePaper(trx, old.id, id, input.reason))) throw staleCandidate();
    await ctx.audit(trx, {
      action: 'paper.reissue',
      targetType: 'candidate',
      targetId: input.candidateId,
      orgId: ctx.units[0]?.id ?? null,
      payload: { kind: input.kind, superseded: old.number, number },
    });
    return { number, superseded: old.number };
  });
}
