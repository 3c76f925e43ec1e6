import { type MassOrganisation, type ProposalStatus, stagesBeforeDecision } from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { Database, SourceReviewItemTable } from '../schema.js';

/** A proposal as the source list shows it. */
export interface SourceProposalRow {
  id: string;
  cellId: string;
  fullName: string;
  gender: string;
  birthDate: string;
  proposedBy: MassOrganisation;
  proposerName: string;
  proposedOn: string;
  reason: string;
  status: ProposalStatus;
  candidateId: string | null;
}

/** Records a proposal, pending until the next review. */
export async function insertSourceProposal(
  db: Kysely<Database>,
  p: Omit<SourceProposalRow, 'status' | 'candidateId'>,
  at: string,
): Promise<void> {
  await db
    .insertInto('source_proposal')
    .values({
      id: p.id,
      cell_id: p.cellId,
      full_name: p.fullName,
      gender: p.gender,
      birth_date: p.birthDate,
      proposed_by: p.proposedBy,
      proposer_name: p.proposerName,
      proposed_on: p.proposedOn,
      reason: p.reason,
      status: 'pending',
      candidate_id: null,
      recorded_at: at,
    })
    .execute();
}

/** The cell's proposals, pending first then newest first; `pendingOnly` for the review's list. */
export async function sourceProposals(
  db: Kysely<Database>,
  cellId: string,
  pendingOnly = false,
): Promise<SourceProposalRow[]> {
  let q = db
    .selectFrom('source_proposal')
    .select([
      'id',
      'cell_id as cellId',
      'full_name as fullName',
      'gender',
      'birth_date as birthDate',
      'proposed_by as proposedBy',
      'proposer_name as proposerName',
      'proposed_on as proposedOn',
      'reason',
      'status',
      'candidate_id as candidateId',
    ])
    .where('cell_id', '=', cellId);
  if (pendingOnly) q = q.where('status', '=', 'pending');
  const rows = await q.orderBy('proposed_on', 'desc').orderBy('id').execute();
  const pending = rows.filter((r) => r.status === 'pending');
  return [...pending, ...rows.filter((r) => r.status !== 'pending')] as SourceProposalRow[];
}

/** Marks a pending proposal added (naming its candidate) or dropped; false when it was no longer pending. */
export async function closeSourceProposal(
  db: Kysely<Database>,
  id: string,
  status: Exclude<ProposalStatus, 'pending'>,
  candidateId: string | null,
): Promise<boolean> {
  const r = await db
    .updateTable('source_proposal')
    .set({ status, candidate_id: candidateId })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The candidates of the cell's source list: not erased and not yet decided (the stages before the decision). */
export async function sourceCandidates(
  db: Kysely<Database>,
  cellId: string,
): Promise<{ id: string; fullName: string; stage: string; enteredPoolOn: string; version: number }[]> {
  const rows = await db
    .selectFrom('candidate')
    .select(['id', 'full_name as fullName', 'stage', 'entered_pool_on as enteredPoolOn', 'version'])
    .where('cell_id', '=', cellId)
    .where('erased_on', 'is', null)
    .where('stage', 'in', [...stagesBeforeDecision])
    .orderBy('entered_pool_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, version: Number(r.version) }));
}

/** Records one review with its decisions. */
export async function insertSourceReview(
  db: Kysely<Database>,
  review: { id: string; cellId: string; reviewedOn: string; note: string | null; at: string },
  items: readonly Omit<SourceReviewItemTable, 'review_id'>[],
): Promise<void> {
  await db
    .insertInto('source_review')
    .values({
      id: review.id,
      cell_id: review.cellId,
      reviewed_on: review.reviewedOn,
      note: review.note,
      recorded_at: review.at,
    })
    .execute();
  if (items.length > 0)
    await db
      .insertInto('source_review_item')
      .values(items.map((i) => ({ ...i, review_id: review.id })))
      .execute();
}

/** The cell's reviews, newest first, each with how many entries it kept, added and dropped. */
export async function sourceReviews(
  db: Kysely<Database>,
  cellId: string,
  limit = 24,
): Promise<
  { id: string; reviewedOn: string; note: string | null; kept: number; added: number; dropped: number }[]
> {
  const reviews = await db
    .selectFrom('source_review')
    .select(['id', 'reviewed_on as reviewedOn', 'note'])
    .where('cell_id', '=', cellId)
    .orderBy('reviewed_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(limit)
    .execute();
  if (reviews.length === 0) return [];
  const counts = await db
    .selectFrom('source_review_item')
    .select((eb) => ['review_id', 'decision', eb.fn.countAll().as('n')])
    .where(
      'review_id',
      'in',
      reviews.map((r) => r.id),
    )
    .groupBy(['review_id', 'decision'])
    .execute();
  const count = (id: string, decision: string) =>
    Number(counts.find((c) => c.review_id === id && c.decision === decision)?.n ?? 0);
  return reviews.map((r) => ({
    ...r,
    kept: count(r.id, 'keep'),
    added: count(r.id, 'add'),
    dropped: count(r.id, 'drop'),
  }));
}
