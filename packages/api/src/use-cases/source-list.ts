import { communeSettings, sourceCandidates, sourceProposals, sourceReviews } from '@ketnap/db';
import { parseCommuneSettings, reviewSchedule } from '@ketnap/domain';
import type { CallerContext } from '../context.js';

/**
 * A cell's source list (`sourcePool.list`): the proposals (pending first), the pool's candidates not yet decided, the
 * past reviews and when the next one is due under the commune's `sourceReviewMonths`.
 */
export async function sourceList(ctx: CallerContext, cellId: string) {
  const unit = ctx.units[0];
  const [proposals, candidates, reviews, settings] = await Promise.all([
    sourceProposals(ctx.db, cellId),
    sourceCandidates(ctx.db, cellId),
    sourceReviews(ctx.db, cellId),
    // A unit outside every commune has none of its own: the catalogue's defaults (parseCommuneSettings of nothing).
    unit?.communeId ? communeSettings(ctx.db, unit.communeId) : parseCommuneSettings(null),
  ]);
  const everyMonths = settings.sourceReviewMonths;
  const pending = proposals.filter((p) => p.status === 'pending');
  const oldest = [...pending.map((p) => p.proposedOn), ...candidates.map((c) => c.enteredPoolOn)].sort()[0];
  return {
    proposals,
    candidates,
    reviews,
    everyMonths,
    schedule: reviewSchedule(reviews[0]?.reviewedOn ?? null, oldest ?? null, everyMonths, ctx.today()),
  };
}
