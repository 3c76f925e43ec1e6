import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '@ketnap/db';
import { fingerprint } from '@ketnap/db/testing';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs `ketnap ARGS` the way users do (node with tsx) from `dir`. */
function ketnap(args: string[], dir: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir, DATABASE_URL: '', KETNAP_DB: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function fingerprintOf(file: string): Promise<string> {
  const handle = await createDb({ sqlite: file });
  try {
    return await fingerprint(handle.db);
  } finally {
    await handle.close();
  }
}

describe('ketnap gen, backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketnap-cli-'));

  it('gen --scale commune fills an empty database: progress on stderr, the rows written on stdout', () => {
    const r = ketnap(['gen', '--scale', 'commune', '--db', 'gen.sqlite'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^gen: 1\/1 xã · [\d.]+ dòng/);
    const counts = JSON.parse(r.stdout);
    expect(counts).toMatchObject({ scale: 'commune', board_snapshot: 5 });
    expect(counts.member).toBeGreaterThan(1000);
  });

  it('gen refuses a database that already holds data (exit 2, Vietnamese message, nothing written)', async () => {
    const before = await fingerprintOf(join(dir, 'gen.sqlite'));
    const r = ketnap(['gen', '--scale', 'commune', '--db', 'gen.sqlite'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/đã có dữ liệu/);
    expect(await fingerprintOf(join(dir, 'gen.sqlite'))).toBe(before);
  });

  it('gen names a bad argument and what it expected (exit 2)', () => {
    expect(ketnap(['gen', '--scale', 'planet'], dir).stderr).toMatch(
      /--scale = planet: expected one of nation/,
    );
    expect(ketnap(['gen', '--scale', 'commune', '--seed', '-1'], dir).code).toBe(2);
  });

  it('backup then restore into another file round-trips to identical data', async () => {
    expect(ketnap(['backup', 'copy.sqlite', '--db', 'gen.sqlite'], dir).code).toBe(0);
    expect(ketnap(['restore', 'copy.sqlite', '--db', 'restored.sqlite'], dir).code).toBe(0);
    const original = await fingerprintOf(join(dir, 'gen.sqlite'));
    expect(await fingerprintOf(join(dir, 'copy.sqlite'))).toBe(original);
    expect(await fingerprintOf(join(dir, 'restored.sqlite'))).toBe(original);
  });

  it('restore refuses a file that is not a ketnap database and leaves the database as it was', async () => {
    writeFileSync(join(dir, 'junk.sqlite'), 'not a database at all'.repeat(100));
    const before = await fingerprintOf(join(dir, 'restored.sqlite'));
    const r = ketnap(['restore', 'junk.sqlite', '--db', 'restored.sqlite'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ketnap: restore: .*junk\.sqlite: not an? /);
    expect(await fingerprintOf(join(dir, 'restored.sqlite'))).toBe(before);
  });

  it('backup and restore point PostgreSQL users to pg_dump', () => {
    const r = ketnap(['backup', 'x.sql', '--db', 'postgres://127.0.0.1:1/none'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pg_dump/);
  });
});
