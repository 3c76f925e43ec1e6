import { candidateById, candidateHistories, formCatalogue, membersOn } from '@ketnap/db';
import { candidateNotFound, fileOf, ruleFacts } from '../candidate-file.js';
import type { CallerContext } from '../context.js';
import { paperFactsOf } from '../paper-facts.js';
import {
  checklistView,
  checksView,
  detailView,
  erasedTimelineView,
  introducersView,
  membersView,
  nextActionsView,
  timelineView,
} from './candidate-views.js';
import { seesSensitive } from './read-candidate.js';
import { paperStatusOf } from './read-paper.js';

/**
 * Everything the console's candidate page shows, in one call (`candidates.file`): today (the server's day, which
 * the page's forms default to and the rules judge on), the detail, the timeline and, unless the dossier is erased,
 * the checklist, the checks, the next actions, the introducers, the cell's members, the commune's rule settings and the
 * papers (`papers.status`). The file is loaded once (its
 * row and history in two statements, the rule facts in three, the form catalogue and the cell's members in one each)
 * and every part shaped by the same functions as the separate reads, so it answers what they answer, with the same
 * redaction. An erased dossier answers `live: null`: there is nothing left to judge, where the separate reads of
 * those parts refuse it (PRIVACY.ERASED).
 */
export async function candidatePage(ctx: CallerContext, candidateId: string) {
  const today = ctx.today();
  const unit = ctx.units[0];
  const row = await candidateById(ctx.db, candidateId);
  if (!row || !unit) throw candidateNotFound();
  const stored = (await candidateHistories(ctx.db, [row.id])).get(row.id) ?? [];
  const detail = detailView(row);
  if (row.erased_on !== null) return { today, detail, timeline: erasedTimelineView(stored), live: null };
  const file = fileOf(row, stored);
  const sees = seesSensitive(ctx);
  const [facts, forms, members] = await Promise.all([
    ruleFacts(ctx.db, file),
    formCatalogue(ctx.db),
    membersOn(ctx.db, [row.cell_id], today),
  ]);
  const paperFacts = await paperFactsOf(ctx.db, file, facts, today);
  if (!paperFacts) throw candidateNotFound();
  const papers = paperStatusOf(paperFacts, today);
  return {
    today,
    detail,
    timeline: timelineView(file, sees, sees ? facts.memberNames : new Map()),
    live: {
      checklist: checklistView(forms, file, facts, today, sees),
      checks: checksView(file, facts, today, sees),
      nextActions: nextActionsView(file, today, ctx.session.roles, unit),
      introducers: introducersView(members, file, today),
      members: membersView(members, today),
      // The commune's rule settings the checks were judged by: the console's live checks use them too.
      settings: facts.settings,
      papers,
    },
  };
}
