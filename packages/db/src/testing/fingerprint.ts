import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * A digest of every row of every table (migration bookkeeping included), independent of row order and of the
 * engine's number types: equal fingerprints mean equal data. For tests that must prove nothing changed (fuzzing)
 * or everything came back (backup and restore). `except` leaves tables out (e.g. the security logs that a refused
 * request writes to by design).
 */
// biome-ignore lint/suspicious/noExplicitAny: the tables are found at run time, not named in the schema type
export async function fingerprint(db: Kysely<any>, except: readonly string[] = []): Promise<string> {
  const tables = (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !except.includes(name))
    .sort();
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((k) => [k, typeof row[k] === 'bigint' ? Number(row[k]) : row[k]]),
        ),
      )
      .sort();
    hash.update(`${table}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
