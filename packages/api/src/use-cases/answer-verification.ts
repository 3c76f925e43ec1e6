import { answerVerification as saveAnswer, verificationById } from '@ketnap/db';
import { answerDayProblem, type answerVerificationInput } from '@ketnap/domain';
import type { z } from 'zod';
import { candidateNotFound, loadCandidateFile } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

type AnswerVerification = z.output<typeof answerVerificationInput>;

const closed = () =>
  toTRPCError({
    code: 'VERIFICATION.CLOSED',
    message: {
      vi: 'Yêu cầu thẩm tra này đã có kết quả (hoặc đã miễn thẩm tra): không ghi lại.',
      en: 'This request is already answered or exempted.',
    },
  });

/**
 * Records the answer of one open request (`verifications.answer`) in one transaction: the request must be the
 * candidate's (the access check covered the candidate, so an id of another unit's request is NOT_FOUND here), open,
 * and answered on a possible day → update, audit (the answer, never a name).
 */
export async function answerVerification(
  ctx: CallerContext,
  input: AnswerVerification,
): Promise<{ ok: true }> {
  const today = ctx.today();
  return ctx.db.transaction().execute(async (trx) => {
    const file = await loadCandidateFile(trx, input.candidateId, 'change');
    if (!file) throw candidateNotFound();
    const row = await verificationById(trx, input.verificationId);
    if (!row || row.candidate_id !== input.candidateId)
      throw toTRPCError({
        code: 'VERIFICATION.NOT_FOUND',
        message: { vi: 'Không tìm thấy yêu cầu thẩm tra này của người vào Đảng.', en: 'No such request.' },
      });
    if (row.sent_on === null || row.answered_on !== null) throw closed();
    const problem = answerDayProblem(row.sent_on, input.answeredOn, today);
    if (problem) throw toTRPCError({ code: 'VERIFICATION.BAD_DATE', message: problem });
    if (!(await saveAnswer(trx, row.id, { answered_on: input.answeredOn, answer: input.answer })))
      throw closed();
    await ctx.audit(trx, {
      action: 'verification.answered',
      targetType: 'candidate',
      targetId: input.candidateId,
      orgId: file.row.cell_id,
      payload: { verificationId: row.id, relation: row.relation, answer: input.answer },
    });
    return { ok: true as const };
  });
}
