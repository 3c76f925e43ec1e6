import { randomUUID } from 'node:crypto';
import { insertVerification, verificationsOf } from '@ketnap/db';
import { type addVerificationInput, sameVerifiedPerson, sentDayProblem } from '@ketnap/domain';
import type { z } from 'zod';
import { candidateNotFound, loadCandidateFile } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

type AddVerification = z.output<typeof addVerificationInput>;

/**
 * Adds one person's verification request, or the V-04 exemption of a side (`verifications.add`), in one
 * transaction: the candidate (not erased), one request per person (V-02), the day sent possible → insert, audit
 * (the relation only, never the name). Answers the request's id.
 */
export async function addVerification(ctx: CallerContext, input: AddVerification): Promise<{ id: string }> {
  const today = ctx.today();
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const file = await loadCandidateFile(trx, input.candidateId, 'change');
    if (!file) throw candidateNotFound();
    const existing = await verificationsOf(trx, input.candidateId);
    if (
      sameVerifiedPerson(
        existing.map((r) => ({ relation: r.relation, personName: r.person_name })),
        input,
      )
    )
      throw toTRPCError({
        code: 'VERIFICATION.DUPLICATE',
        message: {
          vi: 'Người này đã có yêu cầu thẩm tra: mỗi người chỉ một yêu cầu; ghi kết quả vào yêu cầu đã có.',
          en: 'This person already has a verification request.',
        },
      });
    const exempt = input.exemptReason ? input.exemptReason : null;
    if (input.sentOn !== undefined) {
      const problem = sentDayProblem(input.sentOn, file.row.entered_pool_on, today);
      if (problem) throw toTRPCError({ code: 'VERIFICATION.BAD_DATE', message: problem });
    }
    const id = `vr-${randomUUID()}`;
    await insertVerification(trx, {
      id,
      candidate_id: input.candidateId,
      relation: input.relation,
      person_name: input.personName,
      organisation: input.organisation,
      place: input.place,
      sent_on: exempt === null ? (input.sentOn ?? null) : null,
      answered_on: null,
      answer: null,
      exempt_reason: exempt,
      created_at: at,
    });
    await ctx.audit(trx, {
      action: exempt === null ? 'verification.sent' : 'verification.exempted',
      targetType: 'candidate',
      targetId: input.candidateId,
      orgId: file.row.cell_id,
      payload: { verificationId: id, relation: input.relation },
    });
    return { id };
  });
}
