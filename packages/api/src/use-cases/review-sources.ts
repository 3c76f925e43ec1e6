import { randomUUID } from 'node:crypto';
import { closeSourceProposal, insertSourceReview, sourceCandidates, sourceProposals } from '@ketnap/db';
import { checkReview, type ReviewProblem, type SourceReview } from '@ketnap/domain';
import { recordedByOf } from '../access.js';
import { addToPool } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { applyStep } from './record-step.js';

/** A dropped candidate's `withdrawn` step the rules refused: ends the transaction, so nothing of the review stays. */
class DropRefused extends Error {
  constructor(
    readonly item: number,
    readonly reasons: { rule: string; message: { vi: string; en: string } }[],
  ) {
    super('drop refused');
  }
}

/**
 * Records a review of a cell's source list (`sourcePool.review`), all in one transaction: the list is loaded, the
 * domain checks the review against it (`checkReview`: the whole list, nothing else, nothing dated after it); then
 * each added proposal becomes a candidate (entered the pool on the review's day), each dropped proposal is closed,
 * each dropped candidate gets the pipeline's `withdrawn` step (the same step `pipeline.record` writes, with the
 * reason), and the review with its decisions is stored and audited. Any refusal answers the problems and writes nothing.
 */
export async function reviewSources(ctx: CallerContext, input: SourceReview) {
  const unit = ctx.units[0];
  if (!unit) throw new Error('sourcePool.review runs with its cell resolved');
  const recordedBy = recordedByOf(ctx.session.roles, unit);
  const today = ctx.today();
  const at = ctx.now().toISOString();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const [proposals, candidates] = await Promise.all([
        sourceProposals(trx, input.cellId, true),
        sourceCandidates(trx, input.cellId),
      ]);
      const problems = checkReview({ proposals, candidates }, input, today);
      if (problems.length > 0) return refused(problems);
      const byId = new Map(proposals.map((p) => [p.id, p]));
      let added = 0;
      for (const [i, item] of input.items.entries()) {
        if (item.subject === 'proposal' && item.decision !== 'keep') {
          const p = byId.get(item.id);
          if (!p) throw new Error('checked above');
          const candidateId =
            item.decision === 'add'
              ? (
                  await addToPool(
                    trx,
                    {
                      cellId: input.cellId,
                      fullName: p.fullName,
                      gender: p.gender as 'M' | 'F',
                      birthDate: p.birthDate,
                      enteredPoolOn: input.reviewedOn,
                      profile: {},
                      sensitive: {},
                    },
                    at,
                  )
                ).id
              : null;
          if (candidateId) added += 1;
          await closeSourceProposal(trx, p.id, item.decision === 'add' ? 'added' : 'dropped', candidateId);
        } else if (item.subject === 'candidate' && item.decision === 'drop') {
          const step = await applyStep(
            ctx,
            trx,
            { candidateId: item.id, event: { kind: 'withdrawn', on: input.reviewedOn, reason: item.reason } },
            { recordedBy, today, at },
          );
          if (!step.ok) throw new DropRefused(i, step.reasons);
        }
      }
      const id = `rs-${randomUUID()}`;
      await insertSourceReview(
        trx,
        { id, cellId: input.cellId, reviewedOn: input.reviewedOn, note: input.note ?? null, at },
        input.items.map((i) => ({
          subject: i.subject,
          subject_id: i.id,
          decision: i.decision,
          reason: i.reason ?? null,
        })),
      );
      await ctx.audit(trx, {
        action: 'source.review',
        targetType: 'source-review',
        targetId: id,
        orgId: input.cellId,
        payload: { items: input.items.length, added },
      });
      return { ok: true as const, id, added };
    });
  } catch (e) {
    if (e instanceof DropRefused)
      return refused([
        {
          item: e.item,
          message: {
            vi: `Không đưa người này ra khỏi nguồn được: ${e.reasons.map((r) => r.message.vi).join(' ')}`,
            en: `This candidate cannot be dropped: ${e.reasons.map((r) => r.message.en).join(' ')}`,
          },
        },
      ]);
    throw e;
  }
}

function refused(problems: ReviewProblem[]) {
  return {
    ok: false as const,
    code: 'SOURCE.REVIEW_REFUSED' as const,
    message: {
      vi: 'Lần rà soát chưa ghi được: sửa các mục được nêu rồi ghi lại.',
      en: 'The review was not recorded: fix the entries named and record it again.',
    },
    problems,
  };
}
