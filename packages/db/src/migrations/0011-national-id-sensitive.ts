import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

const AT = '1970-01-01T00:00:00.000Z';

/**
 * The personal ID number moves from the basic profile (shown with the candidate, to viewers too) to the sensitive
 * record (read only through the audited query, never by viewers): it identifies the person in every other register.
 * Row by row, only the candidates whose profile holds one; the sensitive record keeps any field it had.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await move(db, 'profile-to-sensitive');
}

/** Back to the basic profile. */
export async function down(db: Kysely<any>): Promise<void> {
  await move(db, 'sensitive-to-profile');
}

async function move(db: Kysely<any>, way: 'profile-to-sensitive' | 'sensitive-to-profile'): Promise<void> {
  const rows: { id: string; profile: string; sensitive: string | null; updated_at: string | null }[] =
    await db
      .selectFrom('candidate as c')
      .leftJoin('candidate_sensitive as s', 's.candidate_id', 'c.id')
      .select(['c.id', 'c.profile', 's.data as sensitive', 's.updated_at'])
      .where(way === 'profile-to-sensitive' ? 'c.profile' : 's.data', 'like', '%"nationalId"%')
      .execute();
  for (const row of rows) {
    const profile = JSON.parse(row.profile) as Record<string, unknown>;
    const sensitive = (row.sensitive ? JSON.parse(row.sensitive) : {}) as Record<string, unknown>;
    const [from, to] = way === 'profile-to-sensitive' ? [profile, sensitive] : [sensitive, profile];
    if (!('nationalId' in from)) continue;
    to.nationalId = from.nationalId;
    delete from.nationalId;
    await db
      .updateTable('candidate')
      .set({ profile: JSON.stringify(profile) })
      .where('id', '=', row.id)
      .execute();
    const data = JSON.stringify(sensitive);
    if (row.sensitive === null)
      await db
        .insertInto('candidate_sensitive')
        .values({ candidate_id: row.id, data, updated_at: AT })
        .execute();
    else
      await db.updateTable('candidate_sensitive').set({ data }).where('candidate_id', '=', row.id).execute();
  }
}
