import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createDb, verifyAudit } from '@ketnap/db';
import { sqliteIntegrity } from '@ketnap/db/testing';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../deploy/process.js';
import { runConcurrently, seededDatabase, signIn, withdraw } from './harness.js';

const WRITER = fileURLToPath(new URL('./audit-writer.ts', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Runs a node + tsx script; answers its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/**
 * Two processes write one SQLite file at once: the server (300 stage changes, 32 at a time) and a second process
 * through the same data layer (BEGIN IMMEDIATE + busy timeout: it waits for the lock instead of failing), while
 * `ketnap backup` copies the file online. No user sees SQLITE_BUSY, both finish, the audit chain they interleave
 * verifies, and the backup is a consistent database of its own.
 */
describe('a second process writing while the server writes, and an online backup', () => {
  it('no SQLITE_BUSY reaches a user; chain and backup are intact', async () => {
    const file = await seededDatabase(300);
    const server = await startServerProcess({ KETNAP_DB: file, KETNAP_DEMO: '0' });
    try {
      const cookie = await signIn(server.url);
      const writer = run([WRITER, file, '100']);
      const backupFile = file.replace(/\.sqlite$/, '-backup.sqlite');
      let backup: Promise<{ code: number | null; out: string }> | undefined;
      const statuses = await runConcurrently(300, 32, async (i) => {
        if (i === 150) backup = run([CLI, 'backup', backupFile, '--db', file]);
        const res = await withdraw(server.url, cookie, i);
        expect(JSON.stringify(res.body)).not.toMatch(/SQLITE_BUSY|database is locked/i);
        return res.status;
      });
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      const written = await writer;
      expect(written).toEqual({ code: 0, out: 'done 100\n' });
      expect((await backup)?.code).toBe(0);

      for (const [name, path] of [
        ['live', file],
        ['backup', backupFile],
      ] as const) {
        const handle = await createDb({ sqlite: path });
        try {
          expect(await sqliteIntegrity(handle.db), name).toBe('ok');
          const verified = await verifyAudit(handle.db);
          expect(verified.ok, name).toBe(true);
          if (name === 'live' && verified.ok) expect(verified.entries).toBeGreaterThanOrEqual(300 + 100 * 20);
        } finally {
          await handle.close();
        }
      }
    } finally {
      await server.stop();
    }
  });
});
