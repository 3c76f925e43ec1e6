/**
 * The server as the HTTP route tests start it: in-process on an in-memory SQLite with the demo data, its day fixed,
 * and no built apps (empty static folders), so only the API answers; and the count of an action in its audit log.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';
import { type RunningServer, type ServerOptions, startServer } from '../src/server.js';

/** Starts the API-only server on `today`; `options` add to (or override) the defaults. */
export function startApiServer(today: IsoDate, options: ServerOptions = {}): Promise<RunningServer> {
  const empty = mkdtempSync(join(tmpdir(), 'ketnap-nostatic-'));
  return startServer({
    port: 0,
    db: ':memory:',
    today: () => today,
    staticDirs: { board: empty, admin: empty },
    ...options,
  });
}

/** How many audit entries record `action`. */
export async function auditCount(db: DbClient, action: string): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
