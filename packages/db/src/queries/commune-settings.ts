import { type CommuneSettings, parseCommuneSettings } from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A commune's settings, or the defaults when it never saved any. */
export async function communeSettings(db: Kysely<Database>, communeId: string): Promise<CommuneSettings> {
  const row = await db
    .selectFrom('commune_setting')
    .select('settings')
    .where('commune_id', '=', communeId)
    .executeTakeFirst();
  return parseCommuneSettings(row?.settings);
}

/** Saves a commune's settings (already validated), replacing the previous ones. */
export async function saveCommuneSettings(
  db: Kysely<Database>,
  communeId: string,
  settings: CommuneSettings,
  at: string,
): Promise<void> {
  await db.deleteFrom('commune_setting').where('commune_id', '=', communeId).execute();
  await db
    .insertInto('commune_setting')
    .values({ commune_id: communeId, settings: JSON.stringify(settings), updated_at: at })
    .execute();
}
