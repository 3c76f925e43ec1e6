import { type DbClient, insertVerification } from '@ketnap/db';

/** The relative named in {@link openOverdueVerification}'s request, which no reminder may show. */
export const RELATIVE = 'Đinh Văn Người Thân';

/**
 * Opens a verification request `id` for the first candidate still in the pipeline of the demo's Chi bộ thôn Nam,
 * sent 02/11/2026: its answer was due 23/11 (15 working days), so it is overdue on the demo's today (26/11/2026).
 * Answers the candidate's name. The request names {@link RELATIVE} and the organisation "Đảng ủy xã Bí Mật".
 */
export async function openOverdueVerification(db: DbClient, id: string): Promise<string> {
  const candidate = await db
    .selectFrom('candidate')
    .select(['id', 'full_name'])
    .where('cell_id', '=', 'cb-thon-nam')
    .where('stage', 'not in', ['official', 'rejected', 'withdrawn', 'struck-off'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await insertVerification(db, {
    id,
    candidate_id: candidate.id,
    relation: 'father',
    person_name: RELATIVE,
    organisation: 'Đảng ủy xã Bí Mật',
    place: 'tỉnh Xa',
    sent_on: '2026-11-02',
    answered_on: null,
    answer: null,
    exempt_reason: null,
    created_at: '2026-11-02T01:00:00.000Z',
  });
  return candidate.full_name;
}
