/**
 * The separate reads of one candidate (`candidates.detail`, `.sensitive`, `.timeline`, `.checklist`, `.checks`,
 * `.nextActions`, `pipeline.introducers`): each loads the parts it needs and shapes them with candidate-views.ts,
 * as the whole page (candidate-page.ts) does once for all of them.
 */
import { candidateById, candidateHistories, formCatalogue, membersOn } from '@ketnap/db';
import { sensitiveFieldNames } from '@ketnap/domain';
import { maySeeSensitive } from '../access.js';
import {
  candidateNotFound,
  fileOf,
  loadCandidateFile,
  loadSensitive,
  namedMemberNames,
  ruleFacts,
} from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import {
  checklistView,
  checksView,
  detailView,
  erasedTimelineView,
  introducersView,
  nextActionsView,
  timelineView,
} from './candidate-views.js';

/** Whether the caller may see what depends on a sensitive field of the candidate (docs/access.md). */
export const seesSensitive = (ctx: CallerContext) => maySeeSensitive(ctx.session.roles, ctx.units);

/** The file of a candidate that exists (NOT_FOUND otherwise; an erased dossier refused, PRIVACY.ERASED). */
async function fileOrNotFound(ctx: CallerContext, candidateId: string) {
  const file = await loadCandidateFile(ctx.db, candidateId);
  if (!file) throw candidateNotFound();
  return file;
}

/** One candidate's basic record (no sensitive field; an erased dossier's placeholders). */
export async function candidateDetail(ctx: CallerContext, candidateId: string) {
  const row = await candidateById(ctx.db, candidateId);
  if (!row) throw candidateNotFound();
  return detailView(row);
}

/** The sensitive record, the read written to the audit log first (field names only). */
export async function candidateSensitive(ctx: CallerContext, candidateId: string) {
  const sensitive = await loadSensitive(ctx.db, candidateId);
  await ctx.auditRead({
    targetType: 'candidate',
    targetId: candidateId,
    orgId: ctx.units[0]?.id ?? null,
    fields: sensitiveFieldNames(sensitive),
  });
  return sensitive;
}

/** The history with each step's name; an erased dossier's steps with their kind and day only. */
export async function candidateTimeline(ctx: CallerContext, candidateId: string) {
  const row = await candidateById(ctx.db, candidateId);
  if (!row) throw candidateNotFound();
  const stored = (await candidateHistories(ctx.db, [row.id])).get(row.id) ?? [];
  if (row.erased_on !== null) return erasedTimelineView(stored);
  const file = fileOf(row, stored);
  const sees = seesSensitive(ctx);
  // Names are read only for a reader who may see them.
  return timelineView(file, sees, sees ? await namedMemberNames(ctx.db, file.history) : new Map());
}

/** The dossier checklist of the forms in force today. */
export async function candidateChecklist(ctx: CallerContext, candidateId: string) {
  const file = await fileOrNotFound(ctx, candidateId);
  const [facts, forms] = await Promise.all([ruleFacts(ctx.db, file), formCatalogue(ctx.db)]);
  return checklistView(forms, file, facts, ctx.today(), seesSensitive(ctx));
}

/** The rule checks today, the deadlines with their countdowns, and the fixed dates. */
export async function candidateChecks(ctx: CallerContext, candidateId: string) {
  const file = await fileOrNotFound(ctx, candidateId);
  return checksView(file, await ruleFacts(ctx.db, file), ctx.today(), seesSensitive(ctx));
}

/** The steps the caller may record next. */
export async function candidateNextActions(ctx: CallerContext, candidateId: string) {
  const file = await fileOrNotFound(ctx, candidateId);
  const unit = ctx.units[0];
  if (!unit) throw candidateNotFound();
  return nextActionsView(file, ctx.today(), ctx.session.roles, unit);
}

/** Who may introduce the candidate today: the official members of its cell, with their months together. */
export async function candidateIntroducers(ctx: CallerContext, candidateId: string) {
  const today = ctx.today();
  const file = await fileOrNotFound(ctx, candidateId);
  return introducersView(await membersOn(ctx.db, [file.row.cell_id], today), file, today);
}
