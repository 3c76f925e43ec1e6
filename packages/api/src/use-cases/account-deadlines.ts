import {
  cellsUnder,
  communeRuleSettings,
  type DbClient,
  grantsOf,
  listCandidates,
  openVerificationsIn,
  orgPath,
} from '@ketnap/db';
import {
  candidateReminders,
  finalStages,
  type IsoDate,
  type ReminderItem,
  verificationReminder,
} from '@ketnap/domain';
import { loadCandidateFiles } from '../candidate-file.js';
import { factsOf } from './verification-view.js';

/** The roles whose holders act on deadlines (a viewer records nothing, so it is reminded of nothing). */
const ACTING_ROLES = new Set(['commune-admin', 'cell-secretary']);

/**
 * Every running deadline of the open candidates in the units the account acts for (its own units only: the cells
 * under each commune-administrator or cell-secretary grant), and the V-07 answer day of each open verification
 * request, with the commune's working days. What the calendar feed and the digest both show.
 */
export async function accountDeadlines(
  db: DbClient,
  accountId: string,
  today: IsoDate,
): Promise<ReminderItem[]> {
  const grants = (await grantsOf(db, accountId)).filter((g) => ACTING_ROLES.has(g.role));
  const items: ReminderItem[] = [];
  const seen = new Set<string>();
  for (const grant of grants) {
    const unit = await orgPath(db, grant.org_id);
    if (!unit?.communeId) continue;
    const cellIds = (await cellsUnder(db, grant.org_id, today))
      .map((c) => c.id)
      .filter((id) => !seen.has(id));
    for (const id of cellIds) seen.add(id);
    if (cellIds.length === 0) continue;
    const open = await listCandidates(db, { cellIds, excludeStages: finalStages });
    for (const file of await loadCandidateFiles(
      db,
      open.map((r) => r.id),
    ))
      items.push(
        ...candidateReminders({ id: file.row.id, fullName: file.row.full_name }, file.history, today),
      );
    const workingDays = (await communeRuleSettings(db, unit.communeId)).verificationResponseWorkingDays;
    for (const row of await openVerificationsIn(db, cellIds)) {
      const item = verificationReminder(
        { id: row.id, candidateName: row.full_name, facts: factsOf(row) },
        workingDays,
        today,
      );
      if (item) items.push(item);
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.key.localeCompare(b.key));
}
