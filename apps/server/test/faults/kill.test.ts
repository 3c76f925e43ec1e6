import { createDb, verifyAudit } from '@ketnap/db';
import { sqliteIntegrity } from '@ketnap/db/testing';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../deploy/process.js';
import { candidateId, runConcurrently, seededDatabase, signIn, withdraw } from './harness.js';

const CHANGES = 1_000;

/**
 * kill -9 in the middle of 1,000 concurrent stage changes, then restart: every change the server acknowledged is
 * there (synchronous=FULL: a commit is on disk before the answer), every change is all or nothing (event, cached stage,
 * version and audit entry together), the file is intact and the audit chain verifies.
 */
describe('kill -9 during 1,000 concurrent stage changes', () => {
  it('keeps every acknowledged change, half-applies none, and restarts on an intact file', async () => {
    const file = await seededDatabase(CHANGES);
    const server = await startServerProcess({ KETNAP_DB: file, KETNAP_DEMO: '0' });
    const cookie = await signIn(server.url);
    const acknowledged = new Set<string>();
    let killed = false;
    const outcomes = runConcurrently(
      CHANGES,
      64,
      async (i) => {
        const res = await withdraw(server.url, cookie, i);
        const ok =
          res.status === 200 && (res.body as { result?: { data?: { ok?: boolean } } }).result?.data?.ok;
        if (ok) acknowledged.add(candidateId(i));
        // Pull the plug a third of the way in, with 64 changes in flight.
        if (acknowledged.size === Math.floor(CHANGES / 3) && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
        return res.status;
      },
      () => killed,
    );
    const statuses = await outcomes;
    await server.stop();
    expect(killed).toBe(true);
    // Before the kill no change failed: every answer was a success.
    expect(statuses.filter((s) => typeof s === 'number' && s !== 200)).toEqual([]);

    const handle = await createDb({ sqlite: file });
    try {
      expect(await sqliteIntegrity(handle.db)).toBe('ok');
      expect((await verifyAudit(handle.db)).ok).toBe(true);
      const rows = await handle.db
        .selectFrom('candidate')
        .select(['id', 'stage', 'version'])
        .where('id', 'like', 'fault-%')
        .execute();
      const withdrawnEvents = new Set(
        (
          await handle.db
            .selectFrom('candidate_event')
            .select('candidate_id')
            .where('kind', '=', 'withdrawn')
            .where('candidate_id', 'like', 'fault-%')
            .execute()
        ).map((r) => r.candidate_id),
      );
      const audited = new Set(
        (
          await handle.db
            .selectFrom('audit_log')
            .select('target_id')
            .where('action', '=', 'candidate.withdrawn')
            .execute()
        ).map((r) => r.target_id),
      );
      expect(rows).toHaveLength(CHANGES);
      const applied = rows.filter((r) => r.stage === 'withdrawn').map((r) => r.id);
      for (const id of acknowledged) expect(applied, id).toContain(id);
      for (const r of rows) {
        const done = r.stage === 'withdrawn';
        expect({
          id: r.id,
          version: Number(r.version),
          event: withdrawnEvents.has(r.id),
          audit: audited.has(r.id),
        }).toEqual({
          id: r.id,
          version: done ? 2 : 1,
          event: done,
          audit: done,
        });
      }
      // Some changes were cut off by the kill: the test did interrupt work in progress.
      expect(applied.length).toBeLessThan(CHANGES);
    } finally {
      await handle.close();
    }

    // The server starts again on the same file and serves.
    const again = await startServerProcess({ KETNAP_DB: file, KETNAP_DEMO: '0' });
    try {
      const health = (await (await fetch(`${again.url}/healthz`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      const res = await withdraw(again.url, await signIn(again.url), CHANGES - 1);
      expect(res.status).toBe(200);
    } finally {
      await again.stop();
    }
  });
});
