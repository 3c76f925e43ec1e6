import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbTarget, migrateToLatest, recordAudit } from '@ketnap/db';
import { freshPostgresDatabase, testDialects } from '@ketnap/db/testing';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs `ketnap ARGS` as users do (node with tsx), with no database configured in the environment. */
function ketnap(args: string[]) {
  const env = { ...process.env, DATABASE_URL: '', KETNAP_DB: '' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function withDb(
  target: DbTarget,
  work: (db: Awaited<ReturnType<typeof createDb>>['db']) => Promise<void>,
) {
  const handle = await createDb(target);
  try {
    await migrateToLatest(handle.db);
    await work(handle.db);
  } finally {
    await handle.close();
  }
}

const five = (db: Awaited<ReturnType<typeof createDb>>['db']) =>
  (async () => {
    for (let i = 1; i <= 5; i++)
      await recordAudit(db, {
        at: `2026-01-01T00:00:0${i}.000Z`,
        actor: 'acc-1',
        action: 'candidate.update',
        targetType: 'candidate',
        targetId: `cd-${i}`,
        orgId: 'cb-a',
        payload: { fields: ['address'] },
      });
  })();

const targets = testDialects().map((d) => ({
  name: d.name,
  available: d.available,
  make: async (): Promise<{ target: DbTarget; arg: string }> => {
    if (d.name === 'sqlite') {
      const file = join(mkdtempSync(join(tmpdir(), 'ketnap-audit-')), 'k.sqlite');
      return { target: { sqlite: file }, arg: file };
    }
    const url = await freshPostgresDatabase();
    return { target: { postgres: url }, arg: url };
  },
}));

for (const t of targets) {
  describe.skipIf(!t.available)(`ketnap audit on ${t.name}`, () => {
    it('checkpoint prints SEQ:HASH on one line; verify says ok, also against that checkpoint', async () => {
      const { target, arg } = await t.make();
      await withDb(target, five);
      const cp = ketnap(['audit', 'checkpoint', '--db', arg]);
      expect(cp.code).toBe(0);
      expect(cp.stdout).toMatch(/^5:[0-9a-f]{64}\n$/);
      const verify = ketnap(['audit', 'verify', '--checkpoint', cp.stdout.trim(), '--db', arg]);
      expect(verify).toMatchObject({ code: 0, stderr: '' });
      expect(verify.stdout).toContain('ok: 5');
    });

    it('verify exits 1 naming the first bad seq for an edited entry', async () => {
      const { target, arg } = await t.make();
      await withDb(target, async (db) => {
        await five(db);
        await db.updateTable('audit_log').set({ action: 'candidate.read' }).where('seq', '=', 3).execute();
      });
      const r = ketnap(['audit', 'verify', '--db', arg]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/TAMPERED at seq 3: .*edited/);
    });

    it('verify exits 1 for a deleted and for reordered entries', async () => {
      const deleted = await t.make();
      await withDb(deleted.target, async (db) => {
        await five(db);
        await db.deleteFrom('audit_log').where('seq', '=', 2).execute();
      });
      expect(ketnap(['audit', 'verify', '--db', deleted.arg]).stderr).toMatch(/TAMPERED at seq 2/);
      const reordered = await t.make();
      await withDb(reordered.target, async (db) => {
        await five(db);
        await db.updateTable('audit_log').set({ seq: 99 }).where('seq', '=', 4).execute();
        await db.updateTable('audit_log').set({ seq: 4 }).where('seq', '=', 5).execute();
        await db.updateTable('audit_log').set({ seq: 5 }).where('seq', '=', 99).execute();
      });
      const r = ketnap(['audit', 'verify', '--db', reordered.arg]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/TAMPERED at seq 4/);
    });

    it('verify exits 1 for a truncated tail against the checkpoint, head row forged too', async () => {
      const { target, arg } = await t.make();
      await withDb(target, five);
      const checkpoint = ketnap(['audit', 'checkpoint', '--db', arg]).stdout.trim();
      await withDb(target, async (db) => {
        const four = await db
          .selectFrom('audit_log')
          .select('hash')
          .where('seq', '=', 4)
          .executeTakeFirstOrThrow();
        await db.deleteFrom('audit_log').where('seq', '=', 5).execute();
        await db.updateTable('audit_head').set({ seq: 4, hash: four.hash }).execute();
      });
      expect(ketnap(['audit', 'verify', '--db', arg]).code).toBe(0);
      const r = ketnap(['audit', 'verify', '--checkpoint', checkpoint, '--db', arg]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/TAMPERED at seq 5: .*truncated/);
    });
  });
}

describe('ketnap audit input', () => {
  it('exits 2 on a malformed checkpoint or an unknown subcommand, with one line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketnap-audit-')), 'none.sqlite');
    const bad = ketnap(['audit', 'verify', '--checkpoint', 'abc', '--db', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ketnap: audit: --checkpoint = abc: expected/);
    expect(ketnap(['audit', 'frobnicate']).code).toBe(2);
  });

  it('exits 2 for a database file that does not exist instead of creating one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketnap-audit-')), 'missing.sqlite');
    const r = ketnap(['audit', 'checkpoint', '--db', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có cơ sở dữ liệu này');
  });
});
