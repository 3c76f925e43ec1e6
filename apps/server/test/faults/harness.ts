import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendCandidateEvent, createDb, insertCandidate } from '@ketnap/db';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { startServer } from '../../src/server.js';
import { mutate } from '../deploy/process.js';

/** The cell the extra candidates join, and the demo commune administrator who may record their steps. */
export const CELL = 'cb-thon-dong';
export const ADMIN = { username: 'vanphong', password: DEMO_PASSWORD };
/** Steps are dated here: after the candidates entered the pool, before any plausible "today" of the server. */
export const STEP_DAY = '2026-11-20';

/**
 * A fresh SQLite file with the demo commune and its accounts (as the server's first start writes them) and `count`
 * extra candidates in the pool of {@link CELL}, ids `fault-0000`…, each version 1: material for as many independent
 * stage changes (a withdrawal each) running at once. The accounts lose their demo mark, as if each had set a
 * password of its own: the fault tests run the server with KETNAP_DEMO=0, where a demo-marked account would have to
 * change its password before anything else.
 */
export async function seededDatabase(count: number): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'ketnap-fault-')), 'ketnap.sqlite');
  const first = await startServer({
    port: 0,
    db: file,
    staticDirs: { board: '/nonexistent', admin: '/nonexistent' },
  });
  await first.close();
  const handle = await createDb({ sqlite: file });
  try {
    await handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ demo: 0 }).execute();
      for (let i = 0; i < count; i++) {
        const id = candidateId(i);
        await insertCandidate(trx, {
          id,
          cell_id: CELL,
          full_name: `Quần chúng Thử ${i}`,
          gender: i % 2 ? 'F' : 'M',
          birth_date: '1998-03-15',
          entered_pool_on: '2026-01-05',
          version: 1,
          stage: 'pool',
          stage_since: '2026-01-05',
        });
        await appendCandidateEvent(trx, {
          id: `${id}-e1`,
          candidateId: id,
          kind: 'entered-pool',
          occurredOn: '2026-01-05',
          recordedAt: '2026-01-05T02:00:00.000Z',
        });
      }
    });
  } finally {
    await handle.close();
  }
  return file;
}

export const candidateId = (i: number) => `fault-${String(i).padStart(4, '0')}`;

/** Signs in over HTTP (the demo commune administrator unless told otherwise); answers the Cookie header to send. */
export async function signIn(
  url: string,
  credentials: { username: string; password: string } = ADMIN,
): Promise<string> {
  const login = await mutate(url, 'auth.login', credentials);
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return login.setCookie.map((c) => c.split(';')[0]).join('; ');
}

/** Withdraws candidate `i` (version 1 → 2): one stage change with its audit entry. */
export function withdraw(url: string, cookie: string, i: number) {
  return mutate(
    url,
    'pipeline.record',
    { candidateId: candidateId(i), version: 1, event: { kind: 'withdrawn', on: STEP_DAY } },
    cookie,
  );
}

/**
 * Runs `task(0…count-1)` with at most `concurrency` in flight, stopping new starts once `stop()` says so. Answers
 * each task's outcome (or its error) by index.
 */
export async function runConcurrently<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
  stop: () => boolean = () => false,
): Promise<(T | Error)[]> {
  const out: (T | Error)[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count && !stop()) {
      const i = next++;
      out[i] = await task(i).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}
