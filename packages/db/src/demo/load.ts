import type { Kysely } from 'kysely';
import { rebuildAllBoardSnapshots } from '../queries/board-snapshot.js';
import { appendCandidateEvent, insertCandidate } from '../queries/candidates.js';
import { insertMember } from '../queries/members.js';
import { insertOrgUnit } from '../queries/org.js';
import { writeCandidateSensitive } from '../queries/pipeline.js';
import { setAdmissionTarget } from '../queries/targets.js';
import { insertVillage } from '../queries/villages.js';
import type { Database } from '../schema.js';
import type { DemoData } from './demo-data.js';

/**
 * Writes demo data through the product's own query functions, in one transaction: all of it or nothing, and
 * builds the public board's snapshots in it (`at`: the instant the board shows as its last update).
 * Returns the number of rows written.
 */
export async function loadDemo(
  db: Kysely<Database>,
  data: DemoData,
  at: string = new Date().toISOString(),
): Promise<number> {
  await db.transaction().execute(async (trx) => {
    for (const unit of data.orgUnits) await insertOrgUnit(trx, unit);
    for (const village of data.villages) await insertVillage(trx, village);
    for (const target of data.targets) await setAdmissionTarget(trx, target);
    for (const member of data.members) await insertMember(trx, member);
    for (const candidate of data.candidates) await insertCandidate(trx, candidate);
    for (const event of data.events) await appendCandidateEvent(trx, event);
    for (const s of data.sensitive) await writeCandidateSensitive(trx, s.candidateId, s.data, at);
    await rebuildAllBoardSnapshots(trx, { today: data.today, at });
  });
  return (
    data.orgUnits.length +
    data.targets.length +
    data.members.length +
    data.candidates.length +
    data.events.length
  );
}
