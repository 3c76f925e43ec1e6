import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, formatCheckpoint, GENESIS_HASH, parseCheckpoint } from '../audit/chain.js';
import type { Db } from '../create-db.js';
import { testDialects } from '../testing/dialects.js';
import { appendAudit, auditEntries, auditHead, auditRead, recordAudit, verifyAudit } from './audit.js';

const at = (n: number) => `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;

async function writeFive(db: Db['db']): Promise<void> {
  for (let i = 1; i <= 5; i++)
    await recordAudit(db, {
      at: at(i),
      actor: 'acc-1',
      action: 'candidate.cell-vote',
      targetType: 'candidate',
      targetId: `cd-${i}`,
      orgId: i % 2 ? 'cb-a' : 'cb-b',
      payload: { eventId: `ev-${i}`, fields: ['votesFor'] },
    });
}

describe('audit chain helpers', () => {
  it('canonical JSON sorts keys at every depth, so key order does not change a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}',
    );
  });

  it('a checkpoint line round-trips and anything else is refused', () => {
    const head = { seq: 42, hash: 'a'.repeat(64) };
    expect(parseCheckpoint(formatCheckpoint(head))).toEqual(head);
    expect(parseCheckpoint(`42:${'a'.repeat(63)}`)).toBeNull();
    expect(parseCheckpoint('x:y')).toBeNull();
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`audit log on ${dialect.name}`, () => {
    let handle: Db | undefined;
    afterEach(async () => {
      await handle?.close();
      handle = undefined;
    });
    const open = async () => {
      handle = await dialect.open();
      return handle.db;
    };

    it('an empty log verifies, with the genesis head', async () => {
      const db = await open();
      expect(await verifyAudit(db)).toEqual({ ok: true, head: { seq: 0, hash: GENESIS_HASH }, entries: 0 });
    });

    it('entries chain 1, 2, 3 … each naming the previous hash, and verify', async () => {
      const db = await open();
      await writeFive(db);
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
      expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
      expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
      for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
      const result = await verifyAudit(db, { seq: 3, hash: rows[2]?.hash ?? '' });
      expect(result).toEqual({ ok: true, head: await auditHead(db), entries: 5 });
    });

    it('an entry written in a transaction that rolls back leaves no trace', async () => {
      const db = await open();
      await writeFive(db);
      await expect(
        db.transaction().execute(async (trx) => {
          await appendAudit(trx, {
            at: at(9),
            actor: null,
            action: 'x',
            targetType: 'y',
            targetId: null,
            orgId: null,
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect((await auditHead(db)).seq).toBe(5);
      expect((await verifyAudit(db)).ok).toBe(true);
    });

    it('concurrent appends queue on the head: no two entries share a predecessor', async () => {
      const db = await open();
      await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          recordAudit(db, {
            at: at(i),
            actor: null,
            action: 'a',
            targetType: 't',
            targetId: `${i}`,
            orgId: null,
          }),
        ),
      );
      const result = await verifyAudit(db);
      expect(result).toMatchObject({ ok: true, entries: 8 });
    });

    it('detects an edited entry and names its seq', async () => {
      const db = await open();
      await writeFive(db);
      await db.updateTable('audit_log').set({ target_id: 'cd-999' }).where('seq', '=', 3).execute();
      expect(await verifyAudit(db)).toMatchObject({ ok: false, break: { seq: 3, reason: 'edited' } });
    });

    it('detects an edited payload, even one byte of whitespace', async () => {
      const db = await open();
      await writeFive(db);
      const row = await db
        .selectFrom('audit_log')
        .select('payload')
        .where('seq', '=', 2)
        .executeTakeFirstOrThrow();
      await db
        .updateTable('audit_log')
        .set({ payload: ` ${row.payload}` })
        .where('seq', '=', 2)
        .execute();
      expect(await verifyAudit(db)).toMatchObject({ ok: false, break: { seq: 2, reason: 'edited' } });
    });

    it('detects an edit whose hash was recomputed: the next entry no longer chains onto it', async () => {
      const db = await open();
      await writeFive(db);
      // A forger who rewrites entry 2 and its own hash still breaks entry 3's link.
      await db
        .updateTable('audit_log')
        .set({ hash: 'f'.repeat(64), action: 'forged' })
        .where('seq', '=', 2)
        .execute();
      const result = await verifyAudit(db);
      expect(result).toMatchObject({ ok: false, break: { seq: 2 } });
    });

    it('detects a deleted entry in the middle', async () => {
      const db = await open();
      await writeFive(db);
      await db.deleteFrom('audit_log').where('seq', '=', 2).execute();
      expect(await verifyAudit(db)).toMatchObject({ ok: false, break: { seq: 2, reason: 'missing' } });
    });

    it('detects a deleted entry renumbered to hide the gap', async () => {
      const db = await open();
      await writeFive(db);
      await db.deleteFrom('audit_log').where('seq', '=', 2).execute();
      for (const seq of [3, 4, 5])
        await db
          .updateTable('audit_log')
          .set({ seq: seq - 1 })
          .where('seq', '=', seq)
          .execute();
      expect(await verifyAudit(db)).toMatchObject({ ok: false, break: { seq: 2 } });
    });

    it('detects reordered entries (two seqs swapped)', async () => {
      const db = await open();
      await writeFive(db);
      await db.updateTable('audit_log').set({ seq: 100 }).where('seq', '=', 3).execute();
      await db.updateTable('audit_log').set({ seq: 3 }).where('seq', '=', 4).execute();
      await db.updateTable('audit_log').set({ seq: 4 }).where('seq', '=', 100).execute();
      expect(await verifyAudit(db)).toMatchObject({ ok: false, break: { seq: 3, reason: 'relinked' } });
    });

    it('detects a truncated tail against a checkpoint, even when the head row was forged too', async () => {
      const db = await open();
      await writeFive(db);
      const checkpoint = await auditHead(db);
      const four = await db
        .selectFrom('audit_log')
        .select('hash')
        .where('seq', '=', 4)
        .executeTakeFirstOrThrow();
      await db.deleteFrom('audit_log').where('seq', '=', 5).execute();
      await db.updateTable('audit_head').set({ seq: 4, hash: four.hash }).execute();
      expect((await verifyAudit(db)).ok).toBe(true);
      expect(await verifyAudit(db, checkpoint)).toMatchObject({
        ok: false,
        break: { seq: 5, reason: 'truncated' },
      });
    });

    it('detects a truncated tail from the head row when there is no checkpoint', async () => {
      const db = await open();
      await writeFive(db);
      await db.deleteFrom('audit_log').where('seq', '>=', 4).execute();
      expect(await verifyAudit(db)).toMatchObject({ ok: false, break: { seq: 4, reason: 'truncated' } });
    });

    it('detects a history rewritten after a checkpoint (same length, different hashes)', async () => {
      const db = await open();
      await writeFive(db);
      const checkpoint = await auditHead(db);
      // The same number of entries, rewritten from scratch: every hash differs from the checkpoint's.
      await sql`delete from audit_log`.execute(db);
      await db.updateTable('audit_head').set({ seq: 0, hash: GENESIS_HASH }).execute();
      for (let i = 1; i <= 5; i++)
        await recordAudit(db, {
          at: at(i + 10),
          actor: null,
          action: 'x',
          targetType: 't',
          targetId: null,
          orgId: null,
        });
      expect(await verifyAudit(db, checkpoint)).toMatchObject({
        ok: false,
        break: { seq: 5, reason: 'checkpoint-mismatch' },
      });
    });

    it('auditRead records field names of a read, never values', async () => {
      const db = await open();
      await auditRead(db, {
        at: at(1),
        actor: 'acc-1',
        targetType: 'candidate',
        targetId: 'cd-1',
        orgId: 'cb-a',
        fields: ['religion', 'ethnicity'],
      });
      const row = await db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
      expect(row.action).toBe('candidate.read-sensitive');
      expect(JSON.parse(row.payload)).toEqual({ fields: ['religion', 'ethnicity'] });
    });

    it("lists a unit's entries newest first, paging by seq", async () => {
      const db = await open();
      await writeFive(db);
      const page1 = await auditEntries(db, { orgIds: ['cb-a'], limit: 2 });
      expect(page1.map((r) => r.seq)).toEqual([5, 3]);
      const page2 = await auditEntries(db, { orgIds: ['cb-a'], limit: 2, beforeSeq: 3 });
      expect(page2.map((r) => r.seq)).toEqual([1]);
    });
  });
}
